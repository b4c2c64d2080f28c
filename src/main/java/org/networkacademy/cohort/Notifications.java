package org.networkacademy.cohort;

import jakarta.annotation.security.RolesAllowed;
import org.networkacademy.account.Role;
import org.networkacademy.content.CourseCatalog;
import org.networkacademy.content.CourseModule;
import org.networkacademy.content.Lesson;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** In-app notifications: created by other services in their transaction, read by their recipient only. */
@Service
@Transactional
@RolesAllowed({Role.Names.TRAINEE, Role.Names.TRAINER, Role.Names.ADMIN})
public class Notifications {

    /** Keys of the notifications whose argument names a lesson (see {@link #lessonLabel(Lesson)}). */
    private static final Set<String> LESSON_KEYS = Set.of("notification.accepted", "notification.returned");

    private final NotificationRepository repository;
    private final CohortAccess access;
    private final CourseCatalog catalog;
    private final Clock clock;

    Notifications(NotificationRepository repository, CohortAccess access, CourseCatalog catalog, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** @return how a notification names a lesson: {@code "3. <title>"} */
    static String lessonLabel(Lesson lesson) {
        return lesson.number() + ". " + lesson.title();
    }

    /**
     * The notification's argument as a reader of that language reads it. A review notification stores its lesson
     * in English ({@link #lessonLabel(Lesson)}, as sent; stored notifications are not rewritten): when a lesson of a
     * module has exactly that label, it is shown with its title in the reader's language (English where not
     * translated); otherwise (e.g. the title changed since) the stored text.
     *
     * @param languageTag a UI language tag, e.g. {@code "fr"}
     */
    public String argument(Notification notification, String languageTag) {
        String stored = notification.getArgument();
        if (stored == null || !LESSON_KEYS.contains(notification.getMessageKey())) {
            return stored;
        }
        for (CourseModule module : catalog.modules()) {
            for (Lesson lesson : module.lessons()) {
                if (stored.equals(lessonLabel(lesson))) {
                    return module.in(languageTag).lesson(lesson.id()).map(Notifications::lessonLabel).orElse(stored);
                }
            }
        }
        return stored;
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
