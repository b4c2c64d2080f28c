package org.networkacademy.xapi.forwarding;

import org.junit.jupiter.api.Test;
import org.networkacademy.xapi.XapiProfile;
import org.networkacademy.xapi.model.XapiJson;
import org.networkacademy.xapi.validation.StatementValidator;
import org.networkacademy.xapi.validation.XapiVersion;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link StatementDownConversion}: what a 1.0.3 LRS would refuse is converted, nothing else changes by a byte. The
 * inputs are written the way {@code StatementStore} writes {@code full_json} (compact JSON, checked by {@link #stored}),
 * so the expected outputs can be spelled out as text.
 */
class StatementDownConversionTest {

    private static final String AGENTS = XapiProfile.EXT_CONTEXT_AGENTS;
    private static final String GROUPS = XapiProfile.EXT_CONTEXT_GROUPS;

    private static final String ACTOR = "{\"objectType\":\"Agent\",\"mbox\":\"mailto:learner@example.org\",\"name\":\"Ünïcødé \\\"Learner\\\"\"}";
    private static final String VERB = "{\"id\":\"http://adlnet.gov/expapi/verbs/completed\",\"display\":{\"en-US\":\"completed\",\"zh-Hans-CN\":\"完成\"}}";
    private static final String OBJECT = "{\"id\":\"https://example.org/activities/1\",\"definition\":{\"name\":{\"en-GB\":\"Lesson 1\"}}}";
    /** Properties whose text must survive exactly: a duration, exact decimals, an exponent, an odd extension key. */
    private static final String RESULT = "{\"duration\":\"PT1H0.5S\",\"score\":{\"scaled\":1.0,\"raw\":7.50,\"min\":0,\"max\":10},"
            + "\"success\":true,\"extensions\":{\"urn:x:y\":{\"n\":12345678901234567890.10,\"e\":1E+2,\"s\":\"line\\nbreak\\\\\"}}}";
    private static final String CONTEXT_AGENTS = "[{\"objectType\":\"contextAgent\",\"agent\":{\"objectType\":\"Agent\","
            + "\"mbox\":\"mailto:coach@example.org\"},\"relevantTypes\":[\"https://example.org/types/coach\"]}]";
    private static final String CONTEXT_GROUPS = "[{\"objectType\":\"contextGroup\",\"group\":{\"objectType\":\"Group\","
            + "\"member\":[{\"mbox\":\"mailto:a@example.org\"},{\"account\":{\"homePage\":\"https://example.org\",\"name\":\"b\"}}]},"
            + "\"relevantTypes\":[\"https://example.org/types/peers\"]}]";
    private static final String AUTHORITY = "{\"objectType\":\"Agent\",\"name\":\"client\",\"account\":{\"homePage\":\"https://na.example.org\",\"name\":\"c1\"}}";
    private static final String TAIL = ",\"timestamp\":\"2026-11-29T15:00:01.123+02:00\",\"stored\":\"2026-11-29T13:00:02.000Z\","
            + "\"authority\":" + AUTHORITY;

    private final StatementValidator validator = new StatementValidator();

    /** @return a statement with the given version (null: none) and context (null: none), as StatementStore stores it */
    private static String statement(String version, String context) {
        return stored("{\"id\":\"6fbd7c4a-5d0f-4cb1-9a57-3d6d3b9c0e11\",\"actor\":" + ACTOR + ",\"verb\":" + VERB + ",\"object\":" + OBJECT
                + ",\"result\":" + RESULT + (context == null ? "" : ",\"context\":" + context) + TAIL
                + (version == null ? "" : ",\"version\":\"" + version + "\"") + "}");
    }

    /** Checks that {@code json} is a fixed point of StatementStore's writer (read with XapiJson, JsonNode.toString()). */
    private static String stored(String json) {
        assertThat(XapiJson.readTree(json).toString()).as("test input written as StatementStore writes it").isEqualTo(json);
        return json;
    }

    private void assertValid(String json, XapiVersion version) {
        assertThat(validator.validate(XapiJson.readTree(json), version)).as("%s: %s", version, json).isEmpty();
    }

    @Test
    void a2_0_0VersionBecomes1_0_0AndNothingElseChanges() {
        for (String version : new String[]{"2.0.0", "2.0", "2.0.7"}) {
            String in = statement(version, "{\"registration\":\"0d9ba5f4-66a5-4b7c-8a63-0c2e3c7c9a10\"}");
            assertThat(StatementDownConversion.toVersion1(in)).as(version)
                    .isEqualTo(in.replace("\"version\":\"" + version + "\"", "\"version\":\"1.0.0\""));
        }
    }

    @Test
    void contextAgentsAndGroupsMoveIntoContextExtensionsWithTheirValuesIntact() {
        String in = statement("2.0.0", "{\"registration\":\"0d9ba5f4-66a5-4b7c-8a63-0c2e3c7c9a10\",\"contextAgents\":" + CONTEXT_AGENTS
                + ",\"contextGroups\":" + CONTEXT_GROUPS + ",\"platform\":\"Network Academy\",\"extensions\":{\"urn:x:y\":1.50}}");
        assertValid(in, XapiVersion.V2_0_0);
        assertThat(validator.validate(XapiJson.readTree(in), XapiVersion.V1_0_3)).as("a 1.0.3 LRS refuses it").isNotEmpty();

        String out = StatementDownConversion.toVersion1(in);

        assertThat(out).isEqualTo(statement("1.0.0", "{\"registration\":\"0d9ba5f4-66a5-4b7c-8a63-0c2e3c7c9a10\","
                + "\"platform\":\"Network Academy\",\"extensions\":{\"urn:x:y\":1.50,\"" + AGENTS + "\":" + CONTEXT_AGENTS
                + ",\"" + GROUPS + "\":" + CONTEXT_GROUPS + "}}"));
        JsonNode extensions = XapiJson.readTree(out).path("context").path("extensions");
        assertThat(extensions.get(AGENTS)).isEqualTo(XapiJson.readTree(CONTEXT_AGENTS));
        assertThat(extensions.get(GROUPS)).isEqualTo(XapiJson.readTree(CONTEXT_GROUPS));
        assertValid(out, XapiVersion.V1_0_3);
    }

    @Test
    void aContextWithoutExtensionsGetsThemAtItsEnd() {
        String in = statement("2.0.0", "{\"contextGroups\":" + CONTEXT_GROUPS + ",\"language\":\"fr-FR\"}");
        assertThat(StatementDownConversion.toVersion1(in))
                .isEqualTo(statement("1.0.0", "{\"language\":\"fr-FR\",\"extensions\":{\"" + GROUPS + "\":" + CONTEXT_GROUPS + "}}"));
    }

    @Test
    void aSubStatementsContextAndTimestampAreConvertedToo() {
        String sub = "{\"objectType\":\"SubStatement\",\"actor\":" + ACTOR + ",\"verb\":" + VERB + ",\"object\":" + OBJECT
                + ",\"context\":{\"contextAgents\":" + CONTEXT_AGENTS + ",\"extensions\":{\"urn:x:y\":\"kept\"}},"
                + "\"timestamp\":\"2026-11-29 10:00:00.5-05:00\"}";
        String in = stored("{\"id\":\"0c6c1b8e-2a5f-4f43-8f4b-1f1e0c2d3a4b\",\"actor\":" + ACTOR + ",\"verb\":{\"id\":\"https://example.org/verbs/planned\"},"
                + "\"object\":" + sub + ",\"context\":{\"contextAgents\":" + CONTEXT_AGENTS + "}" + TAIL + ",\"version\":\"2.0.0\"}");
        assertValid(in, XapiVersion.V2_0_0);

        String out = StatementDownConversion.toVersion1(in);

        String subOut = sub.replace("\"contextAgents\":" + CONTEXT_AGENTS + ",", "")
                .replace("\"kept\"}", "\"kept\",\"" + AGENTS + "\":" + CONTEXT_AGENTS + "}")
                .replace("2026-11-29 10:00:00.5-05:00", "2026-11-29T10:00:00.5-05:00");
        assertThat(out).isEqualTo(in.replace(sub, subOut)
                .replace("\"context\":{\"contextAgents\":" + CONTEXT_AGENTS + "}", "\"context\":{\"extensions\":{\"" + AGENTS + "\":" + CONTEXT_AGENTS + "}}")
                .replace("\"version\":\"2.0.0\"", "\"version\":\"1.0.0\""));
        assertValid(out, XapiVersion.V1_0_3);
    }

    @Test
    void aTimestampWithASpaceGetsATAndKeepsItsOffsetAndFraction() {
        String in = statement("2.0.0", null).replace("2026-11-29T15:00:01.123+02:00", "2026-11-29 15:00:01.123+02:00");
        assertValid(in, XapiVersion.V2_0_0);
        assertThat(StatementDownConversion.toVersion1(in)).isEqualTo(statement("1.0.0", null));
    }

    @Test
    void aStatementWithVersion1_0AndContextAgentsIsConvertedButKeepsItsVersion() {
        // A 2.0.0 request may store a statement that says version 1.0.0 and still uses contextAgents.
        String in = statement("1.0.0", "{\"contextAgents\":" + CONTEXT_AGENTS + "}");
        assertValid(in, XapiVersion.V2_0_0);
        String out = StatementDownConversion.toVersion1(in);
        assertThat(out).isEqualTo(statement("1.0.0", "{\"extensions\":{\"" + AGENTS + "\":" + CONTEXT_AGENTS + "}}"));
        assertValid(out, XapiVersion.V1_0_3);
    }

    @Test
    void anExtensionAlreadyUnderOurKeyIsNeverOverwritten() {
        // Same value (converted before): contextAgents is just dropped, nothing is duplicated.
        String same = statement("2.0.0", "{\"contextAgents\":" + CONTEXT_AGENTS + ",\"extensions\":{\"" + AGENTS + "\":" + CONTEXT_AGENTS + "}}");
        assertThat(StatementDownConversion.toVersion1(same))
                .isEqualTo(statement("1.0.0", "{\"extensions\":{\"" + AGENTS + "\":" + CONTEXT_AGENTS + "}}"));

        // Other values under the key and under -2: the array goes under the first free key, -3.
        String other = statement("2.0.0", "{\"contextAgents\":" + CONTEXT_AGENTS + ",\"extensions\":{\"" + AGENTS + "\":\"someone else's\",\""
                + AGENTS + "-2\":[]}}");
        String out = StatementDownConversion.toVersion1(other);
        assertThat(out).isEqualTo(statement("1.0.0", "{\"extensions\":{\"" + AGENTS + "\":\"someone else's\",\"" + AGENTS + "-2\":[],\""
                + AGENTS + "-3\":" + CONTEXT_AGENTS + "}}"));
        assertValid(out, XapiVersion.V1_0_3);

        // -2 already holding the same value (converted before, with the collision): dropped, not copied to -3.
        String again = statement("2.0.0", "{\"contextAgents\":" + CONTEXT_AGENTS + ",\"extensions\":{\"" + AGENTS + "\":\"someone else's\",\""
                + AGENTS + "-2\":" + CONTEXT_AGENTS + "}}");
        assertThat(StatementDownConversion.toVersion1(again)).isEqualTo(statement("1.0.0", "{\"extensions\":{\"" + AGENTS
                + "\":\"someone else's\",\"" + AGENTS + "-2\":" + CONTEXT_AGENTS + "}}"));
    }

    @Test
    void aSignedStatementIsSentAsStored() {
        String in = statement("2.0.0", "{\"contextAgents\":" + CONTEXT_AGENTS + "}").replace(",\"authority\":",
                ",\"attachments\":[{\"usageType\":\"http://adlnet.gov/expapi/attachments/signature\",\"display\":{\"en-US\":\"signature\"},"
                        + "\"contentType\":\"application/octet-stream\",\"length\":512,\"sha2\":\"" + "ab".repeat(32) + "\"}],\"authority\":");
        stored(in);
        assertThat(StatementDownConversion.toVersion1(in)).isSameAs(in);
    }

    @Test
    void statementsA1_0_3LrsAcceptsAreReturnedAsTheyAre() {
        for (String in : new String[]{statement("1.0.0", null), statement(null, "{\"registration\":\"0d9ba5f4-66a5-4b7c-8a63-0c2e3c7c9a10\"}"),
                statement("1.0.3", "{\"extensions\":{\"urn:x:y\":{\"version\":\"2.0.0\",\"contextAgents\":[]}}}")}) {
            assertValid(in, XapiVersion.V1_0_3);
            assertThat(StatementDownConversion.toVersion1(in)).isSameAs(in);
        }
        assertThat(StatementDownConversion.toVersion1(null)).isNull();
        assertThat(StatementDownConversion.toVersion1("not json \"contextAgents\"")).isEqualTo("not json \"contextAgents\"");
    }

    @Test
    void onlyTextThatMayNeedItIsParsed() {
        // the sender's hot path: an ordinary statement is recognised without parsing
        assertThat(StatementDownConversion.mayNeedConversion(statement("1.0.0", "{\"registration\":\"0d9ba5f4-66a5-4b7c-8a63-0c2e3c7c9a10\"}"))).isFalse();
        assertThat(StatementDownConversion.mayNeedConversion(statement("2.0.0", null))).isTrue();
        assertThat(StatementDownConversion.mayNeedConversion(statement("1.0.0", "{\"contextGroups\":" + CONTEXT_GROUPS + "}"))).isTrue();
        assertThat(StatementDownConversion.mayNeedConversion(statement("1.0.0", null)
                .replace("2026-11-29T15:00:01.123+02:00", "2026-11-29 15:00:01.123+02:00"))).isTrue();
    }
}
