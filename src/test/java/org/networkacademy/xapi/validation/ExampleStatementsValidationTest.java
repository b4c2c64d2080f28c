package org.networkacademy.xapi.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.networkacademy.xapi.model.XapiJson;
import org.networkacademy.xapi.model.XapiTestData;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.networkacademy.xapi.model.XapiTestData.assertSameJson;

/** The shared spec examples validate; each file of {@code invalid/} is rejected at the property its README names. */
class ExampleStatementsValidationTest {

    private final StatementValidator validator = new StatementValidator();

    static Stream<String> specExamples() {
        return XapiTestData.list("spec-examples", ".json").stream();
    }

    @ParameterizedTest
    @MethodSource("specExamples")
    void specExamplesHaveNoViolations(String file) {
        JsonNode statement = XapiTestData.json(file);
        for (XapiVersion version : XapiVersion.values()) {
            assertThat(validator.validate(statement, version)).as(file + " under " + version).isEmpty();
        }
    }

    /**
     * 09-converted-from-0.9.json is the spec's statement converted from 0.9 to 1.0.0 (Communication Appendix A):
     * its {@code tag:} activity id is an absolute IRI, so it is valid like the other examples.
     */
    @Test
    void convertedStatementUsesATagIriAndIsValid() {
        JsonNode statement = XapiTestData.json("spec-examples/09-converted-from-0.9.json");
        assertThat(statement.at("/context/contextActivities/parent/0/id").stringValue()).startsWith("tag:");
        assertThat(validator.validate(statement, XapiVersion.V1_0_3)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "spec-examples/07-attachment-request.multipart | spec-examples/07-attachment-statement.json",
            "spec-examples/07-attachment-request-simple-boundary.multipart | spec-examples/07-attachment-statement.json",
            "spec-examples/08-signed-request.multipart | spec-examples/08-signed-statement.json"})
    void multipartBodiesCarryTheJsonExampleStatements(String multipart, String json) {
        String body = XapiTestData.read(multipart);
        int start = body.indexOf('{');
        int end = body.indexOf("\r\n--", start);
        JsonNode part = XapiJson.readTree(body.substring(start, end));
        assertSameJson(XapiTestData.json(json), part, multipart);
        assertThat(validator.validate(part, XapiVersion.V1_0_3)).isEmpty();
    }

    @Test
    void signedStatementJwsPayloadIsAValidStatementAndMatchesTheAttachmentHash() throws Exception {
        String jws = XapiTestData.read("spec-examples/08-signed-statement.jws").strip();
        String[] parts = jws.split("\\.");
        JsonNode payload = XapiJson.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        assertThat(validator.validate(payload, XapiVersion.V1_0_3)).isEmpty();

        JsonNode signed = XapiTestData.json("spec-examples/08-signed-statement.json");
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(XapiTestData.read("spec-examples/08-signed-statement.jws")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(HexFormat.of().formatHex(digest)).isEqualTo(signed.at("/attachments/0/sha2").stringValue());
    }

    @ParameterizedTest
    @EnumSource(XapiVersion.class)
    void validBaseHasNoViolations(XapiVersion version) {
        assertThat(validator.validate(XapiTestData.json("invalid/00-valid-base.json"), version)).isEmpty();
    }

    /** Expected path and rule wording per file, from invalid/README.md. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "01-missing-actor.json                | actor                             | is required",
            "02-mbox-without-mailto.json          | actor.mbox                        | mailto:",
            "03-verb-without-id.json              | verb.id                           | is required",
            "04-invalid-timestamp.json            | timestamp                         | ISO 8601",
            "05-timestamp-negative-zero-offset.json | timestamp                       | -00:00",
            "06-invalid-duration.json             | result.duration                   | ISO 8601 duration",
            "07-extension-key-not-iri.json        | result.extensions[\"should fail\"] | IRI",
            "08-wrong-version.json                | version                           | \"1.0\"",
            "09-agent-mbox-and-account.json       | actor                             | inverse functional identifier",
            "10-registration-not-uuid.json        | context.registration              | UUID",
            "11-scaled-out-of-range.json          | result.score.scaled               | between -1 and 1",
            "12-invalid-language-tag.json         | verb.display[\"a12345\"]            | RFC 5646"})
    void eachInvalidFileIsRejectedAtTheNamedProperty(String file, String path, String rule) {
        JsonNode statement = XapiTestData.json("invalid/" + file);
        for (XapiVersion version : XapiVersion.values()) {
            List<Violation> violations = validator.validate(statement, version);
            assertThat(violations).as(file + " under " + version).hasSize(1);
            Violation violation = violations.getFirst();
            assertThat(violation.path()).isEqualTo(path);
            assertThat(violation.message()).startsWith(path + ": ").contains(rule).contains("(xAPI 1.0.3 Data ");
            assertThatThrownBy(() -> validator.requireValid(statement, version))
                    .isInstanceOf(InvalidStatementException.class)
                    .hasMessageContaining(violation.message());
        }
    }

    @Test
    void everyInvalidFileIsCovered() {
        assertThat(XapiTestData.list("invalid", ".json")).hasSize(13);
    }
}
