package org.networkacademy.cohort.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.networkacademy.AbstractAppTest;
import org.networkacademy.account.AppUser;
import org.networkacademy.account.Registration;
import org.networkacademy.account.Role;
import org.networkacademy.admin.UserAdministration;
import org.networkacademy.admin.ui.UsersView;
import org.networkacademy.cohort.Cohort;
import org.networkacademy.cohort.CohortDetails;
import org.networkacademy.cohort.CohortExports;
import org.networkacademy.cohort.CohortService;
import org.networkacademy.cohort.CohortStatus;
import org.networkacademy.cohort.Dashboard;
import org.networkacademy.cohort.ExerciseReviews;
import org.networkacademy.cohort.TraineeImport;
import org.networkacademy.cohort.TrainerDashboard;
import org.networkacademy.content.CourseCatalog;
import org.networkacademy.learning.LearningService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every protected cohort and admin route and service call, tried as each role that must not
 * reach it: a trainee, a trainee of the cohort, a trainer of another cohort, and nobody.
 */
class CohortSecurityTest extends AbstractAppTest {

    @Autowired
    CohortService cohorts;
    @Autowired
    TrainerDashboard dashboard;
    @Autowired
    ExerciseReviews reviews;
    @Autowired
    TraineeImport imports;
    @Autowired
    CohortExports exports;
    @Autowired
    UserAdministration admin;
    @Autowired
    LearningService learning;
    @Autowired
    CourseCatalog catalog;

    private AppUser user(String name, Role... roles) {
        var set = EnumSet.of(Role.TRAINEE);
        set.addAll(List.of(roles));
        return accounts.create(new Registration(name, "sec-" + UUID.randomUUID() + "@example.org", "correct-horse-battery",
                "Institution", "KE"), set);
    }

    private Cohort cohortOf(AppUser trainer, String name) {
        login(trainer);
        return cohorts.create(new CohortDetails(name, catalog.defaultModule().id(), null, null, null, CohortStatus.OPEN, Set.of()));
    }

    @Test
    void routesAreDeniedToOtherRolesAndOtherCohorts() {
        AppUser trainerA = user("Trainer A", Role.TRAINER);
        AppUser trainerB = user("Trainer B", Role.TRAINER);
        AppUser trainee = user("Trainee");
        Cohort a = cohortOf(trainerA, "Cohort A");
        cohortOf(trainerB, "Cohort B");
        login(trainee);
        cohorts.join(a.getJoinCode());

        Map<String, Class<? extends Component>> cohortRoutes = Map.of(
                "cohorts/" + a.getId(), CohortDashboardView.class,
                "cohorts/" + a.getId() + "/at-risk", AtRiskView.class,
                "cohorts/" + a.getId() + "/items", ItemAnalysisView.class,
                "cohorts/" + a.getId() + "/readiness", CohortReadinessView.class,
                "cohorts/" + a.getId() + "/review", ReviewQueueView.class,
                "cohorts/" + a.getId() + "/import", ImportView.class,
                "cohorts/edit/" + a.getId(), CohortEditView.class);

        // a trainee of the cohort: none of the trainer routes, not the cohort list, not the admin
        login(trainee);
        cohortRoutes.forEach(this::assertDenied);
        assertDenied("cohorts", CohortsView.class);
        assertDenied("cohorts/edit", CohortEditView.class);
        assertDenied("admin/users", UsersView.class);

        // a trainer of another cohort: not this cohort's pages, not the admin
        login(trainerB);
        cohortRoutes.forEach(this::assertDenied);
        assertDenied("admin/users", UsersView.class);

        // nobody logged in: no cohort or admin page, and not the join or feedback pages either
        logout();
        var request = (com.github.mvysny.fakeservlet.FakeRequest) com.vaadin.flow.server.VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(null);
        request.setUserInRole((principal, role) -> false);
        cohortRoutes.forEach(this::assertDenied);
        assertDenied("cohorts", CohortsView.class);
        assertDenied("join/" + a.getJoinCode(), JoinView.class);
        assertDenied("feedback", FeedbackView.class);
        assertDenied("admin/users", UsersView.class);

        // the cohort's own trainer reaches every page (the check above is not vacuous)
        login(trainerA);
        cohortRoutes.forEach((route, view) -> {
            UI.getCurrent().navigate(route);
            assertThat(_find(view)).as(route).hasSize(1);
            // the view's annotations are checked by Vaadin's navigation access control; Spring's
            // method security must not wrap views in proxies (see SecurityConfiguration)
            assertThat(UI.getCurrent().getCurrentView().getClass()).as(route).isEqualTo(view);
        });
    }

    private void assertDenied(String route, Class<? extends Component> view) {
        try {
            UI.getCurrent().navigate(route);
        } catch (com.github.mvysny.kaributesting.v10.MockAccessDeniedException e) {
            return; // refused by the view's role annotations
        } catch (Throwable e) {
            // refused by the service's ownership check: the page answers "not found"
            assertThat(e.toString()).as(route).containsAnyOf("NotFound", "RouteNotFound", "Could not navigate");
            return;
        }
        assertThat(_find(view)).as(route + " must be denied").isEmpty();
    }

    @Test
    void serviceCallsAreDeniedToOtherRolesAndOtherCohorts() {
        AppUser trainerA = user("Trainer A", Role.TRAINER);
        AppUser trainerB = user("Trainer B", Role.TRAINER);
        AppUser traineeA = user("Trainee of A");
        AppUser traineeB = user("Trainee of B");
        Cohort a = cohortOf(trainerA, "Cohort A");
        Cohort b = cohortOf(trainerB, "Cohort B");
        var module = catalog.defaultModule();
        var lesson = module.lessons().getFirst();
        login(traineeA);
        cohorts.join(a.getJoinCode());
        learning.submitExercise(module.id(), lesson.id(), "answer");
        login(traineeB);
        cohorts.join(b.getJoinCode());
        login(trainerA);
        long submission = reviews.queue(a.getId()).getFirst().submissionId();
        long id = a.getId();
        byte[] csv = "n,e@example.org,i,KE\n".getBytes(StandardCharsets.UTF_8);
        var details = a.details();

        List<ThrowingCallable> trainerCalls = List.of(
                () -> cohorts.cohort(id), () -> cohorts.update(id, details), () -> cohorts.newCode(id),
                () -> dashboard.columns(id), () -> dashboard.learnerCount(id),
                () -> dashboard.learners(id, 0, 10, Dashboard.Sort.NAME, true), () -> dashboard.atRisk(id, 7, 50),
                () -> dashboard.itemAnalysis(id), () -> dashboard.readiness(id),
                () -> reviews.queue(id), () -> reviews.review(submission, true, "ok"),
                () -> imports.preview(id, csv), () -> imports.commit(id, csv),
                () -> exports.grid(id, k -> k), () -> exports.atRisk(id, 7, 50, k -> k), () -> exports.itemAnalysis(id, k -> k),
                // the same in the reader's language
                () -> dashboard.columns(id, "fr"), () -> dashboard.itemAnalysis(id, "fr"), () -> reviews.queue(id, "fr"),
                () -> exports.itemAnalysis(id, "fr", k -> k));
        List<ThrowingCallable> adminCalls = List.of(
                () -> admin.search("", PageRequest.of(0, 10)), () -> admin.setActive(traineeA.getId(), false),
                () -> admin.setRoles(traineeA.getId(), Set.of(Role.TRAINER)), () -> admin.issueLink(traineeA.getId()),
                () -> admin.create("X", "x-" + UUID.randomUUID() + "@example.org", "I", "KE", Set.of(Role.ADMIN)));

        for (AppUser who : List.of(traineeA, traineeB, trainerB)) {
            login(who);
            for (int i = 0; i < trainerCalls.size(); i++) {
                var call = trainerCalls.get(i);
                assertThatThrownBy(call).as(who.getDisplayName() + " trainer call #" + i).isInstanceOf(AccessDeniedException.class);
            }
            for (int i = 0; i < adminCalls.size(); i++) {
                var call = adminCalls.get(i);
                assertThatThrownBy(call).as(who.getDisplayName() + " admin call #" + i).isInstanceOf(AccessDeniedException.class);
            }
        }
        logout();
        for (var call : trainerCalls) {
            assertThatThrownBy(call).isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class,
                    org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
        }
        // a trainer of another cohort cannot list it among theirs, a trainee sees no cohort list
        login(trainerB);
        assertThat(cohorts.myCohorts()).extracting(Cohort::getId).containsExactly(b.getId());
        login(traineeA);
        assertThatThrownBy(() -> cohorts.myCohorts()).isInstanceOf(AccessDeniedException.class);
        // and nothing changed: the answer is still waiting for its own trainer
        login(trainerA);
        assertThat(reviews.queue(id)).hasSize(1);
        assertThat(accounts.findById(traineeA.getId()).orElseThrow().isActive()).isTrue();
    }
}
