package org.networkacademy.xapi;

import org.junit.jupiter.api.Test;
import org.networkacademy.xapi.model.XapiJson;
import org.networkacademy.xapi.model.XapiTime;
import org.networkacademy.xapi.validation.XapiFormats;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ingest path's hand-written checks (no regular expressions, no deep copy) give exactly what the code they
 * replaced gave: the same answers for the same text, and the same content hash (stored in {@code content_hash}
 * and compared with re-sends, so it must not change).
 */
class IngestFastPathsTest {

    private static final Pattern OLD_UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern OLD_NEGATIVE_ZERO = Pattern.compile(".*[T ].*-00(?::?00)?");
    private static final Pattern OLD_SIMPLE_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final JsonMapper OLD_CANONICAL = XapiJson.MAPPER.rebuild()
            .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED).build();

    /** Random strings from an alphabet rich in the characters these checks care about. */
    private static List<String> samples() {
        String alphabet = "0123456789abcdefABCDEFgxzT -:_.+\n\r\u0085\u2028\u2029Zé";
        Random random = new Random(42);
        List<String> out = new ArrayList<>(List.of("", "-00", "T-00", "T-0000", "T-00:00", " -00", "2013-05-18T05:32:34.804-00:00",
                "2013-05-18T05:32:34.804-0000", "2013-05-18T05:32:34-00", "2013-05-18 05:32:34-00:00", "20130518T053234-0000",
                "2013-05-18T05:32:34.804+00:00", "2013-05-18\nT05:32:34-00", "2013-05-18T05:32\n:34-00", "T\u2028-00",
                "T-00:00\n", "T-00-00", "T-00:0", "T-000", "a-00", "9f1c3a7e-2b4d-4c6e-8f0a-1b2c3d4e5f60",
                "9F1C3A7E-2B4D-4C6E-8F0A-1B2C3D4E5F60", "9f1c3a7e-2b4d-4c6e-8f0a-1b2c3d4e5f6", "9f1c3a7e-2b4d-4c6e-8f0a-1b2c3d4e5f6g",
                "9f1c3a7e2b4d-4c6e-8f0a-1b2c3d4e5f60-", "9f1c3a7e-2b4d-4c6e-8f0a-1b2c3d4e5f600", "_", "a", "A9_", "9a", "a-b", "é",
                "contextActivities", "http://example.org"));
        for (int i = 0; i < 200_000; i++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(40);
            for (int j = 0; j < length; j++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            out.add(s.toString());
            if (i % 4 == 0) {
                out.add(s + List.of("-00", "-0000", "-00:00").get(random.nextInt(3)));
            }
            if (i % 8 == 0) {
                out.add(java.util.UUID.randomUUID().toString().replace('a', alphabet.charAt(random.nextInt(alphabet.length()))));
            }
        }
        return out;
    }

    @Test
    void uuidNegativeZeroAndSimpleKeyChecksAnswerAsTheRegularExpressionsDid() throws Exception {
        Method simpleKey = org.networkacademy.xapi.validation.StatementValidator.class.getDeclaredMethod("isSimpleKey", String.class);
        simpleKey.setAccessible(true);
        for (String s : samples()) {
            assertThat(XapiFormats.isUuid(s)).as("isUuid %s", s).isEqualTo(OLD_UUID.matcher(s).matches());
            assertThat(XapiTime.hasNegativeZeroOffset(s)).as("hasNegativeZeroOffset %s", s).isEqualTo(OLD_NEGATIVE_ZERO.matcher(s).matches());
            assertThat(simpleKey.invoke(null, s)).as("isSimpleKey %s", s).isEqualTo(OLD_SIMPLE_KEY.matcher(s).matches());
        }
        assertThat(XapiFormats.isUuid(null)).isFalse();
        assertThat(XapiTime.hasNegativeZeroOffset(null)).isFalse();
    }

    /** The content hash as computed before (deep copy, then both properties removed). */
    private static String oldContentHash(ObjectNode statement) throws Exception {
        ObjectNode copy = statement.deepCopy();
        copy.remove(List.of("stored", "authority"));
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(OLD_CANONICAL.writeValueAsString(copy).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void contentHashIsUnchanged() throws Exception {
        List<ObjectNode> statements = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/xapi-testdata"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                JsonNode node;
                try (InputStream in = Files.newInputStream(file)) {
                    node = XapiJson.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (RuntimeException | IOException e) {
                    continue;
                }
                if (node instanceof ObjectNode o) {
                    statements.add(o);
                }
                node.forEach(n -> {
                    if (n instanceof ObjectNode o) {
                        statements.add(o);
                    }
                });
            }
        }
        statements.add((ObjectNode) XapiJson.readTree("""
                {"version":"1.0.0","stored":"2026-01-01T00:00:00Z","id":"9f1c3a7e-2b4d-4c6e-8f0a-1b2c3d4e5f60",
                 "authority":{"mbox":"mailto:a@b.c"},"actor":{"mbox":"mailto:é@b.c","name":"\\u00e9 \\ud83d\\ude00 \\"q\\" \\u2028"},
                 "verb":{"id":"http://x/v"},"object":{"id":"http://x/a","definition":{"z":1,"a":[1.50,2E+3,-0.0]}},
                 "result":{"score":{"raw":1.0,"scaled":0.10}}}"""));
        assertThat(statements).hasSizeGreaterThan(20);
        for (ObjectNode statement : statements) {
            String before = statement.toString();
            assertThat(StatementStore.contentHash(statement)).as(before).isEqualTo(oldContentHash(statement));
            assertThat(statement.toString()).as("the statement itself is left as it was").isEqualTo(before);
        }
    }
}
