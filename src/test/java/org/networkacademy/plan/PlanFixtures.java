package org.networkacademy.plan;

import org.networkacademy.account.AccountService;
import org.networkacademy.account.AppUser;
import org.networkacademy.account.Registration;
import org.networkacademy.account.Role;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Cohorts, trainers and enrolments for plan tests, written straight into the cohort tables so
 * that the plan tests do not depend on the cohort feature's services.
 */
final class PlanFixtures {

    private final AccountService accounts;
    private final JdbcTemplate jdbc;

    PlanFixtures(AccountService accounts, JdbcTemplate jdbc) {
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    AppUser user(String name, Role role) {
        return accounts.create(new Registration(name, "u-" + UUID.randomUUID() + "@example.org", "correct-horse-battery",
                "Export Promotion Agency", "MA"), Set.of(role));
    }

    /** @return a new cohort of module tsi-networks trained by {@code trainer} */
    long cohort(String name, AppUser trainer) {
        String code = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        jdbc.update("INSERT INTO cohort (name, module_id, language, status, join_code, created_at, version) VALUES (?, 'tsi-networks', 'en', 'ACTIVE', ?, ?, 0)",
                name, code, Timestamp.from(Instant.now()));
        long id = jdbc.queryForObject("SELECT id FROM cohort WHERE join_code = ?", Long.class, code);
        jdbc.update("INSERT INTO cohort_trainer (cohort_id, user_id) VALUES (?, ?)", id, trainer.getId());
        return id;
    }

    /** Enrols {@code trainee} in module tsi-networks as part of the cohort. */
    void enrol(AppUser trainee, long cohortId) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("INSERT INTO enrolment (registration, user_id, module_id, status, enrolled_at, last_activity_at, cohort_id, version) "
                + "VALUES (?, ?, 'tsi-networks', 'IN_PROGRESS', ?, ?, ?, 0)", UUID.randomUUID().toString(), trainee.getId(), now, now, cohortId);
    }
}
