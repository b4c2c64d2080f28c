package org.networkacademy.cohort;

import org.networkacademy.account.AccountService;
import org.networkacademy.account.AppUser;
import org.networkacademy.account.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Ownership checks of the cohort feature, read from the server-side security context: an admin
 * may act on every cohort, a trainer only on the cohorts they train. Unknown cohorts and cohorts
 * of others are both refused with {@link AccessDeniedException} so that ids cannot be probed.
 */
@Component
class CohortAccess {

    private final AccountService accounts;
    private final CohortRepository cohorts;

    CohortAccess(AccountService accounts, CohortRepository cohorts) {
        this.accounts = accounts;
        this.cohorts = cohorts;
    }

    /**
     * @return the cohort, when the current user is an admin or one of its trainers
     * @throws AccessDeniedException otherwise (also for an unknown id)
     */
    Cohort requireTrainerOf(long cohortId) {
        AppUser me = accounts.currentUser();
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
