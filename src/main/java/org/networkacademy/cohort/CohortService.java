package org.networkacademy.cohort;

import jakarta.annotation.security.RolesAllowed;
import org.networkacademy.account.AccountService;
import org.networkacademy.account.AppUser;
import org.networkacademy.account.Role;
import org.networkacademy.base.config.PlatformProperties;
import org.networkacademy.content.CourseCatalog;
import org.networkacademy.content.CourseModule;
import org.networkacademy.learning.CohortEnrolments;
import org.networkacademy.xapi.StatementStore;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Cohorts: create and edit (trainers and admins), list the cohorts one trains, and join with a
 * code (any logged-in user). Every method checks the role ({@code @RolesAllowed}) and, for a given
 * cohort, that the current user trains it ({@link CohortAccess}).
 */
@Service
@Transactional
public class CohortService {

    /** Join code alphabet: no 0/O, 1/I/L, so codes can be read out and typed. */
    private static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int CODE_LENGTH = 8;

    private final CohortRepository cohorts;
    private final CohortAccess access;
    private final AccountService accounts;
    private final CourseCatalog catalog;
    private final CohortEnrolments enrolments;
    private final CohortStatements statements;
    private final StatementStore store;
    private final PlatformProperties platform;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CohortService(CohortRepository cohorts, CohortAccess access, AccountService accounts, CourseCatalog catalog,
                  CohortEnrolments enrolments, CohortStatements statements, StatementStore store,
                  PlatformProperties platform, Clock clock) {
        this.cohorts = cohorts;
        this.access = access;
        this.accounts = accounts;
        this.catalog = catalog;
        this.enrolments = enrolments;
        this.statements = statements;
        this.store = store;
        this.platform = platform;
        this.clock = clock;
    }

    /**
     * Creates a cohort with a fresh join code; a trainer who creates it is one of its trainers.
     *
     * @throws IllegalArgumentException with an i18n key: blank or too long name, unknown module or
     *                                  language, end before start, a "trainer" without the trainer role
     */
    @RolesAllowed({Role.Names.TRAINER, Role.Names.ADMIN})
    public Cohort create(CohortDetails details) {
        AppUser me = access.currentUser();
        CohortDetails d = validate(details, me);
        Cohort cohort = new Cohort(newJoinCode(), clock.instant());
        cohort.apply(d);
        return cohorts.saveAndFlush(cohort);
    }

    /**
     * Edits a cohort the current user trains (or any, for an admin).
     *
     * @throws AccessDeniedException    when the user does not train it
     * @throws IllegalArgumentException as {@link #create}; also when the module changes after trainees joined
     */
    @RolesAllowed({Role.Names.TRAINER, Role.Names.ADMIN})
    public Cohort update(long cohortId, CohortDetails details) {
        Cohort cohort = access.requireTrainerOfForChange(cohortId);
        CohortDetails d = validate(details, access.currentUser());
        if (!d.moduleId().equals(cohort.getModuleId()) && cohorts.countLearners(cohortId) > 0) {
            // learners' enrolments (and their xAPI registrations) belong to the old module
            throw new IllegalArgumentException("cohort.error.module-locked");
        }
        cohort.apply(d);
        Cohort saved = cohorts.saveAndFlush(cohort);
        access.changed(cohortId);
        return saved;
    }

    /**
     * @return the cohort, when the current user trains it (or is an admin)
     * @throws AccessDeniedException otherwise
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.TRAINER, Role.Names.ADMIN})
    public Cohort cohort(long cohortId) {
        return access.requireTrainerOf(cohortId);
    }

    /** @return the cohorts the current user trains, newest first; an admin sees all cohorts */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.TRAINER, Role.Names.ADMIN})
    public List<Cohort> myCohorts() {
        AppUser me = access.currentUser();
        return me.hasRole(Role.ADMIN) ? cohorts.findAllByOrderByCreatedAtDesc() : cohorts.findTrainedBy(me.getId());
    }

    /** @return users who may be named trainers of a cohort */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.TRAINER, Role.Names.ADMIN})
    public List<AppUser> availableTrainers() {
        return accounts.usersWithRole(Role.TRAINER).stream().filter(AppUser::isActive).toList();
    }

    /**
     * Replaces the join code (e.g. after it leaked); the old code and invite link stop working.
     *
     * @throws AccessDeniedException when the user does not train the cohort
     */
    @RolesAllowed({Role.Names.TRAINER, Role.Names.ADMIN})
    public Cohort newCode(long cohortId) {
        Cohort cohort = access.requireTrainerOfForChange(cohortId);
        cohort.setJoinCode(newJoinCode());
        Cohort saved = cohorts.saveAndFlush(cohort);
        access.changed(cohortId);
        return saved;
    }

    /** @return the invite link of a cohort: {@code <public base URL>/join/<code>} */
    public String inviteLink(Cohort cohort) {
        String base = platform.baseUrl().endsWith("/") ? platform.baseUrl() : platform.baseUrl() + "/";
        return base + "join/" + cohort.getJoinCode();
    }

    /**
     * The current user joins the cohort with this code: their enrolment in the cohort's module is
     * created (new registration UUID) or attached (registration kept), and "registered" is
     * recorded as an xAPI statement.
     *
     * @param code the join code, case and spaces ignored
     * @return the cohort joined
     * @throws IllegalArgumentException {@code join.error.unknown} for an unknown code or a cohort not open for joining,
     *                                  {@code join.error.other-cohort} when the user learns this module in another cohort
     */
    @RolesAllowed({Role.Names.TRAINEE, Role.Names.TRAINER, Role.Names.ADMIN})
    public Cohort join(String code) {
        String normalized = code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        Cohort cohort = cohorts.findByJoinCode(normalized).filter(c -> c.getStatus().acceptsJoins())
                .orElseThrow(() -> new IllegalArgumentException("join.error.unknown"));
        enrol(access.currentUser(), cohort);
        return cohort;
    }

    /** Enrols {@code user} in the cohort (join or import); records "registered" when the enrolment is new to the cohort. */
    void enrol(AppUser user, Cohort cohort) {
        CourseModule module = catalog.require(cohort.getModuleId());
        if (inOtherCohort(user, cohort)) {
            // moving a learner between cohorts would take their work out of the first cohort's view
            throw new IllegalArgumentException("join.error.other-cohort");
        }
        var attached = enrolments.attach(user, module.id(), cohort.getId());
        store.save(statements.registered(user, attached.enrolment().getRegistration(), module, cohort, clock.instant()));
    }

    /** @return true when the user's enrolment in the cohort's module belongs to another cohort */
    boolean inOtherCohort(AppUser user, Cohort cohort) {
        return enrolments.find(user.getId(), cohort.getModuleId())
                .map(e -> e.getCohortId() != null && !e.getCohortId().equals(cohort.getId())).orElse(false);
    }

    /** @return the cohorts the current user learns in (via their enrolments) */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.TRAINEE, Role.Names.TRAINER, Role.Names.ADMIN})
    public List<Cohort> cohortsILearnIn() {
        AppUser me = access.currentUser();
        return catalog.modules().stream()
                .map(m -> enrolments.find(me.getId(), m.id()))
                .flatMap(Optional::stream)
                .map(e -> e.getCohortId() == null ? null : cohorts.findById(e.getCohortId()).orElse(null))
                .filter(java.util.Objects::nonNull).toList();
    }

    private CohortDetails validate(CohortDetails d, AppUser me) {
        String name = d.name() == null ? "" : d.name().strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("cohort.error.name");
        }
        if (name.length() > 200) {
            throw new IllegalArgumentException("cohort.error.name-too-long");
        }
        CourseModule module = catalog.module(d.moduleId() == null ? "" : d.moduleId())
                .orElseThrow(() -> new IllegalArgumentException("cohort.error.module"));
        String language = d.language() == null || d.language().isBlank() ? module.languages().getFirst() : d.language();
        if (!module.languages().contains(language)) {
            throw new IllegalArgumentException("cohort.error.language");
        }
        if (d.startsOn() != null && d.endsOn() != null && d.endsOn().isBefore(d.startsOn())) {
            throw new IllegalArgumentException("cohort.error.dates");
        }
        Set<Long> trainers = new HashSet<>(d.trainerIds() == null ? Set.of() : d.trainerIds());
        if (me.hasRole(Role.TRAINER) && !me.hasRole(Role.ADMIN)) {
            trainers.add(me.getId());
        }
        for (Long id : trainers) {
            AppUser t = accounts.findById(id).orElseThrow(() -> new IllegalArgumentException("cohort.error.trainer"));
            if (!t.hasRole(Role.TRAINER)) {
                throw new IllegalArgumentException("cohort.error.trainer");
            }
        }
        return new CohortDetails(name, module.id(), language, d.startsOn(), d.endsOn(),
                d.status() == null ? CohortStatus.DRAFT : d.status(), trainers);
    }

    private String newJoinCode() {
        for (int tries = 0; tries < 20; tries++) {
            var sb = new StringBuilder(CODE_LENGTH);
            for (int i = 0; i < CODE_LENGTH; i++) {
                sb.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
            }
            if (!cohorts.existsByJoinCode(sb.toString())) {
                return sb.toString();
            }
        }
        throw new IllegalStateException("could not find a free join code");
    }
}
