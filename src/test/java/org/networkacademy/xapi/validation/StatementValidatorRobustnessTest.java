package org.networkacademy.xapi.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.networkacademy.xapi.model.XapiJson;
import org.networkacademy.xapi.model.XapiTestData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** The validator reports, never throws, whatever JSON it is given. */
class StatementValidatorRobustnessTest {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private final StatementValidator validator = new StatementValidator();

    @ParameterizedTest
    @ValueSource(strings = {"null", "true", "0", "-1.5e300", "\"statement\"", "[]", "[{}]", "[null]", "{}",
            "{\"actor\":null,\"verb\":null,\"object\":null}", "{\"actor\":[],\"verb\":[],\"object\":[]}",
            "{\"actor\":1,\"verb\":\"v\",\"object\":true}", "{\"actor\":{},\"verb\":{},\"object\":{}}",
            "{\"actor\":{\"objectType\":null},\"verb\":{\"id\":null},\"object\":{\"objectType\":null}}",
            "{\"actor\":{\"objectType\":[]},\"verb\":{\"id\":[]},\"object\":{\"objectType\":{}}}",
            "{\"actor\":{\"objectType\":\"Group\",\"member\":[1,\"a\",null,[],{}]},\"verb\":{\"display\":[]},\"object\":{\"definition\":[]}}",
            "{\"object\":{\"objectType\":\"SubStatement\",\"object\":{\"objectType\":\"SubStatement\",\"object\":{\"objectType\":\"SubStatement\"}}}}",
            "{\"object\":{\"objectType\":\"SubStatement\",\"actor\":null,\"verb\":[],\"object\":null,\"context\":[]}}",
            "{\"result\":{\"score\":{\"scaled\":\"x\",\"raw\":[],\"min\":{},\"max\":null}}}",
            "{\"result\":{\"score\":{\"scaled\":1e400,\"raw\":-1e400,\"min\":123456789012345678901234567890}}}",
            "{\"context\":{\"contextActivities\":{\"parent\":[1,null,\"x\",[]],\"other\":7}}}",
            "{\"context\":{\"instructor\":[],\"team\":1,\"statement\":[],\"extensions\":[],\"language\":{}}}",
            "{\"context\":{\"contextAgents\":[1,null,{}],\"contextGroups\":\"x\"}}",
            "{\"attachments\":[null,1,[],{\"length\":{},\"display\":[],\"sha2\":null}]}",
            "{\"attachments\":{}}", "{\"timestamp\":{},\"stored\":[],\"version\":null,\"id\":[]}",
            "{\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/voided\"},\"object\":[]}",
            "{\"object\":{\"definition\":{\"interactionType\":null,\"choices\":[null,1,{\"id\":null}],\"scale\":{},\"steps\":\"s\"}}}",
            "{\"object\":{\"definition\":{\"name\":{\"\":null},\"description\":{\"en\":[]},\"extensions\":{\"\":null}}}}",
            "{\"authority\":{\"objectType\":\"Group\",\"member\":null}}", "{\"\":\"\"}", "{\"actor\":{\"account\":[]}}",
            "{\"actor\":{\"account\":{\"homePage\":[],\"name\":null}}}", "{\"actor\":{\"mbox\":[],\"openid\":{},\"mbox_sha1sum\":1}}"})
    void malformedShapesAreReportedNotThrown(String json) {
        JsonNode node = XapiJson.readTree(json);
        for (XapiVersion version : XapiVersion.values()) {
            List<Violation> violations = validator.validate(node, version);
            assertThat(violations).as(json).isNotEmpty();
            assertThat(violations).noneMatch(v -> v.message().contains("could not be validated"));
        }
    }

    @Test
    void javaNullAndMissingNodes() {
        assertThat(validator.validate((JsonNode) null, XapiVersion.V1_0_3)).extracting(Violation::path).containsExactly("$");
        assertThat(validator.validate(F.missingNode(), XapiVersion.V1_0_3)).extracting(Violation::path).containsExactly("$");
        assertThat(validator.validate(NullNode.getInstance(), XapiVersion.V2_0_0)).isNotEmpty();
    }

    @Test
    void deeplyNestedJunkDoesNotBreakTheValidator() {
        JsonNode deep = F.stringNode("bottom");
        for (int i = 0; i < 5_000; i++) {
            deep = i % 2 == 0 ? F.arrayNode().add(deep) : F.objectNode().set("member", deep);
        }
        ObjectNode statement = Fixtures.base();
        statement.set("actor", F.objectNode().put("objectType", "Group").set("member", F.arrayNode().add(deep)));
        ((ObjectNode) statement.get("result")).set("extensions", F.objectNode().set("http://example.com/deep", deep));
        statement.set("object", nestedSubStatements(200));
        JsonNode finalStatement = statement;
        assertThatCode(() -> validator.validate(finalStatement, XapiVersion.V1_0_3)).doesNotThrowAnyException();
        assertThat(validator.validate(finalStatement, XapiVersion.V1_0_3)).isNotEmpty();
    }

    /** Replaces every node of every example, one at a time, with each junk value: thousands of shapes. */
    @Test
    void everyNodeOfEveryExampleReplacedByJunk() {
        List<JsonNode> junk = List.of(NullNode.getInstance(), F.arrayNode(), F.objectNode(), F.numberNode(0),
                F.stringNode(""), F.booleanNode(true), F.arrayNode().add(F.objectNode().putNull("x")));
        int checked = 0;
        for (String file : XapiTestData.list("spec-examples", ".json")) {
            JsonNode example = XapiTestData.json(file);
            for (String pointer : pointers(example, "")) {
                for (JsonNode value : junk) {
                    JsonNode mutated = replace(example, pointer, value);
                    for (XapiVersion version : XapiVersion.values()) {
                        List<Violation> violations = validator.validate(mutated, version);
                        assertThat(violations).as(file + pointer).noneMatch(v -> v.message().contains("could not be validated"));
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(1_000);
    }

    private static JsonNode nestedSubStatements(int depth) {
        ObjectNode node = F.objectNode().put("id", "http://example.com/a");
        for (int i = 0; i < depth; i++) {
            ObjectNode sub = F.objectNode().put("objectType", "SubStatement");
            sub.set("object", node);
            node = sub;
        }
        return node;
    }

    private static List<String> pointers(JsonNode node, String at) {
        List<String> out = new ArrayList<>();
        if (!at.isEmpty()) {
            out.add(at);
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                out.addAll(pointers(e.getValue(), at + "/" + e.getKey().replace("~", "~0").replace("/", "~1")));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.addAll(pointers(node.get(i), at + "/" + i));
            }
        }
        return out;
    }

    private static JsonNode replace(JsonNode root, String pointer, JsonNode value) {
        JsonNode copy = root.deepCopy();
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = copy.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        }
        return copy;
    }
}
