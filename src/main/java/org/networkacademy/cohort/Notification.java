package org.networkacademy.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * An in-app message to one user, e.g. "feedback arrived on your exercise". The text is an i18n
 * key with one argument, translated when shown.
 */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;

    @Column(name = "message_key", nullable = false, updatable = false, length = 100)
    private String messageKey;

    @Column(updatable = false, length = 300)
    private String argument;

    @Column(updatable = false, length = 300)
    private String link;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    Notification(Long userId, String messageKey, String argument, String link, Instant now) {
        this.userId = userId;
        this.messageKey = messageKey;
        this.argument = argument == null || argument.length() <= 300 ? argument : argument.substring(0, 300);
        this.link = link;
        this.createdAt = now;
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public Long getId() { return id; }
    public Long getUserId() { return userId; }
    public String getMessageKey() { return messageKey; }
    public String getArgument() { return argument; }
    /** @return a route to open, e.g. {@code feedback}, or null */
    public String getLink() { return link; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getReadAt() { return readAt; }
}
