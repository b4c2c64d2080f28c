package org.networkacademy.xapi.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.networkacademy.xapi.model.XapiTestData.assertSameJson;

/** Parsing and serialising the model with {@link XapiJson}: lossless round trips (xAPI 1.0.3 Data §2.2, §2.3.1). */
class XapiJsonTest {

    static Stream<String> statementFiles() {
        return Stream.concat(XapiTestData.list("spec-examples", ".json").stream(),
                XapiTestData.list("invalid", ".json").stream());
    }

    @ParameterizedTest
    @MethodSource("statementFiles")
    void everyExampleRoundTripsExactly(String file) {
        String text = XapiTestData.read(file);
        JsonNode original = XapiJson.readTree(text);

        Statement statement = XapiJson.parse(text);

        assertSameJson(original, XapiJson.toTree(statement), file);
        assertSameJson(original, XapiJson.readTree(XapiJson.toJson(statement)), file);
        assertThat(XapiJson.parse(XapiJson.toJson(statement))).isEqualTo(statement);
    }

    @Test
    void numbersKeepTheirDigits() {
        String json = """
                {"actor":{"mbox":"mailto:a@example.com"},"verb":{"id":"http://example.com/v"},
                 "object":{"id":"http://example.com/a"},
                 "result":{"score":{"scaled":1.0,"raw":0.95,"min":-1.50,"max":1E+2},
                           "extensions":{"urn:x:y":[1.0,0.95,12345678901234567890123,3.14159265358979323846264338327950288]}}}""";
        Statement statement = XapiJson.parse(json);

        assertThat(statement.result().score().scaled()).isEqualTo(new BigDecimal("1.0"));
        assertThat(statement.result().score().raw()).isEqualTo(new BigDecimal("0.95"));
        String out = XapiJson.toJson(statement);
        assertThat(out).contains("\"scaled\":1.0", "\"raw\":0.95", "\"min\":-1.50",
                "[1.0,0.95,12345678901234567890123,3.14159265358979323846264338327950288]");
        assertSameJson(XapiJson.readTree(json), XapiJson.readTree(out), "$");
    }

    @Test
    void durationsTimestampsAndIdsStayAsSent() {
        String json = """
                {"id":"6690E6C9-3EF0-4ED3-8B37-7F3964730BEE","actor":{"mbox":"mailto:a@example.com"},
                 "verb":{"id":"http://example.com/v"},"object":{"id":"http://example.com/a"},
                 "result":{"duration":"PT1H0.5S"},"timestamp":"2013-05-18T05:32:34.804+00:00",
                 "stored":"20130518T053235Z"}""";
        Statement statement = XapiJson.parse(json);

        assertThat(statement.result().duration()).isEqualTo("PT1H0.5S");
        assertThat(statement.timestamp()).isEqualTo("2013-05-18T05:32:34.804+00:00");
        assertThat(statement.timestampInstant()).contains(Instant.parse("2013-05-18T05:32:34.804Z"));
        assertThat(statement.storedInstant()).contains(Instant.parse("2013-05-18T05:32:35Z"));
        assertThat(statement.id()).isEqualTo("6690E6C9-3EF0-4ED3-8B37-7F3964730BEE");
        assertThat(statement.idAsUuid()).contains(UUID.fromString("6690e6c9-3ef0-4ed3-8b37-7f3964730bee"));
        assertThat(XapiJson.toJson(statement)).contains("\"PT1H0.5S\"", "\"2013-05-18T05:32:34.804+00:00\"",
                "\"6690E6C9-3EF0-4ED3-8B37-7F3964730BEE\"");
    }

    @Test
    void extensionKeysAreIriStringsAndValuesStayJson() {
        String json = """
                {"actor":{"mbox":"mailto:a@example.com"},"verb":{"id":"http://example.com/v"},
                 "object":{"id":"http://example.com/a"},
                 "context":{"extensions":{"urn:x:y":{"nested":[true,null]},"tag:example.com,2024:ext":null,
                                          "http://example.com/e":"v"}}}""";
        Extensions extensions = XapiJson.parse(json).context().extensions();

        assertThat(extensions.keys()).containsExactly("urn:x:y", "tag:example.com,2024:ext", "http://example.com/e");
        assertThat(extensions.get("urn:x:y").get("nested").get(1).isNull()).isTrue();
        assertThat(extensions.get("tag:example.com,2024:ext").isNull()).isTrue();
        assertSameJson(XapiJson.readTree(json), XapiJson.toTree(XapiJson.parse(json)), "$");
    }

    @Test
    void languageMapsKeepOrderAndTagCase() {
        String json = """
                {"actor":{"mbox":"mailto:a@example.com"},
                 "verb":{"id":"http://example.com/v","display":{"zh-Hant":"a","EN-gb":"b","de":"c"}},
                 "object":{"id":"http://example.com/a"}}""";
        LanguageMap display = XapiJson.parse(json).verb().display();

        assertThat(display.languageTags()).containsExactly("zh-Hant", "EN-gb", "de");
        assertThat(display.get("EN-gb")).isEqualTo("b");
        assertThat(display.get("en-GB")).isNull();
        assertThat(XapiJson.toJson(XapiJson.parse(json))).contains("{\"zh-Hant\":\"a\",\"EN-gb\":\"b\",\"de\":\"c\"}");
    }

    @Test
    void objectTypeSelectsTheModelType() {
        Statement plain = XapiJson.parse(XapiTestData.read("spec-examples/01-simple.json"));
        assertThat(plain.object()).isInstanceOfSatisfying(Activity.class, a -> assertThat(a.objectType()).isNull());
        assertThat(plain.actor()).isInstanceOf(Agent.class);

        Statement group = XapiJson.parse(XapiTestData.read("spec-examples/03-long-group-actor-context-extensions.json"));
        assertThat(group.actor()).isInstanceOfSatisfying(Group.class, g -> assertThat(g.member()).hasSize(3));
        assertThat(group.context().team().mbox()).isEqualTo("mailto:teampb@example.com");
        assertThat(group.context().instructor()).isInstanceOf(Agent.class);
        assertThat(group.authority()).isInstanceOf(Agent.class);

        assertThat(XapiJson.parse(XapiTestData.read("spec-examples/04-voiding.json")))
                .satisfies(s -> assertThat(s.isVoiding()).isTrue())
                .extracting(Statement::object).isInstanceOf(StatementRef.class);
        assertThat(XapiJson.parse(XapiTestData.read("spec-examples/05-substatement.json")).object())
                .isInstanceOfSatisfying(SubStatement.class, s -> assertThat(s.object()).isInstanceOf(Activity.class));
        assertThat(XapiJson.parse(XapiTestData.read("spec-examples/10-object-is-identified-group.json")).object())
                .isInstanceOfSatisfying(Group.class, g -> assertThat(g.account().name()).isEqualTo("GroupAccount"));

        Statement agentObject = XapiJson.parse("""
                {"actor":{"objectType":"Group","member":[{"mbox":"mailto:a@example.com"}]},
                 "verb":{"id":"http://example.com/v"},"object":{"objectType":"Agent","openid":"http://id.example.com/x"}}""");
        assertThat(agentObject.actor()).isInstanceOf(Group.class);
        assertThat(agentObject.object()).isInstanceOfSatisfying(Agent.class, a -> assertThat(a.openid()).isNotNull());
    }

    @Test
    void singleContextActivityIsReadAsAList() {
        Statement statement = XapiJson.parse("""
                {"actor":{"mbox":"mailto:a@example.com"},"verb":{"id":"http://example.com/v"},
                 "object":{"id":"http://example.com/a"},
                 "context":{"contextActivities":{"parent":{"id":"http://example.com/p"}}}}""");

        assertThat(statement.context().contextActivities().parent()).containsExactly(new Activity(null, "http://example.com/p", null));
        assertThat(XapiJson.toJson(statement)).contains("\"parent\":[{\"id\":\"http://example.com/p\"}]");
    }

    @Test
    void xapi2ContextAgentsAndGroupsRoundTrip() {
        String json = """
                {"actor":{"mbox":"mailto:a@example.com"},"verb":{"id":"http://example.com/v"},
                 "object":{"id":"http://example.com/a"},"version":"2.0.0",
                 "context":{"contextAgents":[{"objectType":"contextAgent","agent":{"mbox":"mailto:b@example.com"},
                                              "relevantTypes":["http://example.com/types/mentor"]}],
                            "contextGroups":[{"objectType":"contextGroup",
                                              "group":{"objectType":"Group","member":[{"mbox":"mailto:c@example.com"}]}}]}}""";
        Context context = XapiJson.parse(json).context();

        assertThat(context.contextAgents().getFirst().agent().mbox()).isEqualTo("mailto:b@example.com");
        assertThat(context.contextGroups().getFirst().group().member()).hasSize(1);
        assertSameJson(XapiJson.readTree(json), XapiJson.toTree(XapiJson.parse(json)), "$");
    }

    @Test
    void unknownPropertiesAreIgnoredByTheModel() {
        Statement statement = XapiJson.parse("""
                {"actor":{"mbox":"mailto:a@example.com","foo":1},"verb":{"id":"http://example.com/v"},
                 "object":{"id":"http://example.com/a"},"bar":{"x":1}}""");
        assertThat(XapiJson.toJson(statement)).doesNotContain("foo", "bar");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "[]", "null", "42", "\"text\"", "{} {}", "{\"id\":\"a\",\"id\":\"b\"}",
            "{\"actor\":\"someone\"}", "{\"actor\":{\"objectType\":\"Person\"}}", "{\"object\":[1]}",
            "{\"object\":{\"objectType\":\"Foo\"}}", "{\"result\":{\"success\":\"true\"}}",
            "{\"result\":{\"score\":{\"raw\":\"100\"}}}", "{\"result\":{\"response\":5}}",
            "{\"attachments\":[{\"length\":27.5}]}", "{\"verb\":{\"display\":{\"en-US\":7}}}",
            "{\"context\":{\"contextActivities\":{\"parent\":\"x\"}}}"})
    void malformedJsonAndWrongTypesGiveAClearException(String json) {
        assertThatThrownBy(() -> XapiJson.parse(json)).isInstanceOf(XapiJsonException.class)
                .hasMessageMatching("(Malformed JSON|Invalid xAPI statement|An xAPI statement must be a JSON object).*");
    }

    @Test
    void typeErrorMessagesNameThePropertyPath() {
        assertThatThrownBy(() -> XapiJson.parse("{\"result\":{\"score\":{\"raw\":\"100\"}}}"))
                .hasMessageContaining("result.score.raw");
        assertThatThrownBy(() -> XapiJson.parse("{\"attachments\":[{\"length\":\"27\"}]}"))
                .hasMessageContaining("attachments[0].length");
    }

    @Test
    void annotationsAlsoWorkWithAPlainJackson3Mapper() {
        JsonMapper plain = JsonMapper.builder().build();
        for (String file : XapiTestData.list("spec-examples", ".json")) {
            String text = XapiTestData.read(file);
            Statement viaPlain = plain.readValue(text, Statement.class);
            assertThat(viaPlain).as(file).isEqualTo(XapiJson.parse(text));
            assertSameJson(XapiJson.readTree(text), XapiJson.readTree(plain.writeValueAsString(viaPlain)), file);
        }
    }

    @Test
    void modelCollectionsAreImmutable() {
        Statement statement = XapiJson.parse(XapiTestData.read("spec-examples/03-long-group-actor-context-extensions.json"));
        List<Agent> members = ((Group) statement.actor()).member();
        assertThatThrownBy(() -> members.add(Agent.withMbox(null, "x@example.com")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> statement.verb().display().asMap().put("fr", "x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private static String readString(java.nio.file.Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
