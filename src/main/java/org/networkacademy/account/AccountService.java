package org.networkacademy.account;

import org.networkacademy.base.RequestMemo;
import org.networkacademy.base.i18n.UiLanguage;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Accounts: self-registration, look-up, and the user details Spring Security logs in with.
 * Log-in failures are reported by Spring Security with one generic message, whatever the cause.
 */
@Service
public class AccountService implements UserDetailsService {

    private static final Pattern EMAIL = Pattern.compile("^[^\\s@]{1,64}@[^\\s@]+\\.[^\\s@]{2,}$");

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    AccountService(AppUserRepository users, PasswordEncoder passwordEncoder, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /**
     * Creates a trainee account.
     *
     * @param registration what the person entered
     * @return the new user
     * @throws RegistrationException naming the field at fault (blank, too long, bad e-mail,
     *                               e-mail taken, weak password, unknown country)
     */
    @Transactional
    public AppUser register(Registration registration) {
        return create(registration, Set.of(Role.TRAINEE));
    }

    /**
     * Creates an account with the given roles (demo data and the bootstrap admin).
     *
     * @throws RegistrationException as {@link #register(Registration)}
     */
    @Transactional
    public AppUser create(Registration r, Set<Role> roles) {
        String name = require("displayName", r.displayName(), 200);
        String email = require("email", r.email(), 254).toLowerCase(Locale.ROOT);
        String institution = require("institution", r.institution(), 200);
        String country = require("country", r.country(), 2).toUpperCase(Locale.ROOT);
        if (!EMAIL.matcher(email).matches()) {
            throw new RegistrationException("email", "register.error.email");
        }
        if (!Set.of(Locale.getISOCountries()).contains(country)) {
            throw new RegistrationException("country", "register.error.country");
        }
        if (!followsPasswordRules(r.password()) || r.password().isBlank()) {
            throw new RegistrationException("password", "register.error.password");
        }
        if (users.existsByEmailIgnoreCase(email)) {
            throw new RegistrationException("email", "register.error.email-taken");
        }
        var user = new AppUser(email, passwordEncoder.encode(r.password()), name, institution, country,
                roles, clock.instant());
        // an unknown language is not worth refusing a registration for: the browser's language applies
        user.setLanguageTag(UiLanguage.ofTag(r.language()).map(UiLanguage::tag).orElse(null));
        return users.save(user);
    }

    /**
     * Saves the UI language of the logged-in user; it applies at every later log-in.
     *
     * @param language the chosen language
     * @return the user, saved
     * @throws org.springframework.security.access.AccessDeniedException when nobody is logged in
     */
    @Transactional
    public AppUser changeLanguage(UiLanguage language) {
        // currentUser() may be remembered from earlier in the request: change a fresh copy
        AppUser user = users.findById(currentUser().getId())
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("no active account"));
        if (!language.tag().equals(user.getLanguageTag().orElse(null))) {
            user.setLanguageTag(language.tag());
            user = users.save(user);
            RequestMemo.forget(CURRENT_USER + SecurityContextHolder.getContext().getAuthentication().getName());
        }
        return user;
    }

    private static String require(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new RegistrationException(field, "register.error.required");
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new RegistrationException(field, "register.error.too-long");
        }
        return v;
    }

    /** @return the user with this e-mail address (case-insensitive) */
    @Transactional(readOnly = true)
    public Optional<AppUser> findByEmail(String email) {
        return users.findWithRolesByEmail(email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The logged-in user, read from Spring Security on the server (never from the client).
     *
     * @return the current user
     * @throws org.springframework.security.access.AccessDeniedException when nobody is logged in
     *                                                                   or the account is inactive
     */
    public AppUser currentUser() {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()
                || auth instanceof org.springframework.security.authentication.AnonymousAuthenticationToken) {
            throw new org.springframework.security.access.AccessDeniedException("not logged in");
        }
        // One look-up per request (user and roles in one query), not one per service call; no
        // transaction of its own, so a remembered user costs no database round trip at all.
        return RequestMemo.get(CURRENT_USER + auth.getName(), () -> findByEmail(auth.getName()).filter(AppUser::isActive)
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("no active account")));
    }

    /** Request memo key prefix of {@link #currentUser()}. */
    private static final String CURRENT_USER = "currentUser:";

    /** @return true when at least one user holds {@code role} */
    @Transactional(readOnly = true)
    public boolean anyWithRole(Role role) {
        return users.existsByRolesContains(role);
    }

    /**
     * Spring Security's look-up by user name (the e-mail address).
     *
     * @throws UsernameNotFoundException when there is no such user; Spring Security shows a
     *                                   generic message so that accounts cannot be probed
     */
    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser u = findByEmail(username).orElseThrow(() -> new UsernameNotFoundException("bad credentials"));
        return User.withUsername(u.getEmail())
                .password(u.getPasswordHash())
                .disabled(!u.isActive())
                .roles(u.getRoles().stream().map(Role::name).toArray(String[]::new))
                .build();
    }

    // ------------------------------------------------------------------ issue 4: cohorts and administration

    /** @return active and inactive users holding {@code role}, by name */
    @Transactional(readOnly = true)
    @jakarta.annotation.security.RolesAllowed({Role.Names.TRAINER, Role.Names.ADMIN})
    public java.util.List<AppUser> usersWithRole(Role role) {
        return users.findByRolesContainsOrderByDisplayName(role);
    }

    /** @return the user with this id */
    @Transactional(readOnly = true)
    public Optional<AppUser> findById(long id) {
        return users.findById(id);
    }

    /** @return users whose e-mail (case-insensitive) is one of {@code emails} */
    @Transactional(readOnly = true)
    public java.util.List<AppUser> findByEmails(java.util.Collection<String> emails) {
        return emails.isEmpty() ? java.util.List.of()
                : users.findByEmailInIgnoreCase(emails.stream().map(e -> e.toLowerCase(Locale.ROOT)).toList());
    }

    /**
     * Users whose name, e-mail or institution contains {@code query} (case-insensitive).
     *
     * @param query text to look for; blank = everyone
     * @param page  page and sort (properties of {@link AppUser})
     */
    @Transactional(readOnly = true)
    @jakarta.annotation.security.RolesAllowed(Role.Names.ADMIN)
    public org.springframework.data.domain.Page<AppUser> search(String query, org.springframework.data.domain.Pageable page) {
        return users.search(query == null ? "" : query.strip().toLowerCase(Locale.ROOT), page);
    }

    /** Saves changes made to a user (roles, active) by an administration service. */
    @Transactional
    @jakarta.annotation.security.RolesAllowed(Role.Names.ADMIN)
    public AppUser save(AppUser user) {
        RequestMemo.forgetAll(CURRENT_USER);
        return users.saveAndFlush(user);
    }

    /**
     * Sets a new password. The caller must have established the right to do so (a valid one-time
     * link); this method only checks the password rules.
     *
     * @throws RegistrationException for a password shorter than 10 or longer than 128 characters
     */
    @Transactional
    public void setPassword(long userId, String password) {
        if (!followsPasswordRules(password)) {
            throw new RegistrationException("password", "register.error.password");
        }
        AppUser user = users.findById(userId).orElseThrow();
        user.setPasswordHash(passwordEncoder.encode(password));
        RequestMemo.forgetAll(CURRENT_USER);
        users.saveAndFlush(user);
    }

    /**
     * The password rule ({@code register.error.password}), also checked by forms before they send.
     *
     * @return whether the password has 10 to 128 characters
     */
    public static boolean followsPasswordRules(String password) {
        return password != null && password.length() >= 10 && password.length() <= 128;
    }
}
