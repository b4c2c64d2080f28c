package org.networkacademy.admin;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.networkacademy.account.AccountService;
import org.networkacademy.account.AppUser;
import org.networkacademy.account.Registration;
import org.networkacademy.account.Role;
import org.networkacademy.base.config.PlatformProperties;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;

/**
 * User administration for programme admins: search, create, deactivate/reactivate, assign roles
 * and issue one-time password links (there is no e-mail server: the admin passes the link on).
 * Setting a password with a link is the one anonymous operation.
 */
@Service
@Transactional
public class UserAdministration {

    /** How long a password link works. */
    public static final Duration LINK_VALIDITY = Duration.ofHours(72);

    private final AccountService accounts;
    private final PasswordResetRepository resets;
    private final PlatformProperties platform;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    UserAdministration(AccountService accounts, PasswordResetRepository resets, PlatformProperties platform, Clock clock) {
        this.accounts = accounts;
        this.resets = resets;
        this.platform = platform;
        this.clock = clock;
    }

    /** @return users matching {@code query} in name, e-mail or institution (blank = all) */
    @Transactional(readOnly = true)
    @RolesAllowed(Role.Names.ADMIN)
    public Page<AppUser> search(String query, Pageable page) {
        return accounts.search(query, page);
    }

    /**
     * Creates a user with the given roles and a random password, and returns a one-time link for
     * them to set their own.
     *
     * @return the new user and the link
     * @throws org.networkacademy.account.RegistrationException naming the field at fault
     */
    @RolesAllowed(Role.Names.ADMIN)
    public Created create(String name, String email, String institution, String country, Set<Role> roles) {
        AppUser user = accounts.create(new Registration(name, email, randomToken(), institution, country), roles);
        return new Created(user, issueLink(user.getId()));
    }

    /**
     * @param user the new user
     * @param link one-time link to set a password
     */
    public record Created(AppUser user, String link) {
    }

    /**
     * Creates a trainee account with a random password and returns its first one-time link: for a
     * CSV import by a trainer or an admin (issue 4), so that a trainer running a cohort without an
     * admin can hand the links out. Creating and issuing are one step, so the link can only ever
     * open the account made by this very call, never an existing one; the import checks that the
     * caller trains the cohort.
     *
     * @return the new user and the link
     * @throws org.networkacademy.account.RegistrationException naming the field at fault
     */
    @RolesAllowed({Role.Names.TRAINER, Role.Names.ADMIN})
    public Created createTrainee(String name, String email, String institution, String country) {
        AppUser user = accounts.create(new Registration(name, email, randomToken(), institution, country), Set.of(Role.TRAINEE));
        return new Created(user, newLink(user.getId(), clock.instant()));
    }

    /**
     * Activates or deactivates an account. An admin cannot deactivate themselves.
     *
     * @throws IllegalArgumentException {@code admin.error.self}
     */
    @RolesAllowed(Role.Names.ADMIN)
    public AppUser setActive(long userId, boolean active) {
        AppUser me = accounts.currentUser();
        if (me.getId() == userId && !active) {
            throw new IllegalArgumentException("admin.error.self");
        }
        AppUser user = accounts.findById(userId).orElseThrow();
        user.setActive(active);
        return accounts.save(user);
    }

    /**
     * Replaces a user's roles; TRAINEE is always kept. An admin cannot remove their own admin role.
     *
     * @throws IllegalArgumentException {@code admin.error.self}
     */
    @RolesAllowed(Role.Names.ADMIN)
    public AppUser setRoles(long userId, Set<Role> roles) {
        AppUser me = accounts.currentUser();
        if (me.getId() == userId && !roles.contains(Role.ADMIN)) {
            throw new IllegalArgumentException("admin.error.self");
        }
        AppUser user = accounts.findById(userId).orElseThrow();
        var all = java.util.EnumSet.copyOf(roles.isEmpty() ? Set.of(Role.TRAINEE) : roles);
        all.add(Role.TRAINEE);
        user.setRoles(all);
        return accounts.save(user);
    }

    /**
     * Issues a one-time link to set a new password (valid {@link #LINK_VALIDITY}); earlier unused
     * links of the user stop working. The token is shown once and only its hash is stored.
     *
     * @return {@code <public base URL>/set-password/<token>}
     */
    @RolesAllowed(Role.Names.ADMIN)
    public String issueLink(long userId) {
        accounts.findById(userId).orElseThrow();
        return newLink(userId, clock.instant());
    }

    private String newLink(long userId, Instant now) {
        resets.findByUserIdAndUsedAtIsNull(userId).forEach(r -> r.use(now));
        String token = randomToken();
        resets.save(new PasswordReset(userId, hash(token), now, now.plus(LINK_VALIDITY)));
        String base = platform.baseUrl().endsWith("/") ? platform.baseUrl() : platform.baseUrl() + "/";
        return base + "set-password/" + token;
    }

    /**
     * Sets a password with a one-time link's token; the link is then used up.
     *
     * @throws AccessDeniedException for an unknown, used or expired token
     * @throws org.networkacademy.account.RegistrationException for a password that breaks the rules
     */
    @PermitAll
    public void setPassword(String token, String password) {
        Instant now = clock.instant();
        PasswordReset reset = resets.findByTokenHash(hash(token == null ? "" : token)).filter(r -> r.usable(now))
                .orElseThrow(() -> new AccessDeniedException("invalid link"));
        accounts.setPassword(reset.getUserId(), password);
        reset.use(now);
    }

    /** @return whether the token is a usable link (for the set-password page) */
    @PermitAll
    public boolean linkUsable(String token) {
        Instant now = clock.instant();
        return resets.findByTokenHash(hash(token == null ? "" : token)).filter(r -> r.usable(now)).isPresent();
    }

    private String randomToken() {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
