package org.networkacademy.xapi.forwarding;

import org.networkacademy.xapi.XapiProfile;
import org.networkacademy.xapi.model.Attachment;
import org.networkacademy.xapi.model.XapiJson;
import org.networkacademy.xapi.model.XapiJsonException;
import org.networkacademy.xapi.model.XapiTime;
import org.networkacademy.xapi.validation.XapiFormats;
import org.networkacademy.xapi.validation.XapiVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a stored statement into one an xAPI 1.0.3 LRS accepts, for forwarding to a target set to xAPI 1.0.x.
 *
 * <p>What xAPI 2.0.0 (IEEE 9274.1.1) allows and 1.0.3 refuses, and what becomes of it:
 * <ul>
 *   <li>{@code version} 2.0 or 2.0.x (9274.1.1 §4.2.2; a 1.0.3 LRS "MUST reject all Statements with a version
 *   specified that does not start with 1.0.", 1.0.3 Data §2.4.10.s3.b2) becomes {@code 1.0.0}: the value 1.0.3 asks a
 *   sender to set (§2.4.10.s4.b1, and its note: every 1.0.x statement conforms to the 1.0.0 data model), the same our
 *   LRS gives a 1.0.3 request's statement without a version;</li>
 *   <li>{@code context.contextAgents} and {@code context.contextGroups} (9274.1.1 §4.2.2.5; not Context properties in
 *   1.0.3 Data §2.4.6, whose LRS rejects unknown properties, §2.2.s4.b1.b7), in the statement's context and in a
 *   SubStatement's, are moved, values untouched, into that context's {@code extensions} under
 *   {@link XapiProfile#EXT_CONTEXT_AGENTS} and {@link XapiProfile#EXT_CONTEXT_GROUPS} (1.0.3 Data §4.1: extension values
 *   are any JSON). An extension already under that key is never overwritten: if it holds the same value (the statement
 *   was converted before) the property is just removed; otherwise the value goes under the first key of
 *   {@code …/context-agents-2}, {@code -3}, … that is free or holds the same value;</li>
 *   <li>a {@code timestamp} or {@code stored} written with a space between date and time (RFC 3339 §5.6, which 2.0.0
 *   timestamps follow) gets a {@code T} there, as 1.0.3's ISO 8601 format requires (Data §4.5): the same
 *   instant, the rest of the text unchanged.</li>
 * </ul>
 * Those are exactly the differences {@link org.networkacademy.xapi.validation.StatementValidator} knows between the two
 * versions, so a statement our LRS stored passes it in 1.0.3 mode after conversion.
 *
 * <p>Everything else is kept: the statement is edited as a Jackson tree read with {@link XapiJson#MAPPER}'s lossless
 * settings (exact decimals, strings as they are) and written compact the way {@code StatementStore} writes
 * {@code full_json}, so every property not named above keeps its exact text (durations such as {@code PT1H0.5S},
 * extension keys, timestamps with offsets, numbers such as {@code 7.50}) and its place.
 *
 * <p>A signed statement (an attachment with usageType {@value Attachment#SIGNATURE_USAGE_TYPE}, 1.0.3 Data §2.6) is
 * never changed: its JWS payload must match the statement, and a changed statement would carry a signature that no
 * longer verifies. It is forwarded as stored, and a 1.0.3 target that refuses it puts it in the dead letters.
 *
 * <p>Stateless and thread-safe.
 */
public final class StatementDownConversion {

    private StatementDownConversion() {
    }

    /**
     * Converts one stored statement for an xAPI 1.0.x target, as described in the class comment.
     *
     * @param json the statement's JSON text as stored ({@code xapi_statement.full_json}); may be null
     * @return the converted text; {@code json} itself (the same instance) when nothing needs converting, when the
     *         statement is signed, or when the text is not a JSON object (the target will answer for it)
     */
    public static String toVersion1(String json) {
        if (json == null || !mayNeedConversion(json)) {
            return json;
        }
        JsonNode tree;
        try {
            tree = XapiJson.readTree(json);
        } catch (XapiJsonException e) {
            return json;
        }
        if (!(tree instanceof ObjectNode statement) || isSigned(statement)) {
            return json;
        }
        boolean changed = version(statement);
        changed |= context(statement.get("context"));
        changed |= timestamp(statement, "timestamp");
        changed |= timestamp(statement, "stored");
        if (statement.get("object") instanceof ObjectNode object && "SubStatement".equals(object.path("objectType").asString(""))) {
            changed |= context(object.get("context"));
            changed |= timestamp(object, "timestamp");
        }
        // JsonNode.toString() is the writer StatementStore uses for full_json: untouched parts come out as they went in.
        return changed ? statement.toString() : json;
    }

    /**
     * The cheap test run on every forwarded statement before any parsing: {@code false} means the stored text has
     * nothing {@link #toVersion1} would change. Relies on {@code full_json} being compact (no blanks between a key and
     * its value), as {@code StatementStore} writes it; a {@code true} may be a false alarm (e.g. a key of the same
     * name inside an extension), which only costs a parse.
     *
     * @param json a stored statement's JSON text (not null)
     * @return whether the text may hold a 2.0.x version, contextAgents, contextGroups or a space-separated timestamp
     */
    static boolean mayNeedConversion(String json) {
        return json.contains("\"version\":\"2") || json.contains("\"contextAgents\"") || json.contains("\"contextGroups\"")
                || spaceInTimestamp(json, "\"timestamp\":\"") || spaceInTimestamp(json, "\"stored\":\"");
    }

    /** @return whether some value of {@code prefix} (a key, colon and opening quote) has a blank after its date */
    private static boolean spaceInTimestamp(String json, String prefix) {
        for (int at = json.indexOf(prefix); at >= 0; at = json.indexOf(prefix, at + 1)) {
            int separator = at + prefix.length() + 10; // after yyyy-MM-dd
            if (separator < json.length() && json.charAt(separator) == ' ') {
                return true;
            }
        }
        return false;
    }

    private static boolean isSigned(ObjectNode statement) {
        for (JsonNode attachment : statement.path("attachments")) {
            if (Attachment.SIGNATURE_USAGE_TYPE.equals(attachment.path("usageType").asString(""))) {
                return true;
            }
        }
        return false;
    }

    private static boolean version(ObjectNode statement) {
        JsonNode version = statement.get("version");
        if (version == null || !version.isString()
                || XapiFormats.isAcceptedStatementVersion(version.stringValue(), XapiVersion.V1_0_3)
                || !XapiFormats.isAcceptedStatementVersion(version.stringValue(), XapiVersion.V2_0_0)) {
            return false; // absent, already 1.0.x, or nothing a 2.0.0 LRS stores either
        }
        statement.put("version", "1.0.0"); // in place: the property keeps its position
        return true;
    }

    private static boolean context(JsonNode node) {
        if (!(node instanceof ObjectNode context)) {
            return false;
        }
        return toExtension(context, "contextAgents", XapiProfile.EXT_CONTEXT_AGENTS)
                | toExtension(context, "contextGroups", XapiProfile.EXT_CONTEXT_GROUPS);
    }

    /** Moves {@code context[property]} into {@code context.extensions}, never overwriting another value. */
    private static boolean toExtension(ObjectNode context, String property, String extension) {
        JsonNode value = context.get(property);
        if (value == null) {
            return false;
        }
        JsonNode existing = context.get("extensions");
        if (existing != null && !existing.isObject()) {
            return false; // not a statement any LRS stored; left for the target to answer
        }
        ObjectNode extensions = existing == null ? context.putObject("extensions") : (ObjectNode) existing;
        String key = extension;
        for (int n = 2; extensions.has(key) && !extensions.get(key).equals(value); n++) {
            key = extension + "-" + n;
        }
        if (!extensions.has(key)) {
            extensions.set(key, value);
        }
        context.remove(property);
        return true;
    }

    private static boolean timestamp(ObjectNode parent, String key) {
        JsonNode value = parent.get(key);
        if (value == null || !value.isString() || !XapiTime.hasSpaceSeparator(value.stringValue())) {
            return false;
        }
        String text = value.stringValue();
        parent.put(key, text.substring(0, 10) + 'T' + text.substring(11));
        return true;
    }
}
