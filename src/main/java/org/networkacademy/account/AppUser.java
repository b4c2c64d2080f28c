package org.networkacademy.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * A person with an account. The {@code uuid} never changes and is the xAPI account name;
 * the e-mail address is only used to log in and never appears in statements.
 */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 36)
    private String uuid;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(nullable = false, length = 200)
    private String institution;

    @Column(nullable = false, length = 2)
    private String country;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", length = 20)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** UI language tag ({@code en}, {@code fr}, {@code es}, {@code ar}); null = the browser's language. */
    @Column(name = "locale", length = 10)
    private String locale;

    @Version
    private long version;

    protected AppUser() {
    }

    AppUser(String email, String passwordHash, String displayName, String institution, String country,
            Set<Role> roles, Instant now) {
        this.uuid = UUID.randomUUID().toString();
        this.email = email;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.institution = institution;
        this.country = country;
        this.roles = EnumSet.copyOf(roles);
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    /** @return the immutable public id (UUID text), used as the xAPI account name */
    public String getUuid() {
        return uuid;
    }

    public String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getInstitution() {
        return institution;
    }

    /** @return ISO 3166-1 alpha-2 country code */
    public String getCountry() {
        return country;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    /** @return whether the user holds {@code role} */
    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    // ---- administration (issue 4); called by services that have checked the admin role

    /** @param active false to deactivate the account (it can no longer log in) */
    public void setActive(boolean active) {
        this.active = active;
    }

    /** @param roles the new roles, at least one */
    public void setRoles(Set<Role> roles) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("admin.error.no-role");
        }
        this.roles.clear();
        this.roles.addAll(roles);
    }

    /** @return the UI language tag chosen by the user, if any (else the browser's language applies) */
    public java.util.Optional<String> getLanguageTag() {
        return java.util.Optional.ofNullable(locale);
    }

    /** @param languageTag a supported UI language tag, checked by the service; null = the browser's */
    void setLanguageTag(String languageTag) {
        this.locale = languageTag;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }
}
