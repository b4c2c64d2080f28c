package org.networkacademy.xapi.lrs;

import org.networkacademy.xapi.StatementStore;
import org.networkacademy.xapi.model.XapiJson;
import org.networkacademy.xapi.model.XapiJsonException;
import org.networkacademy.xapi.model.XapiTime;
import org.networkacademy.xapi.validation.XapiFormats;
import org.networkacademy.xapi.validation.XapiVersion;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The filter of a statements GET (xAPI 1.0.3 Communication §2.1.3, 2.0.0 §4.1.6.3), parsed and checked.
 *
 * @param agentKey           key of the {@code agent} filter ({@link StatementStore#actorKey}), or null
 * @param verb               verb IRI, or null
 * @param activity           activity IRI, or null
 * @param registration       registration UUID (lower case), or null
 * @param relatedActivities  {@code related_activities}
 * @param relatedAgents      {@code related_agents}
 * @param since              only statements stored after this instant, or null
 * @param until              only statements stored at or before this instant, or null
 * @param limit              page size asked for (0 = server maximum)
 * @param format             {@code exact}, {@code ids} or {@code canonical}
 * @param attachments        {@code attachments}: answer as multipart/mixed with attachment payloads
 * @param ascending          oldest first
 * @param params             the parameters as given, for the {@code more} cursor
 */
public record StatementQuery(String agentKey, String verb, String activity, String registration,
                             boolean relatedActivities, boolean relatedAgents, Instant since, Instant until,
                             int limit, String format, boolean attachments, boolean ascending,
                             Map<String, String> params) {

    /** Parameters a statements GET may carry (Communication §2.1.3). */
    public static final Set<String> ALLOWED = Set.of("statementId", "voidedStatementId", "agent", "verb", "activity",
            "registration", "related_activities", "related_agents", "since", "until", "limit", "format", "attachments",
            "ascending", "more");

    /**
     * Parses query parameters.
     *
     * @param params  the request's parameters (first value each)
     * @param version the request's xAPI version (timestamp rules)
     * @return the query
     * @throws LrsRequestException (400) naming the parameter that is wrong
     */
    public static StatementQuery parse(Map<String, String> params, XapiVersion version) {
        String agentKey = null;
        if (params.containsKey("agent")) {
            JsonNode agent;
            try {
                agent = XapiJson.readTree(params.get("agent"));
            } catch (XapiJsonException e) {
                throw new LrsRequestException(400, "agent: not JSON (" + e.getMessage() + ")");
            }
            if (!agent.isObject()) {
                throw new LrsRequestException(400, "agent: must be an Agent or identified Group JSON object");
            }
            long ifis = Set.of("mbox", "mbox_sha1sum", "openid", "account").stream().filter(agent::has).count();
            if (ifis != 1) {
                throw new LrsRequestException(400, "agent: must have exactly one inverse functional identifier (Data 2.4.2.1)");
            }
            if (agent.has("mbox") && !XapiFormats.isMailtoIri(agent.get("mbox").asString(""))) {
                throw new LrsRequestException(400, "agent.mbox: must be a mailto: IRI");
            }
            agentKey = StatementStore.actorKey(agent).orElseThrow();
        }
        String verb = params.get("verb");
        if (verb != null && !XapiFormats.isIri(verb)) {
            throw new LrsRequestException(400, "verb: must be an IRI");
        }
        String activity = params.get("activity");
        if (activity != null && !XapiFormats.isIri(activity)) {
            throw new LrsRequestException(400, "activity: must be an IRI");
        }
        String registration = params.get("registration");
        if (registration != null) {
            if (!XapiFormats.isUuid(registration)) {
                throw new LrsRequestException(400, "registration: must be a UUID");
            }
            registration = registration.toLowerCase(java.util.Locale.ROOT);
        }
        int limit = 0;
        if (params.containsKey("limit")) {
            String text = params.get("limit");
            if (text.isEmpty() || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new LrsRequestException(400, "limit: must be a non-negative integer");
            }
            // a limit over the server's maximum gets the maximum (Communication 2.1.3), however many digits it has
            String digits = text.replaceFirst("^0+(?=.)", "");
            limit = digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
        }
        String format = params.getOrDefault("format", "exact");
        if (!Set.of("exact", "ids", "canonical").contains(format)) {
            throw new LrsRequestException(400, "format: must be ids, exact or canonical");
        }
        return new StatementQuery(agentKey, verb, activity, registration,
                bool(params, "related_activities"), bool(params, "related_agents"),
                time(params, "since", version), time(params, "until", version), limit, format,
                bool(params, "attachments"), bool(params, "ascending"), new LinkedHashMap<>(params));
    }

    static boolean bool(Map<String, String> params, String name) {
        String v = params.get(name);
        if (v == null) {
            return false;
        }
        return switch (v) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new LrsRequestException(400, name + ": must be true or false");
        };
    }

    private static Instant time(Map<String, String> params, String name, XapiVersion version) {
        String v = params.get(name);
        if (v == null) {
            return null;
        }
        if (!XapiFormats.isTimestamp(v, version)) {
            throw new LrsRequestException(400, name + ": must be an ISO 8601 timestamp (Data 4.5)");
        }
        return XapiTime.parse(v).orElseThrow(() -> new LrsRequestException(400, name + ": not a valid timestamp"));
    }
}
