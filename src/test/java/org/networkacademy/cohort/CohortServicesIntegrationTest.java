package org.networkacademy.cohort;

import org.junit.jupiter.api.Test;
import org.networkacademy.account.AppUser;
import org.networkacademy.account.Role;
import org.networkacademy.cohort.Dashboard.CellState;
import org.networkacademy.cohort.Dashboard.RiskReason;
import org.networkacademy.cohort.Dashboard.Sort;
import org.networkacademy.content.CourseModule;
import org.networkacademy.content.Option;
import org.networkacademy.content.Question;
import org.networkacademy.learning.ExerciseSubmission;
import org.networkacademy.learning.LearningService;
import org.networkacademy.xapi.XapiProfile;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The cohort services on real MariaDB: join by code keeps the registration, the dashboard shows
 * progress, item analysis and readiness, exercise review records xAPI and notifies, import is
 * all-or-nothing.
 */
class CohortServicesIntegrationTest extends CohortTestSupport {

    @Autowired
    LearningService learning;
    @Autowired
    TrainerDashboard dashboard;
    @Autowired
    ExerciseReviews reviews;
    @Autowired
    Notifications notifications;
    @Autowired
    TraineeImport imports;
    @Autowired
    CohortExports exports;
    @Autowired
    org.networkacademy.admin.UserAdministration administration;

    @Test
    void joinProgressReviewAndAnalysis() {
        AppUser trainer = newUser("Carla Trainer", Role.TRAINER);
        Cohort cohort = cohortOf(trainer, "Accra 2026");
        assertThat(cohort.getJoinCode()).hasSize(8);
        assertThat(cohorts.inviteLink(cohort)).isEqualTo("https://academy.example.org/join/" + cohort.getJoinCode());
        CourseModule module = catalog.require(cohort.getModuleId());
        var lesson1 = module.lessons().getFirst();

        // a trainee who started before keeps their registration when joining
        AppUser amina = newUser("أمينة الحسن");
        login(amina);
        learning.openLesson(module.id(), lesson1.id());
        String registration = jdbc.queryForObject("SELECT registration FROM enrolment WHERE user_id = ?", String.class, amina.getId());
        cohorts.join(" " + cohort.getJoinCode().toLowerCase() + " ");
        assertThat(jdbc.queryForObject("SELECT registration FROM enrolment WHERE user_id = ?", String.class, amina.getId())).isEqualTo(registration);
        assertThat(jdbc.queryForObject("SELECT cohort_id FROM enrolment WHERE user_id = ?", Long.class, amina.getId())).isEqualTo(cohort.getId());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM xapi_statement WHERE registration = ? AND verb_id = ?", Integer.class,
                registration, XapiProfile.REGISTERED)).isEqualTo(1);
        learning.completeLesson(module.id(), lesson1.id());
        learning.submitExercise(module.id(), lesson1.id(), "=SUM(A1) our plan");
        // knowledge check: all wrong first option
        Question q1 = lesson1.knowledgeCheck().questions().getFirst();
        var attempt = learning.currentCheckAttempt(module.id(), lesson1.id());
        Option wrong = q1.options().stream().filter(o -> !o.correct()).findFirst().orElseThrow();
        for (Question q : lesson1.knowledgeCheck().questions()) {
            learning.answerCheckQuestion(attempt.getUuid(), q.id(), q == q1 ? Set.of(wrong.id()) : q.correctOptionIds());
        }
        Map<String, Integer> likert = new HashMap<>();
        module.selfAssessment().items().forEach(i -> likert.put(i.id(), 2));
        learning.submitSelfAssessment(module.id(), LearningService.PRE, likert);

        // unknown codes and cohorts not open for joining are refused
        assertThatThrownBy(() -> cohorts.join("NOPE2345")).hasMessage("join.error.unknown");
        login(trainer);
        Cohort draft = cohorts.create(new CohortDetails("Draft", module.id(), null, null, null, CohortStatus.DRAFT, Set.of()));
        login(amina);
        assertThatThrownBy(() -> cohorts.join(draft.getJoinCode())).hasMessage("join.error.unknown");

        // a second trainee joins but does nothing
        AppUser ben = newUser("Ben Idle");
        login(ben);
        cohorts.join(cohort.getJoinCode());

        // --- trainer's dashboard
        login(trainer);
        var renamed = cohort.details();
        cohorts.update(cohort.getId(), new CohortDetails("Accra 2026 (Q4)", renamed.moduleId(), renamed.language(),
                renamed.startsOn(), renamed.endsOn(), renamed.status(), renamed.trainerIds()));
        assertThatThrownBy(() -> cohorts.update(cohort.getId(), new CohortDetails("X", "no-such-module", null, null, null,
                CohortStatus.RUNNING, Set.of()))).hasMessage("cohort.error.module");
        assertThatThrownBy(() -> cohorts.update(cohort.getId(), new CohortDetails("X", module.id(), null,
                LocalDate.of(2027, 1, 2), LocalDate.of(2027, 1, 1), CohortStatus.RUNNING, Set.of()))).hasMessage("cohort.error.dates");
        assertThat(dashboard.learnerCount(cohort.getId())).isEqualTo(2);
        var rows = dashboard.learners(cohort.getId(), 0, 50, Sort.PROGRESS, false);
        assertThat(rows).extracting(Dashboard.LearnerRow::name).containsExactly("أمينة الحسن", "Ben Idle");
        var row = rows.getFirst();
        assertThat(row.percent()).isEqualTo(13);
        assertThat(row.cell("lesson:" + lesson1.id()).state()).isEqualTo(CellState.COMPLETED);
        assertThat(row.cell("exercise:" + lesson1.exercise().id()).state()).isEqualTo(CellState.SUBMITTED);
        int n = lesson1.knowledgeCheck().questions().size();
        assertThat(row.cell("check:" + lesson1.knowledgeCheck().id()).percent()).isEqualTo(Math.round(100f * (n - 1) / n));
        assertThat(dashboard.learners(cohort.getId(), 1, 1, Sort.NAME, true)).extracting(Dashboard.LearnerRow::name)
                .containsExactly("أمينة الحسن"); // Latin sorts before Arabic

        jdbc.update("UPDATE enrolment SET last_activity_at = ? WHERE user_id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(3))), ben.getId());
        assertThat(dashboard.learners(cohort.getId(), 0, 10, Sort.LAST_ACTIVITY, true)).extracting(Dashboard.LearnerRow::name)
                .containsExactly("Ben Idle", "أمينة الحسن");
        assertThat(dashboard.learners(cohort.getId(), 0, 10, Sort.LAST_ACTIVITY, false)).extracting(Dashboard.LearnerRow::name)
                .containsExactly("أمينة الحسن", "Ben Idle");

        var atRisk = dashboard.atRisk(cohort.getId(), 7, 10);
        assertThat(atRisk).hasSize(1);
        assertThat(atRisk.getFirst().learner().name()).isEqualTo("Ben Idle");
        assertThat(atRisk.getFirst().reasons()).containsExactly(RiskReason.LOW_PROGRESS);
        assertThat(dashboard.atRisk(cohort.getId(), 2, 0)).singleElement().satisfies(r -> {
            assertThat(r.learner().name()).isEqualTo("Ben Idle");
            assertThat(r.daysInactive()).isEqualTo(3);
            assertThat(r.reasons()).containsExactly(RiskReason.INACTIVE);
        });

        var stats = dashboard.itemAnalysis(cohort.getId()).stream().filter(s -> s.questionId().equals(q1.id())
                && s.setId().equals(lesson1.knowledgeCheck().id())).findFirst().orElseThrow();
        assertThat(stats.answered()).isEqualTo(1);
        assertThat(stats.percentCorrect()).isZero();
        assertThat(stats.wrongOptions()).filteredOn(w -> w.optionId().equals(wrong.id())).extracting(Dashboard.WrongOption::chosen).containsExactly(1);

        var readiness = dashboard.readiness(cohort.getId());
        assertThat(readiness.preCount()).isEqualTo(1);
        assertThat(readiness.pre().values()).allMatch(v -> v.compareTo(java.math.BigDecimal.valueOf(2)) == 0);
        assertThat(readiness.post()).isEmpty();

        // a failed final assessment puts the learner on the at-risk list
        login(amina);
        var finalAttempt = learning.startFinalAssessment(module.id());
        learning.submitFinalAssessment(finalAttempt.getUuid(), Map.of());
        login(trainer);
        assertThat(dashboard.atRisk(cohort.getId(), 7, 0)).singleElement().satisfies(r -> {
            assertThat(r.learner().name()).isEqualTo("أمينة الحسن");
            assertThat(r.reasons()).containsExactly(RiskReason.FAILED_FINAL);
            assertThat(r.learner().cell("final")).isEqualTo(new Dashboard.Cell(CellState.FAILED, 0));
        });

        // --- review: return with feedback, trainee notified, xAPI recorded
        var queue = reviews.queue(cohort.getId());
        assertThat(queue).hasSize(1);
        assertThat(queue.getFirst().answer()).isEqualTo("=SUM(A1) our plan");
        assertThatThrownBy(() -> reviews.review(queue.getFirst().submissionId(), false, " "))
                .hasMessage("review.error.feedback-required");
        reviews.review(queue.getFirst().submissionId(), false, "Name two partners, please.");
        assertThat(reviews.queue(cohort.getId())).isEmpty();
        String json = jdbc.queryForObject("SELECT full_json FROM xapi_statement WHERE verb_id = ? AND registration = ?", String.class,
                XapiProfile.RETURNED_FOR_REVISION, registration);
        assertThat(json).contains("Name two partners, please.").contains(registration).contains(amina.getUuid())
                .contains("\"statement\":{\"objectType\":\"StatementRef\"");

        login(amina);
        assertThat(notifications.unreadCount()).isEqualTo(1);
        assertThat(reviews.myFeedback()).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(ExerciseSubmission.ReviewStatus.RETURNED);
            assertThat(f.feedback()).isEqualTo("Name two partners, please.");
        });
        notifications.markAllRead();
        assertThat(notifications.unreadCount()).isZero();
        learning.submitExercise(module.id(), lesson1.id(), "Partners: TPO Network, EnACT.");
        login(trainer);
        reviews.review(reviews.queue(cohort.getId()).getFirst().submissionId(), true, "Good.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM xapi_statement WHERE verb_id = ? AND registration = ?", Integer.class,
                XapiProfile.ACCEPTED, registration)).isEqualTo(1);

        // --- export CSV: BOM, neutralised text, numbers as numbers
        String csv = new String(exports.grid(cohort.getId(), k -> k).csv(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF");
        assertThat(csv).contains("\"أمينة الحسن\"".replace("\"", "")).contains(",13,");
    }

    @Test
    void importIsAllOrNothingAndEnrolsExistingUsers() {
        AppUser trainer = newUser("Ines Trainer", Role.TRAINER);
        AppUser existing = newUser("Existing Person");
        Cohort cohort = cohortOf(trainer, "Tunis");
        String bad = "name;email;institution;country\r\n"
                + "Zoë Ångström;zoe@example.org;Chambre de Commerce;FR\r\n"
                + "No Mail;not-an-email;X;FR\r\n"
                + "Dup;ZOE@example.org;X;FR\r\n"
                + "Bad Country;bc@example.org;X;XX\r\n";
        var preview = imports.preview(cohort.getId(), bad.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.rows()).hasSize(4);
        assertThat(preview.importable()).isFalse();
        assertThat(preview.rows().get(1).errors()).extracting(TraineeCsv.RowError::key).containsExactly("import.error.email");
        assertThat(preview.rows().get(2).errors()).extracting(TraineeCsv.RowError::key).containsExactly("import.error.duplicate");
        assertThat(preview.rows().get(3).errors()).extracting(TraineeCsv.RowError::key).containsExactly("import.error.country");
        assertThatThrownBy(() -> imports.commit(cohort.getId(), bad.getBytes(StandardCharsets.UTF_8))).hasMessage("import.error.rejected");
        assertThat(accounts.findByEmail("zoe@example.org")).isEmpty();

        String good = "\uFEFFname,email,institution,country\n"
                + "\"Zoë Ångström\",zoe@example.org,\"Chambre de Commerce, Lyon\",fr\n"
                + "محمد علي," + existing.getEmail().toUpperCase() + ",Export Council,EG\n";
        var result = imports.commit(cohort.getId(), good.getBytes(StandardCharsets.UTF_8));
        assertThat(result.created()).isEqualTo(1);
        assertThat(result.enrolled()).isEqualTo(1);
        var zoe = accounts.findByEmail("zoe@example.org").orElseThrow();
        assertThat(zoe.getDisplayName()).isEqualTo("Zoë Ångström");
        assertThat(zoe.getInstitution()).isEqualTo("Chambre de Commerce, Lyon");
        assertThat(zoe.getCountry()).isEqualTo("FR");
        assertThat(accounts.findByEmail(existing.getEmail()).orElseThrow().getDisplayName()).isEqualTo("Existing Person");
        assertThat(dashboard.learnerCount(cohort.getId())).isEqualTo(2);
        // a trainer's import: the trainer gets the one-time link of each user it created (no admin
        // needed), and only of those (the existing user keeps their password)
        assertThat(result.passwordLinks()).containsOnlyKeys("Zoë Ångström <zoe@example.org>");
        String link = result.passwordLinks().values().iterator().next();
        assertThat(link).startsWith("https://academy.example.org/set-password/");
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(administration.linkUsable(token)).isTrue();
        administration.setPassword(token, "zoe-chose-this-1");
        assertThat(administration.linkUsable(token)).isFalse();

        // a trainer of another cohort can neither import into this one nor get a link for its learners
        AppUser otherTrainer = newUser("Other Trainer", Role.TRAINER);
        cohortOf(otherTrainer, "Elsewhere");
        login(otherTrainer);
        assertThatThrownBy(() -> imports.commit(cohort.getId(), "Eve,eve@example.org,X,FR\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(accounts.findByEmail("eve@example.org")).isEmpty();
        assertThatThrownBy(() -> administration.issueLink(zoe.getId()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        login(trainer);

        // an admin's import returns a one-time link per new user
        AppUser admin = newUser("Admin", Role.ADMIN);
        login(admin);
        var byAdmin = imports.commit(cohort.getId(), "Nadia Haddad,nadia@example.org,CCI Tunis,TN\n".getBytes(StandardCharsets.UTF_8));
        assertThat(byAdmin.passwordLinks()).containsOnlyKeys("Nadia Haddad <nadia@example.org>");
        assertThat(byAdmin.passwordLinks().values().iterator().next()).startsWith("https://academy.example.org/set-password/");

        // a learner of this cohort is never moved silently into another cohort of the module
        login(trainer);
        Cohort other = cohortOf(trainer, "Sfax");
        var moving = imports.preview(other.getId(), ("Zoë Ångström,zoe@example.org,X,FR\n").getBytes(StandardCharsets.UTF_8));
        assertThat(moving.importable()).isFalse();
        assertThat(moving.rows().getFirst().errors()).extracting(TraineeCsv.RowError::key).containsExactly("import.error.other-cohort");
        login(zoe);
        assertThatThrownBy(() -> cohorts.join(other.getJoinCode())).hasMessage("join.error.other-cohort");
        login(trainer);
        assertThat(dashboard.learnerCount(cohort.getId())).isEqualTo(3);
        assertThat(dashboard.learnerCount(other.getId())).isZero();
    }

    @Test
    void csvParserHandlesExcelVariantsAndBadBytes() {
        byte[] latin1 = "name;email;institution;country\nJos\u00e9;jose@example.org;C\u00e1mara;ES\nAna;ana@example.org;X;ES\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        List<TraineeCsv.Row> rows = TraineeCsv.parse(latin1);
        assertThat(rows.get(0).errors()).extracting(TraineeCsv.RowError::key).contains("import.error.encoding");
        assertThat(rows.get(1).valid()).isTrue();
        var longName = "x".repeat(201);
        var tooLong = TraineeCsv.parse((longName + ",a@example.org,Inst,KE,trainer\n").getBytes(StandardCharsets.UTF_8));
        assertThat(tooLong.getFirst().errors()).containsExactly(new TraineeCsv.RowError("import.error.too-long", "name"));
        assertThat(TraineeCsv.parse("A,a@example.org,I,KE,boss\n".getBytes(StandardCharsets.UTF_8)).getFirst().errors())
                .extracting(TraineeCsv.RowError::key).containsExactly("import.error.role");
    }
}
