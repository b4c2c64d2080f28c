package org.networkacademy.cohort;

import org.networkacademy.AbstractAppTest;
import org.networkacademy.account.AppUser;
import org.networkacademy.account.Registration;
import org.networkacademy.account.Role;
import org.networkacademy.content.CourseCatalog;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** Shared set-up of cohort tests: users of each role and a cohort created by a trainer. */
abstract class CohortTestSupport extends AbstractAppTest {

    @Autowired
    CourseCatalog catalog;
    @Autowired
    CohortService cohorts;

    AppUser newUser(String name, Role... roles) {
        var set = EnumSet.of(Role.TRAINEE);
        set.addAll(Set.of(roles));
        return accounts.create(new Registration(name, "u-" + UUID.randomUUID() + "@example.org", "correct-horse-battery",
                "Export Promotion Agency", "GH"), set);
    }

    /** Creates a running cohort as {@code trainer} (logs in as the trainer). */
    Cohort cohortOf(AppUser trainer, String name) {
        login(trainer);
        return cohorts.create(new CohortDetails(name, catalog.defaultModule().id(), null, LocalDate.of(2026, 12, 1),
                LocalDate.of(2027, 2, 28), CohortStatus.RUNNING, Set.of()));
    }
}
