package org.networkacademy.cohort;

import jakarta.annotation.security.RolesAllowed;
import org.networkacademy.account.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** In-app notifications: created by other services in their transaction, read by their recipient only. */
@Service
@Transactional
@RolesAllowed({Role.Names.TRAINEE, Role.Names.TRAINER, Role.Names.ADMIN})
public class Notifications {

    private final NotificationRepository repository;
    private final CohortAccess access;
    private final Clock clock;

    Notifications(NotificationRepository repository, CohortAccess access, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void notify(long userId, String messageKey, String argument, String link, Instant now) {
        repository.save(new Notification(userId, messageKey, argument, link, now));
    }

    /** @return the current user's latest 50 notifications, newest first */
    @Transactional(readOnly = true)
    public List<Notification> mine() {
        return repository.findTop50ByUserIdOrderByCreatedAtDesc(access.currentUser().getId());
    }

    /** @return how many of the current user's notifications are unread */
    @Transactional(readOnly = true)
    public long unreadCount() {
        return repository.countByUserIdAndReadAtIsNull(access.currentUser().getId());
    }

    /** Marks all the current user's notifications read. */
    public void markAllRead() {
        Instant now = clock.instant();
        repository.findTop50ByUserIdOrderByCreatedAtDesc(access.currentUser().getId()).forEach(n -> n.markRead(now));
    }
}
