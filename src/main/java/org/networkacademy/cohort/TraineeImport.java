package org.networkacademy.cohort;

import jakarta.annotation.security.RolesAllowed;
import org.networkacademy.account.AccountService;
import org.networkacademy.account.AppUser;
import org.networkacademy.account.Registration;
import org.networkacademy.account.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CSV import of trainees into a cohort: a preview with per-row problems, then an all-or-nothing
 * commit. Existing users (same e-mail, case-insensitive) are enrolled, not duplicated. New users
 * get a random password; they set their own through a one-time link: issued with the import when
 * an admin imports, else by an admin on the users page.
 */
@Service
@Transactional
@RolesAllowed({Role.Names.TRAINER, Role.Names.ADMIN})
public class TraineeImport {

    /** Largest file accepted, in bytes. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private final CohortAccess access;
    private final AccountService accounts;
    private final CohortService cohorts;
    private final CohortRepository cohortRepository;
    private final SecureRandom random = new SecureRandom();

    private final org.networkacademy.admin.UserAdministration administration;

    TraineeImport(CohortAccess access, AccountService accounts, CohortService cohorts, CohortRepository cohortRepository,
                  org.networkacademy.admin.UserAdministration administration) {
        this.administration = administration;
        this.access = access;
        this.accounts = accounts;
        this.cohorts = cohorts;
        this.cohortRepository = cohortRepository;
    }

    /**
     * A checked file.
     *
     * @param rows          every data row with its problems
     * @param existingEmails e-mails of rows whose user exists already (will be enrolled, not created)
     */
    public record Preview(List<TraineeCsv.Row> rows, Set<String> existingEmails) {
        /** @return whether every row can be imported (and there is at least one) */
        public boolean importable() {
            return !rows.isEmpty() && rows.stream().allMatch(TraineeCsv.Row::valid);
        }

        /** @return number of rows with problems */
        public long invalidCount() {
            return rows.stream().filter(r -> !r.valid()).count();
        }
    }

    /**
     * @param created       users created
     * @param enrolled      existing users enrolled
     * @param trainers      users added as trainers of the cohort
     * @param passwordLinks new user's name and e-mail → one-time link to set a password (to pass
     *                      on; shown once to whoever ran the import: a trainer of the cohort or an admin)
     */
    public record Result(int created, int enrolled, int trainers, Map<String, String> passwordLinks) {
    }

    /**
     * Checks a file without changing anything.
     *
     * @throws org.springframework.security.access.AccessDeniedException when the user does not train the cohort
     * @throws IllegalArgumentException {@code import.error.too-large} / {@code import.error.unreadable}
     */
    @Transactional(readOnly = true)
    public Preview preview(long cohortId, byte[] file) {
        return check(file, access.requireTrainerOf(cohortId));
    }

    /**
     * Imports every row or none: when any row has a problem nothing is written.
     *
     * @throws IllegalArgumentException {@code import.error.rejected} when a row has a problem
     */
    public Result commit(long cohortId, byte[] file) {
        Cohort cohort = access.requireTrainerOfForChange(cohortId);
        Preview preview = check(file, cohort);
        if (!preview.importable()) {
            throw new IllegalArgumentException("import.error.rejected");
        }
        boolean admin = access.currentUser().hasRole(Role.ADMIN);
        Map<String, AppUser> existing = accounts.findByEmails(preview.rows().stream().map(TraineeCsv.Row::email).toList())
                .stream().collect(Collectors.toMap(u -> u.getEmail().toLowerCase(java.util.Locale.ROOT), Function.identity()));
        int created = 0;
        int enrolled = 0;
        var newTrainers = new ArrayList<Long>();
        var links = new java.util.LinkedHashMap<String, String>();
        for (TraineeCsv.Row row : preview.rows()) {
            if (row.role() == Role.TRAINER && !admin) {
                throw new IllegalArgumentException("import.error.role-not-allowed");
            }
            AppUser user = existing.get(row.email());
            if (user == null) {
                // the caller trains this cohort (checked above): the new account's one-time link
                // goes to them, a trainer's import as well as an admin's
                String link;
                if (row.role() == Role.TRAINER) { // admins only (refused above otherwise)
                    user = accounts.create(new Registration(row.name(), row.email(), randomPassword(), row.institution(),
                            row.country()), EnumSet.of(Role.TRAINEE, Role.TRAINER));
                    link = administration.issueLink(user.getId());
                } else {
                    var account = administration.createTrainee(row.name(), row.email(), row.institution(), row.country());
                    user = account.user();
                    link = account.link();
                }
                created++;
                links.put(row.name() + " <" + row.email() + ">", link);
            } else {
                enrolled++;
            }
            if (row.role() == Role.TRAINER) {
                if (!user.hasRole(Role.TRAINER)) {
                    var roles = EnumSet.copyOf(user.getRoles());
                    roles.add(Role.TRAINER);
                    user.setRoles(roles);
                    user = accounts.save(user);
                }
                newTrainers.add(user.getId());
            } else {
                cohorts.enrol(user, cohort);
            }
        }
        if (!newTrainers.isEmpty()) {
            var details = cohort.details();
            var trainers = new java.util.HashSet<>(details.trainerIds());
            trainers.addAll(newTrainers);
            cohort.apply(new CohortDetails(details.name(), details.moduleId(), details.language(), details.startsOn(),
                    details.endsOn(), details.status(), trainers));
            cohortRepository.saveAndFlush(cohort);
            access.changed(cohortId);
        }
        return new Result(created, enrolled, newTrainers.size(), links);
    }

    private Preview check(byte[] file, Cohort cohort) {
        if (file.length > MAX_BYTES) {
            throw new IllegalArgumentException("import.error.too-large");
        }
        boolean admin = access.currentUser().hasRole(Role.ADMIN);
        List<TraineeCsv.Row> rows = TraineeCsv.parse(file).stream().map(r -> r.role() != Role.TRAINER || admin ? r
                : new TraineeCsv.Row(r.line(), r.name(), r.email(), r.institution(), r.country(), r.role(),
                Stream.concat(r.errors().stream(), Stream.of(new TraineeCsv.RowError("import.error.role-not-allowed", "role"))).toList()))
                .toList();
        Set<String> emails = rows.stream().map(TraineeCsv.Row::email).collect(Collectors.toSet());
        List<AppUser> users = accounts.findByEmails(emails);
        Set<String> existing = users.stream()
                .map(u -> u.getEmail().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.toSet());
        // a learner already in another cohort of this module is never moved silently
        Set<String> elsewhere = users.stream().filter(u -> cohorts.inOtherCohort(u, cohort))
                .map(u -> u.getEmail().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.toSet());
        if (!elsewhere.isEmpty()) {
            rows = rows.stream().map(r -> !elsewhere.contains(r.email()) || r.role() == Role.TRAINER ? r
                    : new TraineeCsv.Row(r.line(), r.name(), r.email(), r.institution(), r.country(), r.role(),
                    Stream.concat(r.errors().stream(), Stream.of(new TraineeCsv.RowError("import.error.other-cohort", "email"))).toList()))
                    .toList();
        }
        return new Preview(rows, existing);
    }

    private String randomPassword() {
        byte[] b = new byte[24];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
