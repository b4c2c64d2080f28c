package org.networkacademy.xapi.model;

import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Access to the xAPI test data. Tests read the copies under {@code src/test/resources/xapi-testdata}
 * from the classpath; the shared original directory (system property {@code xapi.testdata.dir}, else
 * environment variable {@code XAPI_TESTDATA_DIR}, else {@code /work/shared/xapi-testdata}) is only used
 * to check that the copies are current and to pick up optional files.
 */
public final class XapiTestData {

    /** Classpath root of the copied test data. */
    public static final String ROOT = "xapi-testdata/";

    private XapiTestData() {
    }

    /** @return the shared test data directory (it may not exist on this machine) */
    public static Path sharedDir() {
        String dir = System.getProperty("xapi.testdata.dir");
        if (dir == null || dir.isBlank()) {
            dir = Optional.ofNullable(System.getenv("XAPI_TESTDATA_DIR")).filter(s -> !s.isBlank())
                    .orElse("/work/shared/xapi-testdata");
        }
        return Path.of(dir);
    }

    /**
     * @param relative path below the test data root, e.g. {@code invalid/00-valid-base.json}
     * @return the file's text from the classpath
     */
    public static String read(String relative) {
        return find(relative).orElseThrow(() -> new AssertionError("missing test resource " + ROOT + relative));
    }

    /**
     * @param relative path below the test data root
     * @return the text from the classpath copy, else from the shared directory, else empty
     */
    public static Optional<String> find(String relative) {
        try (InputStream in = XapiTestData.class.getClassLoader().getResourceAsStream(ROOT + relative)) {
            if (in != null) {
                return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            Path shared = sharedDir().resolve(relative);
            return Files.isRegularFile(shared) ? Optional.of(Files.readString(shared)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param relative path below the test data root
     * @return the file parsed with {@link XapiJson#readTree}
     */
    public static JsonNode json(String relative) {
        return XapiJson.readTree(read(relative));
    }

    /**
     * Lists the classpath copies in one folder.
     *
     * @param folder    e.g. {@code spec-examples}
     * @param extension e.g. {@code .json}
     * @return file names (sorted), relative to the test data root, e.g. {@code spec-examples/01-simple.json}
     */
    public static List<String> list(String folder, String extension) {
        URL url = XapiTestData.class.getClassLoader().getResource(ROOT + folder);
        if (url == null) {
            fail("missing test resource folder " + ROOT + folder);
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(extension))
                    .sorted().map(n -> folder + "/" + n).toList();
            assertTrue(!names.isEmpty(), "no " + extension + " files in " + folder);
            return names;
        } catch (IOException | URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Asserts that two JSON trees are equal with numbers compared exactly (type and digits: {@code 1.0}
     * differs from {@code 1}, {@code 0.95} from {@code 0.9500000001}); object key order is ignored.
     *
     * @param expected the expected tree
     * @param actual   the actual tree
     * @param path     path used in failure messages
     */
    public static void assertSameJson(JsonNode expected, JsonNode actual, String path) {
        assertEquals(expected.getNodeType(), actual.getNodeType(), "JSON type at " + path);
        if (expected.isObject()) {
            assertEquals(new TreeSet<>(expected.propertyNames()), new TreeSet<>(actual.propertyNames()),
                    "property names at " + path);
            for (Map.Entry<String, JsonNode> e : expected.properties()) {
                assertSameJson(e.getValue(), actual.get(e.getKey()), path + "." + e.getKey());
            }
        } else if (expected.isArray()) {
            assertEquals(expected.size(), actual.size(), "array size at " + path);
            for (int i = 0; i < expected.size(); i++) {
                assertSameJson(expected.get(i), actual.get(i), path + "[" + i + "]");
            }
        } else if (expected.isNumber()) {
            assertEquals(expected.isIntegralNumber(), actual.isIntegralNumber(), "integer vs decimal at " + path);
            assertEquals(expected.decimalValue(), actual.decimalValue(), "number digits at " + path);
            assertEquals(expected.toString(), actual.toString(), "number text at " + path);
        } else {
            assertEquals(expected, actual, "value at " + path);
        }
    }
}
