package org.networkacademy.plan;

import org.networkacademy.account.AccountService;
import org.networkacademy.account.AppUser;
import org.networkacademy.account.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Who may do what with a cohort's plan, read from the server-side security context and from the
 * cohort tables (queried directly so that the plan does not depend on the cohort feature's
 * internals): a trainee enrolled in the cohort ({@code enrolment.cohort_id}) edits; a trainer of
 * the cohort ({@code cohort_trainer}) reads, comments and sets statuses; an admin reads all and
 * reviews. Unknown cohorts and cohorts of others are refused alike, so ids cannot be probed.
 */
@Component
class PlanAccess {

    private final AccountService accounts;
    private final JdbcTemplate jdbc;

    PlanAccess(AccountService accounts, JdbcTemplate jdbc) {
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    /**
     * What the current user may do with one cohort's plan.
     *
     * @param user         the current user
     * @param cohortId     the cohort
     * @param cohortName   its name
     * @param moduleId     its module
     * @param registration the user's enrolment registration in the cohort (xAPI), or null for trainers/admins
     * @param canEdit      a trainee of the cohort
     * @param canReview    a trainer of the cohort or an admin
     */
    record Membership(AppUser user, long cohortId, String cohortName, String moduleId, String registration,
                      boolean canEdit, boolean canReview) {
    }

    /**
     * @return the current user's membership
     * @throws AccessDeniedException when the user is neither enrolled in nor training the cohort, nor an admin
     */
    Membership require(long cohortId) {
        AppUser me = accounts.currentUser();
        List<String[]> cohort = jdbc.query("SELECT name, module_id FROM cohort WHERE id = ?",
                (rs, i) -> new String[]{rs.getString(1), rs.getString(2)}, cohortId);
        if (cohort.isEmpty()) {
            throw new AccessDeniedException("no such cohort");
        }
        List<String> registration = me.hasRole(Role.TRAINEE) ? jdbc.queryForList(
                "SELECT registration FROM enrolment WHERE user_id = ? AND cohort_id = ?", String.class, me.getId(), cohortId)
                : List.of();
        boolean trainer = me.hasRole(Role.TRAINER) && Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM cohort_trainer WHERE cohort_id = ? AND user_id = ?)", Boolean.class,
                cohortId, me.getId()));
        boolean admin = me.hasRole(Role.ADMIN);
        if (registration.isEmpty() && !trainer && !admin) {
            throw new AccessDeniedException("not a member of this cohort");
        }
        return new Membership(me, cohortId, cohort.getFirst()[0], cohort.getFirst()[1],
                registration.isEmpty() ? null : registration.getFirst(), !registration.isEmpty(), trainer || admin);
    }

    /** @return membership, after checking the user may edit */
    Membership requireEditor(long cohortId) {
        Membership m = require(cohortId);
        if (!m.canEdit()) {
            throw new AccessDeniedException("only trainees of the cohort edit its plan");
        }
        return m;
    }

    /** @return membership, after checking the user may comment and set statuses */
    Membership requireReviewer(long cohortId) {
        Membership m = require(cohortId);
        if (!m.canReview()) {
            throw new AccessDeniedException("only trainers of the cohort review its plan");
        }
        return m;
    }

    /** @return the cohorts whose plan the current user may open: id and name, newest first */
    List<PlanService.PlanRef> accessibleCohorts() {
        AppUser me = accounts.currentUser();
        if (me.hasRole(Role.ADMIN)) {
            return jdbc.query("SELECT id, name FROM cohort ORDER BY created_at DESC, id DESC",
                    (rs, i) -> new PlanService.PlanRef(rs.getLong(1), rs.getString(2)));
        }
        return jdbc.query("""
                SELECT c.id, c.name FROM cohort c
                WHERE (? AND c.id IN (SELECT e.cohort_id FROM enrolment e WHERE e.user_id = ? AND e.cohort_id IS NOT NULL))
                   OR (? AND c.id IN (SELECT t.cohort_id FROM cohort_trainer t WHERE t.user_id = ?))
                ORDER BY c.created_at DESC, c.id DESC""",
                (rs, i) -> new PlanService.PlanRef(rs.getLong(1), rs.getString(2)),
                me.hasRole(Role.TRAINEE), me.getId(), me.hasRole(Role.TRAINER), me.getId());
    }
}
