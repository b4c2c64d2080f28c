package org.networkacademy.xapi.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * JSON (de)serialisation of the xAPI model with Jackson 3. The shared {@link #MAPPER} is immutable and
 * thread-safe and is configured for lossless xAPI handling (xAPI 1.0.3 Data §2.2):
 * <ul>
 *   <li>null properties are omitted when writing;</li>
 *   <li>JSON decimals are read as {@link java.math.BigDecimal} with trailing zeros kept ({@code 1.0} stays {@code 1.0});</li>
 *   <li>duplicate keys and trailing content are errors (a Statement uses each property at most once, §2.2.s2.b2);</li>
 *   <li>no type coercion: a string where a number or boolean is expected (or vice versa) is an error (§2.2.s4.b1);</li>
 *   <li>unknown properties are ignored by the model; rejecting them is the validator's job.</li>
 * </ul>
 */
public final class XapiJson {

    /** The preconfigured mapper; also usable for any other xAPI document. */
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(LogicalType.Textual, c -> c
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .changeDefaultPropertyInclusion(v -> v.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private XapiJson() {
    }

    /**
     * Serialises a statement to compact JSON.
     *
     * @param statement the statement
     * @return the JSON text (nulls omitted)
     * @throws XapiJsonException if serialisation fails
     */
    public static String toJson(Statement statement) {
        try {
            return MAPPER.writeValueAsString(statement);
        } catch (JacksonException e) {
            throw new XapiJsonException("Cannot write xAPI statement: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Parses one statement.
     *
     * @param json the JSON text of a single statement object
     * @return the statement
     * @throws XapiJsonException on malformed JSON, duplicate keys, JSON {@code null}, or a property of the
     *                           wrong JSON type (message names the location and property path)
     */
    public static Statement parse(String json) {
        return fromTree(readTree(json));
    }

    /**
     * Converts a JSON tree (e.g. one element of a POSTed statement array) to a statement.
     *
     * @param node the statement object
     * @return the statement
     * @throws XapiJsonException if the node is not an object or a property has the wrong JSON type
     */
    public static Statement fromTree(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new XapiJsonException("An xAPI statement must be a JSON object, got "
                    + (node == null ? "nothing" : node.getNodeType()), null);
        }
        try {
            return MAPPER.treeToValue(node, Statement.class);
        } catch (JacksonException e) {
            throw new XapiJsonException("Invalid xAPI statement: " + describe(e), e);
        }
    }

    /**
     * Serialises a statement to a JSON tree (nulls omitted), e.g. for {@code StatementValidator}.
     *
     * @param statement the statement
     * @return the tree
     * @throws XapiJsonException if serialisation fails
     */
    public static JsonNode toTree(Statement statement) {
        try {
            return MAPPER.valueToTree(statement);
        } catch (JacksonException e) {
            throw new XapiJsonException("Cannot write xAPI statement: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Decodes a request body as UTF-8, refusing bytes that are not UTF-8 instead of replacing them with U+FFFD
     * (xAPI 1.0.3 Communication §1.4 / 2.0.0 §1.4: all strings are UTF-8; RFC 8259 §8.1). A byte order mark is kept
     * (JSON parsing refuses it as it would any stray character).
     *
     * @param bytes the body
     * @return the text
     * @throws XapiJsonException naming the byte offset of the first byte that is not UTF-8
     */
    public static String decodeUtf8(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var in = ByteBuffer.wrap(bytes);
        var out = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new XapiJsonException("the body is not UTF-8: byte offset " + in.position() + " (xAPI Communication 1.4)", null);
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /**
     * Reads any JSON text into a tree with this mapper's lossless settings (exact decimals, duplicate
     * keys rejected). Use it to validate request bodies before mapping them.
     *
     * @param json the JSON text
     * @return the tree
     * @throws XapiJsonException on malformed JSON, duplicate keys or trailing content
     */
    public static JsonNode readTree(String json) {
        if (json == null) {
            throw new XapiJsonException("Malformed JSON: no content", null);
        }
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new XapiJsonException("Malformed JSON: no content", null);
            }
            return node;
        } catch (JacksonException e) {
            throw new XapiJsonException("Malformed JSON: " + describe(e), e);
        }
    }

    private static String describe(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        String location = e.getLocation() == null || e.getLocation().getLineNr() < 0 ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        return (path.isEmpty() ? "" : path + ": ") + e.getOriginalMessage() + location;
    }
}
