package org.networkacademy.learning;

import org.junit.jupiter.api.Test;
import org.networkacademy.base.config.PlatformProperties;
import org.networkacademy.content.ContentLoader;
import org.networkacademy.content.CourseModule;
import org.networkacademy.content.Question;
import org.networkacademy.content.QuestionType;
import org.networkacademy.xapi.XapiProfile;
import org.networkacademy.xapi.XapiProperties;
import org.networkacademy.xapi.model.Statement;
import org.networkacademy.xapi.model.XapiJson;
import org.networkacademy.xapi.validation.StatementValidator;
import org.networkacademy.xapi.validation.XapiVersion;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The statement of every learning event is valid xAPI 1.0.3 and carries what the profile promises. */
class LearningStatementsTest {

    static final CourseModule MODULE = ContentLoader.load(Path.of("content/modules")).get("tsi-networks");
    final LearningStatements statements = new LearningStatements(new org.networkacademy.xapi.PlatformStatements(new PlatformProperties("https://academy.example.org/"),
            new XapiProperties("https://network-academy.org/xapi/activities/")));
    final LearnerContext ctx = new LearnerContext(UUID.randomUUID().toString(), UUID.randomUUID().toString(), MODULE);
    final Instant now = Instant.parse("2026-11-29T10:15:30.123456Z");
    final StatementValidator validator = new StatementValidator();

    @Test
    void everyEventBuildsAValidStatementWithAccountActorRegistrationAndProfile() {
        var lesson = MODULE.lessons().getFirst();
        var check = lesson.knowledgeCheck();
        Attempt attempt = new Attempt(1L, AttemptKind.KNOWLEDGE_CHECK, check.id(), null, 2, now.minusSeconds(90));
        attempt.submit(new BigDecimal("3"), new BigDecimal("4"), true, now);
        Attempt finalAttempt = new Attempt(1L, AttemptKind.FINAL_ASSESSMENT, MODULE.finalAssessment().id(), null, 1, now.minusSeconds(600));
        finalAttempt.submit(new BigDecimal("21"), new BigDecimal("28"), true, now);
        Attempt readiness = new Attempt(1L, AttemptKind.SELF_ASSESSMENT, MODULE.selfAssessment().id(), "PRE", 1, now);
        Map<String, BigDecimal> averages = new LinkedHashMap<>();
        MODULE.selfAssessment().dimensions().forEach(d -> averages.put(d.id(), new BigDecimal("3.67")));
        Question q = check.questions().stream().filter(x -> x.type() == QuestionType.MULTIPLE_CHOICE).findFirst().orElseThrow();

        List<Statement> all = List.of(
                statements.moduleInitialized(ctx, now),
                statements.lessonExperienced(ctx, lesson, now),
                statements.lessonCompleted(ctx, lesson, now),
                statements.exerciseSubmitted(ctx, lesson, "نص الإجابة 🤝", now),
                statements.assessmentAttempted(ctx, check, MODULE, attempt, now),
                statements.questionAnswered(ctx, check, lesson, q, attempt, q.correctOptionIds(), true, now),
                statements.knowledgeCheckCompleted(ctx, check, lesson, attempt, now),
                statements.finalAssessmentScored(ctx, finalAttempt, Duration.ofMinutes(10).plusMillis(500), now),
                statements.selfAssessmentCompleted(ctx, readiness, averages, now),
                statements.moduleCompleted(ctx, finalAttempt, now));

        for (Statement s : all) {
            JsonNode json = XapiJson.toTree(s);
            assertThat(validator.validate(json, XapiVersion.V1_0_3)).as(json.toString()).isEmpty();
            assertThat(json.path("actor").path("account").path("homePage").asString()).isEqualTo("https://academy.example.org");
            assertThat(json.path("actor").path("account").path("name").asString()).isEqualTo(ctx.userUuid());
            assertThat(json.path("actor").has("mbox")).isFalse();
            assertThat(json.path("context").path("registration").asString()).isEqualTo(ctx.registration());
            assertThat(json.path("context").path("contextActivities").path("category").get(0).path("id").asString())
                    .isEqualTo(XapiProfile.PROFILE);
            assertThat(json.path("timestamp").asString()).isEqualTo("2026-11-29T10:15:30.123Z");
            assertThat(json.path("authority").path("account").path("name").asString()).isEqualTo("network-academy");
            assertThat(UUID.fromString(json.path("id").asString()).version()).isEqualTo(5);
        }
        assertThat(all.stream().map(Statement::id).distinct()).hasSameSizeAs(all);

        JsonNode answered = XapiJson.toTree(all.get(5));
        JsonNode definition = answered.path("object").path("definition");
        assertThat(definition.path("type").asString()).isEqualTo(XapiProfile.TYPE_INTERACTION);
        assertThat(definition.path("interactionType").asString()).isEqualTo("choice");
        assertThat(definition.path("choices")).hasSize(q.options().size());
        assertThat(definition.path("correctResponsesPattern").get(0).asString()).isEqualTo(org.networkacademy.learning.Scoring.response(q.correctOptionIds()));
        assertThat(answered.path("result").path("success").asBoolean()).isTrue();
        assertThat(answered.path("object").path("id").asString())
                .isEqualTo("https://network-academy.org/xapi/activities/modules/tsi-networks/assessments/" + check.id() + "/questions/" + q.id());

        JsonNode passed = XapiJson.toTree(all.get(7));
        assertThat(passed.path("verb").path("id").asString()).isEqualTo(XapiProfile.PASSED);
        assertThat(passed.path("result").path("score").path("scaled").decimalValue()).isEqualByComparingTo("0.75");
        assertThat(passed.path("result").path("score").path("raw").decimalValue()).isEqualByComparingTo("21");
        assertThat(passed.path("result").path("score").path("max").decimalValue()).isEqualByComparingTo("28");
        assertThat(passed.path("result").path("duration").asString()).isEqualTo("PT10M0.5S");

        JsonNode self = XapiJson.toTree(all.get(8));
        assertThat(self.path("result").path("extensions").path(XapiProfile.EXT_READINESS_SCORES).path("vision").decimalValue())
                .isEqualByComparingTo("3.67");
        assertThat(self.path("context").path("extensions").path(XapiProfile.EXT_PHASE).asString()).isEqualTo("pre");
        assertThat(XapiJson.toTree(all.get(3)).path("result").path("response").asString()).isEqualTo("نص الإجابة 🤝");
    }

    @Test
    void theSameEventTwiceHasTheSameIdSoItCanNeverBeStoredTwice() {
        var lesson = MODULE.lessons().get(2);
        assertThat(statements.lessonCompleted(ctx, lesson, now).id())
                .isEqualTo(statements.lessonCompleted(ctx, lesson, now.plusSeconds(5)).id());
        var other = new LearnerContext(ctx.userUuid(), UUID.randomUUID().toString(), MODULE);
        assertThat(statements.lessonCompleted(other, lesson, now).id()).isNotEqualTo(statements.lessonCompleted(ctx, lesson, now).id());
        assertThat(Set.of(statements.lessonExperienced(ctx, lesson, now).id(), statements.lessonCompleted(ctx, lesson, now).id())).hasSize(2);
    }
}
