package org.networkacademy.cohort;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.networkacademy.AbstractAppTest;
import org.networkacademy.account.AppUser;
import org.networkacademy.account.Registration;
import org.networkacademy.account.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The current user and a passed cohort ownership check are remembered for one HTTP request
 * ({@link org.networkacademy.base.RequestMemo}), and only for one: a deactivated account or a
 * trainer removed from the cohort is refused from the next request on.
 */
class PerRequestChecksTest extends AbstractAppTest {

    @Autowired
    CohortService cohorts;
    @Autowired
    TrainerDashboard dashboard;

    /** A new request, as Spring Boot's RequestContextFilter binds one for every request of the server. */
    private static void newRequest() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
    }

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    private AppUser user(String name, Role... roles) {
        var set = EnumSet.of(Role.TRAINEE);
        set.addAll(Set.of(roles));
        return accounts.create(new Registration(name, "memo-" + UUID.randomUUID() + "@example.org", "correct-horse-battery",
                "Institution", "KE"), set);
    }

    @Test
    void theServerBindsRequestAttributesForEveryRequest() {
        // RequestMemo relies on Spring Boot's RequestContextFilter (all URLs, Vaadin's included)
        assertThat(applicationContext.getBeansOfType(org.springframework.web.filter.RequestContextFilter.class)).isNotEmpty();
    }

    @Test
    void currentUserIsLookedUpOncePerRequest() {
        AppUser someone = user("Memo Person");
        login(someone);
        newRequest();
        AppUser first = accounts.currentUser();
        assertThat(accounts.currentUser()).isSameAs(first);
        // deactivated meanwhile (by an admin, in another request): refused from the next request on
        jdbc.update("UPDATE app_user SET active = FALSE WHERE id = ?", someone.getId());
        assertThat(accounts.currentUser()).isSameAs(first);
        newRequest();
        assertThatThrownBy(accounts::currentUser).isInstanceOf(AccessDeniedException.class);
        // another log-in within a request is another user
        AppUser other = user("Other Person");
        login(other);
        assertThat(accounts.currentUser().getId()).isEqualTo(other.getId());
        // outside a request nothing is remembered
        RequestContextHolder.resetRequestAttributes();
        assertThat(accounts.currentUser()).isNotSameAs(accounts.currentUser());
    }

    @Test
    void trainerRemovedFromTheCohortIsRefusedFromTheNextRequestOn() {
        AppUser trainer = user("Memo Trainer", Role.TRAINER);
        login(trainer);
        Cohort cohort = cohorts.create(new CohortDetails("Memo cohort", "tsi-networks", null, null, null, CohortStatus.OPEN, Set.of()));
        newRequest();
        assertThat(dashboard.learnerCount(cohort.getId())).isZero();
        assertThat(dashboard.columns(cohort.getId())).isNotEmpty();
        jdbc.update("DELETE FROM cohort_trainer WHERE cohort_id = ? AND user_id = ?", cohort.getId(), trainer.getId());
        assertThat(dashboard.learnerCount(cohort.getId())).isZero(); // same request: the check passed already
        newRequest();
        assertThatThrownBy(() -> dashboard.learnerCount(cohort.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cohorts.cohort(cohort.getId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void changingACohortIsNotServedFromWhatTheRequestRemembered() {
        AppUser trainer = user("Memo Editor", Role.TRAINER);
        login(trainer);
        Cohort cohort = cohorts.create(new CohortDetails("Before", "tsi-networks", null, null, null, CohortStatus.OPEN, Set.of()));
        newRequest();
        assertThat(cohorts.cohort(cohort.getId()).getName()).isEqualTo("Before");
        var details = cohort.details();
        cohorts.update(cohort.getId(), new CohortDetails("After", details.moduleId(), details.language(), details.startsOn(),
                details.endsOn(), details.status(), details.trainerIds()));
        assertThat(cohorts.cohort(cohort.getId()).getName()).isEqualTo("After");
        String code = cohorts.newCode(cohort.getId()).getJoinCode();
        assertThat(cohorts.cohort(cohort.getId()).getJoinCode()).isEqualTo(code);
    }
}
