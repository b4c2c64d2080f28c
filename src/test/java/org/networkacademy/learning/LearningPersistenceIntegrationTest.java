package org.networkacademy.learning;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.networkacademy.AbstractAppTest;
import org.networkacademy.account.AppUser;
import org.networkacademy.account.Registration;
import org.networkacademy.content.CourseCatalog;
import org.networkacademy.content.CourseModule;
import org.networkacademy.content.Question;
import org.networkacademy.xapi.XapiProfile;
import org.networkacademy.xapi.model.XapiJson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Learning events against the real MariaDB: statements land in {@code xapi_statement} with the
 * right verbs, registration and millisecond timestamps; Unicode survives; a failure in the middle
 * of a save leaves neither progress nor statement behind.
 */
class LearningPersistenceIntegrationTest extends AbstractAppTest {

    @Autowired
    LearningService learning;
    @Autowired
    CourseCatalog catalog;

    CourseModule module;
    AppUser trainee;

    @BeforeEach
    void setUp() {
        module = catalog.defaultModule();
        trainee = newTrainee("Integration Trainee");
        login(trainee);
    }

    @AfterEach
    void dropTrigger() {
        jdbc.execute("DROP TRIGGER IF EXISTS fail_lesson_completed");
    }

    @Test
    void flowStoresStatementsWithVerbsRegistrationAndMillisecondTimestamps() {
        var lesson = module.lessons().getFirst();
        learning.openLesson(module.id(), lesson.id());
        learning.completeLesson(module.id(), lesson.id());
        Attempt check = learning.currentCheckAttempt(module.id(), lesson.id());
        for (Question q : lesson.knowledgeCheck().questions()) {
            learning.answerCheckQuestion(check.getUuid(), q.id(), q.correctOptionIds());
        }
        Attempt finalAttempt = learning.startFinalAssessment(module.id());
        Map<String, Set<String>> answers = new HashMap<>();
        module.finalAssessment().questions().forEach(q -> answers.put(q.id(), q.correctOptionIds()));
        learning.submitFinalAssessment(finalAttempt.getUuid(), answers);

        String registration = jdbc.queryForObject(
                "SELECT registration FROM enrolment WHERE user_id = ?", String.class, trainee.getId());
        List<String> verbs = jdbc.queryForList(
                "SELECT verb_id FROM xapi_statement WHERE registration = ? ORDER BY stored, id", String.class, registration);
        int questions = lesson.knowledgeCheck().questions().size() + module.finalAssessment().questions().size();
        assertThat(verbs).contains(XapiProfile.INITIALIZED, XapiProfile.EXPERIENCED, XapiProfile.COMPLETED,
                XapiProfile.ATTEMPTED, XapiProfile.ANSWERED, XapiProfile.PASSED);
        assertThat(verbs.stream().filter(XapiProfile.ANSWERED::equals)).hasSize(questions);
        // lesson completed + knowledge check completed (module not complete: 7 lessons still open)
        assertThat(verbs.stream().filter(XapiProfile.COMPLETED::equals)).hasSize(2);

        // every row: actor is the account, timestamps kept to the millisecond, JSON has the registration
        var rows = jdbc.queryForList("SELECT actor_key, statement_timestamp, full_json FROM xapi_statement WHERE registration = ?", registration);
        assertThat(rows).hasSize(verbs.size());
        for (var row : rows) {
            assertThat(row.get("actor_key")).isEqualTo("account|https://academy.example.org|" + trainee.getUuid());
            var json = XapiJson.readTree((String) row.get("full_json"));
            assertThat(json.path("context").path("registration").asString()).isEqualTo(registration);
            String ts = json.path("timestamp").asString();
            assertThat(ts).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
            Timestamp column = (Timestamp) row.get("statement_timestamp");
            assertThat(column.toInstant().toString().replaceAll("(\\.\\d{3})\\d*Z$", "$1Z").replaceAll(":(\\d{2})Z$", ":$1.000Z"))
                    .isEqualTo(ts);
            assertThat(json.has("actor") && !json.path("actor").has("mbox")).isTrue();
        }
        // the column type keeps sub-second precision
        Integer precision = jdbc.queryForObject("""
                SELECT DATETIME_PRECISION FROM information_schema.COLUMNS
                WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'xapi_statement' AND COLUMN_NAME = 'statement_timestamp'""", Integer.class);
        assertThat(precision).isGreaterThanOrEqualTo(3);
    }

    @Test
    void arabicAndEmojiRoundTripUnchanged() {
        String name = "ليلى بن صالح 🌍";
        String answer = "شبكة المؤسسات 🤝 — réseau des institutions, red de instituciones";
        var user = accounts.register(new Registration(name, "ar-" + System.nanoTime() + "@example.org",
                "كلمة-سر-طويلة-١٢٣", "غرفة التجارة", "EG"));
        login(user);
        var lesson = module.lessons().getFirst();
        learning.submitExercise(module.id(), lesson.id(), answer);

        assertThat(accounts.findByEmail(user.getEmail()).orElseThrow().getDisplayName()).isEqualTo(name);
        assertThat(jdbc.queryForObject("SELECT display_name FROM app_user WHERE id = ?", String.class, user.getId())).isEqualTo(name);
        assertThat(learning.exercise(module.id(), lesson.id()).orElseThrow().getAnswerText()).isEqualTo(answer);
        String json = jdbc.queryForObject("""
                SELECT s.full_json FROM xapi_statement s JOIN enrolment e ON e.registration = s.registration
                WHERE e.user_id = ? AND s.verb_id = ?""", String.class, user.getId(), XapiProfile.SUBMITTED);
        assertThat(XapiJson.readTree(json).path("result").path("response").asString()).isEqualTo(answer);
    }

    @Test
    void failureWhileStoringTheStatementLeavesNeitherProgressNorStatement() {
        var lesson = module.lessons().get(1);
        learning.openLesson(module.id(), lesson.id());
        // A real database failure in the middle of the save: the statement insert is refused.
        jdbc.execute("""
                CREATE TRIGGER fail_lesson_completed BEFORE INSERT ON xapi_statement FOR EACH ROW
                BEGIN
                  IF NEW.verb_id = 'http://adlnet.gov/expapi/verbs/completed' THEN
                    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'simulated failure';
                  END IF;
                END""");
        assertThatThrownBy(() -> learning.completeLesson(module.id(), lesson.id())).isInstanceOf(DataAccessException.class);

        String registration = jdbc.queryForObject("SELECT registration FROM enrolment WHERE user_id = ?", String.class, trainee.getId());
        assertThat(jdbc.queryForObject("""
                SELECT p.status FROM lesson_progress p JOIN enrolment e ON e.id = p.enrolment_id
                WHERE e.user_id = ? AND p.lesson_id = ?""", String.class, trainee.getId(), lesson.id())).isEqualTo("IN_PROGRESS");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM xapi_statement WHERE registration = ? AND verb_id = ?",
                Integer.class, registration, XapiProfile.COMPLETED)).isZero();

        // once the failure is gone the same action succeeds
        jdbc.execute("DROP TRIGGER fail_lesson_completed");
        learning.completeLesson(module.id(), lesson.id());
        assertThat(learning.overview(module.id()).lessons().get(1).status()).isEqualTo(LessonStatus.COMPLETED);
    }

    @Test
    void anotherUsersAttemptIsRefused() {
        var lesson = module.lessons().getFirst();
        Attempt mine = learning.currentCheckAttempt(module.id(), lesson.id());
        login(newTrainee("Someone Else"));
        Question q = lesson.knowledgeCheck().questions().getFirst();
        assertThatThrownBy(() -> learning.answerCheckQuestion(mine.getUuid(), q.id(), q.correctOptionIds()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        logout();
        assertThatThrownBy(() -> learning.overview(module.id()))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }
}
