package org.networkacademy.plan;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.networkacademy.AbstractAppTest;
import org.networkacademy.account.AppUser;
import org.networkacademy.account.Role;
import org.networkacademy.learning.LearningService;
import org.networkacademy.xapi.XapiProfile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The plan service on the real MariaDB: locking, history, review, access, contributions, statements. */
class PlanServiceIntegrationTest extends AbstractAppTest {

    @Autowired
    PlanService plans;
    @Autowired
    LearningService learning;

    PlanFixtures fx;
    AppUser trainer;
    AppUser amina;
    AppUser joao;
    long cohort;

    @BeforeEach
    void cohortWithTwoTrainees() {
        fx = new PlanFixtures(accounts, jdbc);
        trainer = fx.user("Trainer Tess", Role.TRAINER);
        amina = fx.user("أمينة الفاسي", Role.TRAINEE);
        joao = fx.user("João Gonçalves", Role.TRAINEE);
        cohort = fx.cohort("Cohort Rabat 2026", trainer);
        fx.enrol(amina, cohort);
        fx.enrol(joao, cohort);
    }

    static SectionContent vision(String text) {
        return new SectionContent(Map.of("vision", text), Map.of());
    }

    @Test
    void planIsCreatedOnFirstAccessWithNineDraftSectionsAndGuidance() {
        login(amina);
        var plan = plans.plan(cohort);
        assertThat(plan.sections()).hasSize(9);
        assertThat(plan.sections()).allMatch(s -> s.status() == SectionStatus.DRAFT && s.revision() == 0);
        assertThat(plan.section(PlanSectionType.GOVERNANCE).guidance()).contains("participant-governed");
        assertThat(plan.canEdit()).isTrue();
        assertThat(plan.canReview()).isFalse();
        assertThat(plan.title()).isEqualTo("Practice network plan");
        assertThat(plans.plan(cohort).sections()).hasSize(9); // second access: same plan
    }

    @Test
    void differentSectionsBothSaveAndTheSameSectionConflictsShowingTheOtherVersion() {
        login(amina);
        int visionRev = plans.plan(cohort).section(PlanSectionType.VISION).revision();
        login(joao);
        int govRev = plans.plan(cohort).section(PlanSectionType.GOVERNANCE).revision();
        int joaoVisionRev = plans.section(cohort, PlanSectionType.VISION).revision();

        login(amina);
        plans.save(cohort, PlanSectionType.VISION, visionRev, vision("Exporters get one door to all support."));
        login(joao);
        plans.save(cohort, PlanSectionType.GOVERNANCE, govRev, new SectionContent(
                Map.of("structure", "lead-organisation", "rationale", "The TPO has the mandate."), Map.of()));
        assertThat(plans.section(cohort, PlanSectionType.GOVERNANCE).content().field("structure")).isEqualTo("lead-organisation");
        assertThat(plans.section(cohort, PlanSectionType.VISION).content().field("vision")).startsWith("Exporters get one door");

        // João still holds the vision as it was before Amina saved
        assertThatThrownBy(() -> plans.save(cohort, PlanSectionType.VISION, joaoVisionRev, vision("João's vision")))
                .isInstanceOfSatisfying(PlanConflictException.class, e -> {
                    assertThat(e.current().content().field("vision")).isEqualTo("Exporters get one door to all support.");
                    assertThat(e.current().updatedBy()).isEqualTo("أمينة الفاسي");
                    assertThat(e.current().revision()).isEqualTo(1);
                });
        assertThat(plans.section(cohort, PlanSectionType.VISION).content().field("vision"))
                .isEqualTo("Exporters get one door to all support.");
    }

    @Test
    void twoSimultaneousSavesOfOneSection_exactlyOneWins() throws Exception {
        login(amina);
        plans.plan(cohort);
        logout();
        var barrier = new CyclicBarrier(2);
        var pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (AppUser u : List.of(amina, joao)) {
                Callable<String> task = () -> {
                    login(u);
                    try {
                        barrier.await();
                        plans.save(cohort, PlanSectionType.VISION, 0, vision("by " + u.getDisplayName()));
                        return "saved";
                    } catch (PlanConflictException e) {
                        return "conflict";
                    } finally {
                        logout();
                    }
                };
                results.add(pool.submit(task));
            }
            var outcomes = new ArrayList<String>();
            for (var f : results) {
                outcomes.add(f.get());
            }
            assertThat(outcomes).containsExactlyInAnyOrder("saved", "conflict");
        } finally {
            pool.shutdown();
        }
        login(amina);
        assertThat(plans.history(cohort, PlanSectionType.VISION)).hasSize(1);
    }

    @Test
    void historyAndRestore() {
        login(amina);
        plans.save(cohort, PlanSectionType.VISION, 0, vision("First"));
        login(joao);
        plans.save(cohort, PlanSectionType.VISION, 1, vision("Second"));
        var history = plans.history(cohort, PlanSectionType.VISION);
        assertThat(history).extracting(PlanService.RevisionView::revision).containsExactly(2, 1);
        assertThat(history.get(1).author()).isEqualTo("أمينة الفاسي");
        assertThat(history.get(1).content().field("vision")).isEqualTo("First");

        var restored = plans.restore(cohort, PlanSectionType.VISION, 1, 2);
        assertThat(restored.content().field("vision")).isEqualTo("First");
        assertThat(restored.revision()).isEqualTo(3);
        var top = plans.history(cohort, PlanSectionType.VISION).getFirst();
        assertThat(top.source()).isEqualTo(PlanRevision.Source.RESTORE);
        assertThat(top.restoredFrom()).isEqualTo(1);
        assertThat(top.author()).isEqualTo("João Gonçalves");
    }

    @Test
    void trainerCommentsAndApproves_traineesCannotReview_trainersDoNotEdit() {
        login(amina);
        plans.save(cohort, PlanSectionType.VISION, 0, vision("Vision text"));
        assertThatThrownBy(() -> plans.setStatus(cohort, PlanSectionType.VISION, SectionStatus.APPROVED))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.comment(cohort, PlanSectionType.VISION, "mine")).isInstanceOf(AccessDeniedException.class);

        login(trainer);
        assertThat(plans.plan(cohort).canReview()).isTrue();
        // an empty comment is called empty, not too long (browser trial finding)
        assertThatThrownBy(() -> plans.comment(cohort, PlanSectionType.VISION, "  \n ")).hasMessage("plan.error.comment-empty");
        assertThatThrownBy(() -> plans.comment(cohort, PlanSectionType.VISION, "x".repeat(PlanService.MAX_COMMENT + 1)))
                .hasMessage("plan.error.comment");
        plans.comment(cohort, PlanSectionType.VISION, "Name the exporter segment.");
        plans.setStatus(cohort, PlanSectionType.VISION, SectionStatus.IN_REVIEW);
        var approved = plans.setStatus(cohort, PlanSectionType.VISION, SectionStatus.APPROVED);
        assertThat(approved.status()).isEqualTo(SectionStatus.APPROVED);
        assertThat(approved.comments()).singleElement().satisfies(c -> {
            assertThat(c.author()).isEqualTo("Trainer Tess");
            assertThat(c.body()).isEqualTo("Name the exporter segment.");
        });
        assertThatThrownBy(() -> plans.save(cohort, PlanSectionType.VISION, 1, vision("x")))
                .isInstanceOf(AccessDeniedException.class);

        // contributions for certification
        assertThat(plans.approvedContributions(amina.getId(), cohort)).isEqualTo(1);
        assertThat(plans.approvedContributions(joao.getId(), cohort)).isZero();
        assertThat(plans.contributionsByUser(cohort)).containsEntry(amina.getId(), 1L);
        login(joao);
        assertThatThrownBy(() -> plans.approvedContributions(amina.getId(), cohort)).isInstanceOf(AccessDeniedException.class);
        assertThat(plans.approvedContributions(joao.getId(), cohort)).isZero();

        // a later edit sends the approved section back to draft
        login(amina);
        assertThat(plans.save(cohort, PlanSectionType.VISION, 1, vision("Changed")).status()).isEqualTo(SectionStatus.DRAFT);

        Integer statements = jdbc.queryForObject("SELECT COUNT(*) FROM xapi_statement WHERE activity_id LIKE ? AND verb_id IN (?, ?, ?)",
                Integer.class, "%/cohorts/" + cohort + "/plan/sections/vision", XapiProfile.UPDATED, XapiProfile.APPROVED, XapiProfile.COMMENTED);
        assertThat(statements).isEqualTo(4); // two saves, one comment, one approval
    }

    @Test
    void otherCohortsTraineeAndTrainerAreDenied() {
        AppUser outsider = newTrainee("Outsider");
        AppUser otherTrainer = fx.user("Other Trainer", Role.TRAINER);
        long other = fx.cohort("Other cohort", otherTrainer);
        fx.enrol(outsider, other);
        login(outsider);
        assertThatThrownBy(() -> plans.plan(cohort)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.save(cohort, PlanSectionType.VISION, 0, vision("x"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.history(cohort, PlanSectionType.VISION)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.plan(999_999)).isInstanceOf(AccessDeniedException.class);
        assertThat(plans.myPlans()).extracting(PlanService.PlanRef::cohortId).containsExactly(other);
        login(otherTrainer);
        assertThatThrownBy(() -> plans.setStatus(cohort, PlanSectionType.VISION, SectionStatus.APPROVED))
                .isInstanceOf(AccessDeniedException.class);
        AppUser admin = fx.user("Admin", Role.ADMIN);
        login(admin);
        assertThat(plans.plan(cohort).canReview()).isTrue();
    }

    @Test
    void mapOperationsAndValidation() {
        login(amina);
        var s = plans.addPartner(cohort, "Chambre de Commerce de Fès", "chamber", "MA");
        s = plans.addPartner(cohort, "الوكالة المغربية لتنمية الاستثمارات", "tpo", "MA");
        var partners = s.content().rows(PlanSectionType.Tables.PARTNERS);
        assertThat(partners).hasSize(2).allSatisfy(r -> assertThat(r.get(SectionContent.ID)).isNotBlank());
        String a = partners.get(0).get("id");
        String b = partners.get(1).get("id");
        s = plans.addLinkage(cohort, a, b, "referral");
        assertThat(s.content().rows(PlanSectionType.Tables.LINKAGES)).hasSize(1);
        s = plans.removePartner(cohort, a);
        assertThat(s.content().rows(PlanSectionType.Tables.PARTNERS)).extracting(r -> r.get("name"))
                .containsExactly("الوكالة المغربية لتنمية الاستثمارات");
        assertThat(s.content().rows(PlanSectionType.Tables.LINKAGES)).isEmpty();

        assertThatThrownBy(() -> plans.addPartner(cohort, "X", "not-a-type", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("plan.error.choice");
        assertThatThrownBy(() -> plans.addLinkage(cohort, b, b, "referral")).hasMessage("plan.error.self-link");
        int rev = plans.section(cohort, PlanSectionType.VISION).revision();
        assertThatThrownBy(() -> plans.save(cohort, PlanSectionType.VISION, rev, new SectionContent(Map.of("nope", "x"), Map.of())))
                .hasMessage("plan.error.unknown-key");
    }

    @Test
    void partnerMappingExerciseIsSentToThePlan() {
        login(amina);
        learning.saveExerciseDraft("tsi-networks", "finding-opportunities", """
                Ecosystem for agri-food exporters:
                - Maroc Export (trade promotion organisation, MA)
                - Chambre de Commerce de Fès (chamber, MA)
                Université Al Akhawayn; university; MA
                Priority areas: packaging and certification.""");
        var s = plans.sendExercise(cohort, PlanSectionType.PARTNERS);
        assertThat(s.content().field("exercise-notes")).contains("أمينة الفاسي").contains("Priority areas");
        assertThat(s.content().rows(PlanSectionType.Tables.PARTNERS))
                .extracting(r -> r.get("name") + "|" + r.get("type"))
                .containsExactly("Maroc Export|tpo", "Chambre de Commerce de Fès|chamber", "Université Al Akhawayn|university");
    }
}
