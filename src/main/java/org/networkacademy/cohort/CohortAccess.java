package org.networkacademy.cohort;

import org.networkacademy.account.AccountService;
import org.networkacademy.account.AppUser;
import org.networkacademy.account.Role;
import org.networkacademy.base.RequestMemo;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Ownership checks of the cohort feature, read from the server-side security context: an admin
 * may act on every cohort, a trainer only on the cohorts they train. Unknown cohorts and cohorts
 * of others are both refused with {@link AccessDeniedException} so that ids cannot be probed.
 *
 * <p>A passed check is remembered for the rest of the request ({@link RequestMemo}): a dashboard
 * page calls several service methods for the same cohort, each of which checks. The next request
 * checks again, so a trainer removed from a cohort loses access from their next click on.
 */
@Component
class CohortAccess {

    private static final String TRAINED = "trainedCohort:";

    private final AccountService accounts;
    private final CohortRepository cohorts;

    CohortAccess(AccountService accounts, CohortRepository cohorts) {
        this.accounts = accounts;
        this.cohorts = cohorts;
    }

    /**
     * For reading: the cohort may be the instance already checked in this request; do not change it.
     *
     * @return the cohort, when the current user is an admin or one of its trainers
     * @throws AccessDeniedException otherwise (also for an unknown id)
     */
    Cohort requireTrainerOf(long cohortId) {
        AppUser me = accounts.currentUser();
        return RequestMemo.get(TRAINED + me.getId() + ":" + cohortId, () -> check(me, cohortId));
    }

    /**
     * For changing the cohort: always loaded afresh, and what this request remembered of it is
     * forgotten (also call {@link #changed(long)} after saving).
     *
     * @throws AccessDeniedException as {@link #requireTrainerOf(long)}
     */
    Cohort requireTrainerOfForChange(long cohortId) {
        changed(cohortId);
        return check(accounts.currentUser(), cohortId);
    }

    /** Forgets what this request remembered of the cohort. */
    void changed(long cohortId) {
        RequestMemo.forget(TRAINED + accounts.currentUser().getId() + ":" + cohortId);
    }

    private Cohort check(AppUser me, long cohortId) {
        Cohort cohort = cohorts.findById(cohortId).orElseThrow(() -> new AccessDeniedException("no such cohort"));
        if (me.hasRole(Role.ADMIN) || (me.hasRole(Role.TRAINER) && cohort.getTrainerIds().contains(me.getId()))) {
            return cohort;
        }
        throw new AccessDeniedException("not a trainer of this cohort");
    }

    AppUser currentUser() {
        return accounts.currentUser();
    }
}
