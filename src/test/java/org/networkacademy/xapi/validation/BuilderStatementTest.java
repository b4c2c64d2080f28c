package org.networkacademy.xapi.validation;

import org.junit.jupiter.api.Test;
import org.networkacademy.xapi.model.Activity;
import org.networkacademy.xapi.model.ActivityDefinition;
import org.networkacademy.xapi.model.Agent;
import org.networkacademy.xapi.model.Attachment;
import org.networkacademy.xapi.model.Context;
import org.networkacademy.xapi.model.ContextActivities;
import org.networkacademy.xapi.model.ContextAgent;
import org.networkacademy.xapi.model.Extensions;
import org.networkacademy.xapi.model.Group;
import org.networkacademy.xapi.model.InteractionComponent;
import org.networkacademy.xapi.model.LanguageMap;
import org.networkacademy.xapi.model.Result;
import org.networkacademy.xapi.model.Score;
import org.networkacademy.xapi.model.Statement;
import org.networkacademy.xapi.model.StatementRef;
import org.networkacademy.xapi.model.SubStatement;
import org.networkacademy.xapi.model.Verb;
import org.networkacademy.xapi.model.XapiJson;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Statements built by application code serialise to valid xAPI. */
class BuilderStatementTest {

    private static final UUID ID = UUID.fromString("3f2b8c6e-1d4a-4e7b-9c5d-0a1b2c3d4e5f");
    private static final UUID REGISTRATION = UUID.fromString("ec531277-b57b-4c15-8d91-d292c5b2b8f7");
    private static final String COURSE = "https://academy.example.org/xapi/activities/course/ccna-1";

    private final StatementValidator validator = new StatementValidator();

    static Statement quizAnswer() {
        Agent learner = Agent.withAccount("Ada Learner", "https://academy.example.org", "user-4711");
        ActivityDefinition question = ActivityDefinition.builder()
                .name("en-US", "Which layer does IP belong to?")
                .description(LanguageMap.of("en-US", "OSI model question").with("de-DE", "Frage zum OSI-Modell"))
                .type(ActivityDefinition.CMI_INTERACTION)
                .interactionType("choice")
                .correctResponsesPattern(List.of("network"))
                .choices(List.of(InteractionComponent.of("physical", "en-US", "Physical"),
                        InteractionComponent.of("network", "en-US", "Network")))
                .extensions(Extensions.empty().with("urn:x:y", 3))
                .build();
        return Statement.builder()
                .id(ID)
                .actor(learner)
                .verb(Verb.of("http://adlnet.gov/expapi/verbs/answered", "en-US", "answered"))
                .object(Activity.of(COURSE + "/quiz-3/q1", question))
                .result(Result.builder()
                        .score(Score.of(new BigDecimal("0.95"), new BigDecimal("19"), BigDecimal.ZERO, new BigDecimal("20")))
                        .success(true).completion(true).response("network")
                        .duration("PT1H0.5S")
                        .extensions(Extensions.empty().with("urn:x:y", new BigDecimal("1.0")))
                        .build())
                .context(Context.builder()
                        .registration(REGISTRATION)
                        .contextActivities(ContextActivities.of(
                                List.of(Activity.of(COURSE + "/quiz-3")),
                                List.of(Activity.of(COURSE)),
                                List.of(Activity.of("https://w3id.org/xapi/cmi5/context/categories/moveon")),
                                null))
                        .instructor(Agent.withMbox("Tutor", "tutor@academy.example.org"))
                        .platform("Network Academy")
                        .language("en-US")
                        .extensions(Extensions.empty().with("urn:x:y", Map.of("attempt", 2)))
                        .build())
                .timestamp(Instant.parse("2026-03-01T10:15:30.250Z"))
                .build();
    }

    @Test
    void builderStatementSerialisesAndValidates() {
        Statement statement = quizAnswer();
        JsonNode json = XapiJson.toTree(statement);

        assertThat(json.at("/actor/objectType").stringValue()).isEqualTo("Agent");
        assertThat(json.at("/actor/account/name").stringValue()).isEqualTo("user-4711");
        assertThat(json.at("/object/definition/interactionType").stringValue()).isEqualTo("choice");
        assertThat(json.at("/result/duration").stringValue()).isEqualTo("PT1H0.5S");
        assertThat(json.at("/result/score/scaled").toString()).isEqualTo("0.95");
        assertThat(json.at("/result/extensions").toString()).isEqualTo("{\"urn:x:y\":1.0}");
        assertThat(json.at("/context/registration").stringValue()).isEqualTo(REGISTRATION.toString());
        assertThat(json.at("/context/contextActivities/grouping/0/id").stringValue()).isEqualTo(COURSE);
        assertThat(json.at("/context/extensions/urn:x:y/attempt").intValue()).isEqualTo(2);
        assertThat(json.at("/timestamp").stringValue()).isEqualTo("2026-03-01T10:15:30.250Z");
        assertThat(json.toString()).doesNotContain("null");

        for (XapiVersion version : XapiVersion.values()) {
            assertThat(validator.validate(statement, version)).as(version.toString()).isEmpty();
        }
        assertThat(XapiJson.parse(XapiJson.toJson(statement))).isEqualTo(statement);
    }

    @Test
    void otherBuilderShapesValidate() {
        Agent learner = Agent.withMbox("Ada", "ada@example.org");
        Statement voiding = Statement.builder().actor(learner)
                .verb(Verb.of(Verb.VOIDED, "en-US", "voided")).object(StatementRef.of(ID)).build();
        Statement planned = Statement.builder().actor(Group.anonymous("Team", List.of(learner, Agent.withOpenid(null, "http://openid.example.org/b"))))
                .verb(Verb.of("http://example.com/planned"))
                .object(SubStatement.of(learner, Verb.of("http://example.com/visited"), Activity.of("http://example.com/site")))
                .result(Result.builder().duration(Duration.ofMillis(3_600_500)).build())
                .build();
        Statement withAttachment = quizAnswer().toBuilder().attachments(List.of(new Attachment(
                Attachment.SIGNATURE_USAGE_TYPE, LanguageMap.of("en-US", "Signature"), null, "application/octet-stream",
                4235L, "672fa5fa658017f1b72d65036f13379c6ab05d4ab3b6664908d8acf0b6a0c634", null))).version("1.0.0").build();
        Statement xapi2 = quizAnswer().toBuilder().context(Context.builder()
                .contextAgents(List.of(ContextAgent.of(Agent.withMboxSha1sum(null, "ebd31e95054c018b10727ccffd2ef2ec3a016ee9"),
                        List.of("https://academy.example.org/xapi/types/mentor")))).build()).version("2.0.0").build();

        for (Statement s : List.of(voiding, planned, withAttachment)) {
            assertThat(validator.validate(s, XapiVersion.V1_0_3)).as(XapiJson.toJson(s)).isEmpty();
        }
        assertThat(XapiJson.toJson(planned)).contains("\"duration\":\"PT1H0.5S\"");
        assertThat(validator.validate(xapi2, XapiVersion.V2_0_0)).isEmpty();
        assertThat(validator.validate(xapi2, XapiVersion.V1_0_3)).extracting(Violation::path)
                .contains("context.contextAgents", "version");
    }

    @Test
    void requireValidThrowsForIncompleteStatements() {
        Statement incomplete = Statement.builder().verb(Verb.of("not an iri")).build();
        assertThatThrownBy(() -> validator.requireValid(incomplete, XapiVersion.V1_0_3))
                .isInstanceOf(InvalidStatementException.class)
                .hasMessageStartingWith("Invalid xAPI statement: ")
                .hasMessageContaining("actor: is required")
                .satisfies(e -> assertThat(((InvalidStatementException) e).violations()).extracting(Violation::path)
                        .contains("actor", "object", "verb.id"));
    }
}
