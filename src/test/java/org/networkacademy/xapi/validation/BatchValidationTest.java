package org.networkacademy.xapi.validation;

import org.junit.jupiter.api.Test;
import org.networkacademy.xapi.model.XapiJson;
import org.networkacademy.xapi.model.XapiTestData;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Request bodies with several statements (xAPI 1.0.3 Communication §2.1.1, §2.1.2). */
class BatchValidationTest {

    private final StatementValidator validator = new StatementValidator();

    @Test
    void arrayViolationsAreIndexed() {
        ArrayNode batch = JsonNodeFactory.instance.arrayNode()
                .add(XapiTestData.json("spec-examples/01-simple.json"))
                .add(XapiTestData.json("invalid/02-mbox-without-mailto.json"));
        assertThat(validator.validateBatch(batch, XapiVersion.V1_0_3)).extracting(Violation::path).containsExactly("[1].actor.mbox");
    }

    @Test
    void duplicateIdsInOneBatchAreRejected() {
        ObjectNode first = Fixtures.base();
        ObjectNode second = Fixtures.base();
        second.put("id", first.get("id").stringValue().toUpperCase());
        ArrayNode batch = JsonNodeFactory.instance.arrayNode().add(first).add(Fixtures.statement(
                XapiJson.toJson(XapiJson.parse(XapiTestData.read("spec-examples/01-simple.json"))))).add(second);
        assertThat(validator.validateBatch(batch, XapiVersion.V1_0_3)).extracting(Violation::path).containsExactly("[2].id");
    }

    @Test
    void singleObjectsAndOtherShapes() {
        assertThat(validator.validateBatch(Fixtures.base(), XapiVersion.V2_0_0)).isEmpty();
        assertThat(validator.validateBatch(JsonNodeFactory.instance.arrayNode(), XapiVersion.V1_0_3)).isEmpty();
        assertThat(validator.validateBatch(XapiJson.readTree("[null, 1, []]"), XapiVersion.V1_0_3))
                .extracting(Violation::path).containsExactly("[0]", "[1]", "[2]");
        assertThat(validator.validateBatch(XapiJson.readTree("\"x\""), XapiVersion.V1_0_3)).isNotEmpty();
    }
}
