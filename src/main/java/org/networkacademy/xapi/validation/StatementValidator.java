package org.networkacademy.xapi.validation;

import org.networkacademy.xapi.model.Statement;
import org.networkacademy.xapi.model.XapiJson;
import org.networkacademy.xapi.model.XapiTime;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Validates xAPI Statements against the statement rules of xAPI 1.0.3 (Data §2.2–§2.4, §4) and, for
 * {@link XapiVersion#V2_0_0}, the xAPI 2.0.0 differences ({@code contextAgents}, {@code contextGroups},
 * time zone required in timestamps, statement version 2.0.x). Works on the JSON tree so that wrong JSON
 * types, nulls and unknown properties can be reported; it never throws for any input shape.
 * Stateless and thread-safe.
 * <p>
 * Not checked here (they need server state or the HTTP request): whether a voided target is itself a
 * voiding Statement, attachment payloads versus their headers, JWS signatures, and the version header.
 */
public final class StatementValidator {

    private static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";

    private static final Set<String> STATEMENT = Set.of("id", "actor", "verb", "object", "result", "context",
            "timestamp", "stored", "authority", "version", "attachments");
    private static final Set<String> SUB_STATEMENT = Set.of("objectType", "actor", "verb", "object", "result",
            "context", "timestamp", "attachments");
    private static final Set<String> NOT_IN_SUB_STATEMENT = Set.of("id", "stored", "version", "authority");
    private static final Set<String> AGENT = Set.of("objectType", "name", "mbox", "mbox_sha1sum", "openid", "account");
    private static final Set<String> GROUP = Set.of("objectType", "name", "mbox", "mbox_sha1sum", "openid", "account",
            "member");
    private static final List<String> IFIS = List.of("mbox", "mbox_sha1sum", "openid", "account");
    private static final Set<String> ACCOUNT = Set.of("homePage", "name");
    private static final Set<String> VERB = Set.of("id", "display");
    private static final Set<String> ACTIVITY = Set.of("objectType", "id", "definition");
    private static final Set<String> DEFINITION = Set.of("name", "description", "type", "moreInfo", "interactionType",
            "correctResponsesPattern", "choices", "scale", "source", "target", "steps", "extensions");
    private static final List<String> COMPONENT_LISTS = List.of("choices", "scale", "source", "target", "steps");
    private static final Map<String, Set<String>> COMPONENTS_BY_TYPE = Map.of(
            "true-false", Set.of(), "choice", Set.of("choices"), "fill-in", Set.of(), "long-fill-in", Set.of(),
            "matching", Set.of("source", "target"), "performance", Set.of("steps"), "sequencing", Set.of("choices"),
            "likert", Set.of("scale"), "numeric", Set.of(), "other", Set.of());
    private static final Set<String> COMPONENT = Set.of("id", "description");
    private static final Set<String> STATEMENT_REF = Set.of("objectType", "id");
    private static final Set<String> RESULT = Set.of("score", "success", "completion", "response", "duration",
            "extensions");
    private static final Set<String> SCORE = Set.of("scaled", "raw", "min", "max");
    private static final Set<String> CONTEXT_1 = Set.of("registration", "instructor", "team", "contextActivities",
            "revision", "platform", "language", "statement", "extensions");
    private static final Set<String> CONTEXT_2_ONLY = Set.of("contextAgents", "contextGroups");
    private static final Set<String> CONTEXT_2 = Stream.concat(CONTEXT_1.stream(), CONTEXT_2_ONLY.stream())
            .collect(Collectors.toUnmodifiableSet());
    private static final Set<String> CONTEXT_ACTIVITIES = Set.of("parent", "grouping", "category", "other");
    private static final Set<String> CONTEXT_AGENT = Set.of("objectType", "agent", "relevantTypes");
    private static final Set<String> CONTEXT_GROUP = Set.of("objectType", "group", "relevantTypes");
    private static final Set<String> ATTACHMENT = Set.of("usageType", "display", "description", "contentType",
            "length", "sha2", "fileUrl");

    /** Where an Agent or Group appears; decides which kinds are allowed and the spec section cited. */
    private enum Role {
        ACTOR("2.4.2"), AUTHORITY("2.4.9"), INSTRUCTOR("2.4.6"), TEAM("2.4.6"), MEMBER("2.4.2.2"),
        OBJECT("2.4.4.2"), CONTEXT_AGENT("2.0:2.4.6"), CONTEXT_GROUP("2.0:2.4.6");

        private final String section;

        Role(String section) {
            this.section = section;
        }
    }

    /**
     * Validates one statement.
     *
     * @param statement the statement as a JSON tree (as received; may be null or any JSON type)
     * @param version   the xAPI version of the request (from {@link XapiVersion#fromHeader})
     * @return the violations in document order; empty if the statement is valid
     * @throws NullPointerException if {@code version} is null
     */
    public List<Violation> validate(JsonNode statement, XapiVersion version) {
        Objects.requireNonNull(version, "version");
        Run run = new Run(version);
        try {
            run.statement(statement, "", false);
        } catch (RuntimeException | StackOverflowError e) {
            run.report("", "could not be validated (" + e.getClass().getSimpleName() + ")", "2.2");
        }
        return List.copyOf(run.violations);
    }

    /**
     * Validates the body of a statements POST: a single statement object, or an array of statements whose
     * violations get an index prefix ({@code [2].actor.mbox}). Within an array, two statements with the same
     * {@code id} (compared case-insensitively) are reported too (xAPI 1.0.3 Communication §2.1.1.s2.b4).
     * An empty array has no violations.
     *
     * @param body    the parsed request body (any JSON type)
     * @param version the xAPI version of the request
     * @return the violations; empty if every statement is valid
     * @throws NullPointerException if {@code version} is null
     */
    public List<Violation> validateBatch(JsonNode body, XapiVersion version) {
        Objects.requireNonNull(version, "version");
        if (body == null || !body.isArray()) {
            return validate(body, version);
        }
        Run run = new Run(version);
        Map<String, Integer> firstById = new HashMap<>();
        for (int i = 0; i < body.size(); i++) {
            JsonNode statement = body.get(i);
            try {
                run.statement(statement, index("", i), false);
            } catch (RuntimeException | StackOverflowError e) {
                run.report(index("", i), "could not be validated (" + e.getClass().getSimpleName() + ")", "2.2");
            }
            String id = statement != null && statement.isObject() ? textOf(statement.get("id")) : null;
            Integer first = id == null ? null : firstById.putIfAbsent(id.toLowerCase(Locale.ROOT), i);
            if (first != null) {
                String path = index("", i) + ".id";
                run.violations.add(new Violation(path, path + ": duplicates the id of statement [" + first
                        + "] in the same batch (xAPI 1.0.3 Communication 2.1.1.s2.b4)"));
            }
        }
        return List.copyOf(run.violations);
    }

    /**
     * Validates a model statement by way of its JSON form ({@link XapiJson#toTree}).
     *
     * @param statement the statement
     * @param version   the xAPI version whose rules apply
     * @return the violations; empty if valid
     * @throws NullPointerException if an argument is null
     */
    public List<Violation> validate(Statement statement, XapiVersion version) {
        return validate(XapiJson.toTree(Objects.requireNonNull(statement, "statement")), version);
    }

    /**
     * Validates one statement and throws if it breaks any rule.
     *
     * @param statement the statement as a JSON tree
     * @param version   the xAPI version of the request
     * @throws InvalidStatementException listing the violations (the LRS answers 400 Bad Request)
     * @throws NullPointerException      if {@code version} is null
     */
    public void requireValid(JsonNode statement, XapiVersion version) {
        List<Violation> violations = validate(statement, version);
        if (!violations.isEmpty()) {
            throw new InvalidStatementException(violations);
        }
    }

    /**
     * Validates a model statement and throws if it breaks any rule.
     *
     * @param statement the statement
     * @param version   the xAPI version whose rules apply
     * @throws InvalidStatementException listing the violations
     * @throws NullPointerException      if an argument is null
     */
    public void requireValid(Statement statement, XapiVersion version) {
        requireValid(XapiJson.toTree(Objects.requireNonNull(statement, "statement")), version);
    }

    /** One validation pass: the version in force and the violations found so far. */
    private static final class Run {
        private final XapiVersion version;
        private final List<Violation> violations = new ArrayList<>();

        private Run(XapiVersion version) {
            this.version = version;
        }

        // ---- Statement and SubStatement (Data 2.4, 2.4.4.3) ----

        void statement(JsonNode s, String path, boolean sub) {
            if (!isObject(s, path, sub ? "a SubStatement object" : "a JSON object (a Statement)", sub ? "2.4.4.3" : "2.2")) {
                return;
            }
            for (String key : s.propertyNames()) {
                if (sub && NOT_IN_SUB_STATEMENT.contains(key)) {
                    report(child(path, key), "must not be used in a SubStatement", "2.4.4.3.s8.b3");
                }
            }
            properties(s, path, sub ? SUB_STATEMENT : STATEMENT, sub ? "a SubStatement" : "a Statement", NOT_IN_SUB_STATEMENT);
            if (!sub) {
                uuid(s, path, "id", "2.4.1");
                timestamp(s, path, "stored", "2.4.8");
                actor(s.get("authority"), child(path, "authority"), Role.AUTHORITY);
                String version = string(s, path, "version", "2.4.10");
                if (version != null && !XapiFormats.isAcceptedStatementVersion(version, this.version)) {
                    report(child(path, "version"), this.version == XapiVersion.V1_0_3
                            ? "must be \"1.0\" or \"1.0.x\" (got \"" + version + "\")"
                            : "must be \"1.0\", \"1.0.x\", \"2.0\" or \"2.0.x\" (got \"" + version + "\")", "2.4.10");
                }
            }
            for (String required : List.of("actor", "verb", "object")) {
                if (!s.has(required)) {
                    report(child(path, required), "is required", "2.2.s2.b3");
                }
            }
            actor(s.get("actor"), child(path, "actor"), Role.ACTOR);
            verb(s.get("verb"), child(path, "verb"));
            JsonNode object = s.get("object");
            object(object, child(path, "object"), sub);
            if (present(s.get("result"))) {
                result(s.get("result"), child(path, "result"));
            }
            if (present(s.get("context"))) {
                context(s.get("context"), child(path, "context"), object);
            }
            timestamp(s, path, "timestamp", "2.4.7");
            if (present(s.get("attachments"))) {
                attachments(s.get("attachments"), child(path, "attachments"));
            }
            JsonNode verb = s.get("verb");
            if (verb != null && verb.isObject() && VOIDED.equals(textOf(verb.get("id")))
                    && !(object != null && object.isObject() && "StatementRef".equals(textOf(object.get("objectType"))))) {
                report(child(path, "object"), "a voiding Statement (verb " + VOIDED + ") must have a StatementRef object",
                        "2.3.2.s2.b1");
            }
        }

        // ---- Actors: Agent, Group, IFIs, account (Data 2.4.2) ----

        void actor(JsonNode n, String path, Role role) {
            if (!present(n)) {
                return;
            }
            String what = switch (role) {
                case TEAM, CONTEXT_GROUP -> "a Group object";
                case MEMBER, CONTEXT_AGENT -> "an Agent object";
                default -> "an Agent or Group object";
            };
            if (!isObject(n, path, what, role.section)) {
                return;
            }
            JsonNode type = n.get("objectType");
            String kind = type == null || type.isNull() ? "Agent" : type.isString() ? type.stringValue() : null;
            if (!"Agent".equals(kind) && !"Group".equals(kind)) {
                report(child(path, "objectType"), "must be \"Agent\" or \"Group\" (case-sensitive)", role.section);
                return;
            }
            boolean group = kind.equals("Group");
            if (group && (role == Role.MEMBER || role == Role.CONTEXT_AGENT)) {
                report(path, role == Role.MEMBER ? "Group members must be Agents, not Groups" : "must be an Agent, not a Group",
                        role == Role.MEMBER ? "2.4.2.2.s4.b2" : role.section);
                return;
            }
            if (!group && (role == Role.TEAM || role == Role.CONTEXT_GROUP)) {
                report(path, "must be a Group (objectType \"Group\"), not an Agent", role == Role.TEAM ? "2.4.6.s3.table1.row3" : role.section);
            }
            if (group) {
                group(n, path, role);
            } else {
                agent(n, path);
            }
        }

        void agent(JsonNode n, String path) {
            properties(n, path, AGENT, "an Agent", Set.of());
            string(n, path, "name", "2.4.2.1");
            List<String> ifis = ifis(n, path);
            if (ifis.isEmpty()) {
                report(path, "an Agent must have exactly one inverse functional identifier (mbox, mbox_sha1sum, openid "
                        + "or account); found none", "2.4.2.1.s2.b1");
            } else if (ifis.size() > 1) {
                report(path, "an Agent must not have more than one inverse functional identifier; found "
                        + ifis.size() + " (" + String.join(", ", ifis) + ")", "2.4.2.1.s2.b2");
            }
        }

        void group(JsonNode n, String path, Role role) {
            properties(n, path, GROUP, "a Group", Set.of());
            string(n, path, "name", "2.4.2.2");
            List<String> ifis = ifis(n, path);
            JsonNode member = n.get("member");
            String memberPath = child(path, "member");
            if (present(member)) {
                if (!member.isArray()) {
                    report(memberPath, "must be an array of Agent objects", "2.4.2.2");
                } else {
                    for (int i = 0; i < member.size(); i++) {
                        actor(member.get(i), index(memberPath, i), Role.MEMBER);
                        if (member.get(i) == null || member.get(i).isNull()) {
                            report(index(memberPath, i), "must not be null", "2.2.s4.b1.b1");
                        }
                    }
                }
            }
            if (ifis.isEmpty()) {
                if (!n.has("member")) {
                    report(memberPath, "is required in an anonymous Group (one without an inverse functional identifier)",
                            "2.4.2.2.s4.b1");
                } else if (member.isArray() && member.isEmpty()) {
                    report(memberPath, "must list at least one Agent in an anonymous Group", "2.4.2.2.s4.b1");
                }
            } else if (ifis.size() > 1) {
                report(path, "an identified Group must have exactly one inverse functional identifier; found "
                        + ifis.size() + " (" + String.join(", ", ifis) + ")", "2.4.2.2.s5.b1");
            }
            if (role == Role.AUTHORITY && !(member != null && member.isArray() && member.size() == 2)) {
                report(path, "a Group authority must have exactly two Agent members (OAuth consumer and user)",
                        "2.4.9.s3.b1");
            }
            if (role == Role.AUTHORITY && !ifis.isEmpty()) {
                // A Group is an authority only as the OAuth pair of consumer and user: an anonymous Group.
                report(path, "a Group authority must be anonymous (no " + String.join(", ", ifis) + ")", "2.4.9.s3.b1");
            }
        }

        /** Checks the IFI properties present and returns their names. */
        List<String> ifis(JsonNode n, String path) {
            List<String> found = new ArrayList<>();
            for (String ifi : IFIS) {
                if (present(n.get(ifi))) {
                    found.add(ifi);
                }
            }
            String mbox = string(n, path, "mbox", "2.4.2.3");
            if (mbox != null && !XapiFormats.isMailtoIri(mbox)) {
                report(child(path, "mbox"), "must be a mailto: IRI of the form \"mailto:name@example.com\"", "2.4.2.3");
            }
            String sha1 = string(n, path, "mbox_sha1sum", "2.4.2.3");
            if (sha1 != null && !XapiFormats.isSha1Hex(sha1)) {
                report(child(path, "mbox_sha1sum"), "must be 40 hex digits (SHA-1 of a mailto IRI)", "2.4.2.3");
            }
            iri(n, path, "openid", "must be an absolute URI", "2.4.2.3");
            JsonNode account = n.get("account");
            if (present(account)) {
                String accountPath = child(path, "account");
                if (isObject(account, accountPath, "an account object {homePage, name}", "2.4.2.4")) {
                    properties(account, accountPath, ACCOUNT, "an account", Set.of());
                    required(account, accountPath, "homePage", "2.4.2.4");
                    iri(account, accountPath, "homePage", "must be an absolute IRL", "2.4.2.4");
                    required(account, accountPath, "name", "2.4.2.4");
                    string(account, accountPath, "name", "2.4.2.4");
                }
            }
            return found;
        }

        // ---- Verb (Data 2.4.3) ----

        void verb(JsonNode n, String path) {
            if (!present(n) || !isObject(n, path, "a Verb object", "2.4.3")) {
                return;
            }
            properties(n, path, VERB, "a Verb", Set.of());
            required(n, path, "id", "2.4.3");
            iri(n, path, "id", "must be an absolute IRI", "2.4.3");
            languageMap(n.get("display"), child(path, "display"));
        }

        // ---- Object (Data 2.4.4) ----

        void object(JsonNode n, String path, boolean inSubStatement) {
            if (!present(n) || !isObject(n, path, "an object (Activity, Agent, Group, StatementRef or SubStatement)", "2.4.4")) {
                return;
            }
            JsonNode type = n.get("objectType");
            String kind = type == null || type.isNull() ? "Activity" : type.isString() ? type.stringValue() : "";
            switch (kind) {
                case "Activity" -> activity(n, path);
                case "Agent", "Group" -> actor(n, path, Role.OBJECT);
                case "StatementRef" -> statementRef(n, path);
                case "SubStatement" -> {
                    if (inSubStatement) {
                        report(path, "a SubStatement must not contain a SubStatement", "2.4.4.3.s8.b4");
                    } else {
                        statement(n, path, true);
                    }
                }
                default -> report(child(path, "objectType"),
                        "must be \"Activity\", \"Agent\", \"Group\", \"StatementRef\" or \"SubStatement\" (case-sensitive)", "2.4.4");
            }
        }

        void activity(JsonNode n, String path) {
            if (!isObject(n, path, "an Activity object", "2.4.4.1")) {
                return;
            }
            properties(n, path, ACTIVITY, "an Activity", Set.of());
            JsonNode type = n.get("objectType");
            if (present(type) && !"Activity".equals(textOf(type))) {
                report(child(path, "objectType"), "must be \"Activity\" when present", "2.4.4.1.s1.table1.row1");
            }
            required(n, path, "id", "2.4.4.1");
            iri(n, path, "id", "must be an absolute IRI", "2.4.4.1");
            if (present(n.get("definition"))) {
                definition(n.get("definition"), child(path, "definition"));
            }
        }

        void definition(JsonNode n, String path) {
            if (!isObject(n, path, "an Activity Definition object", "2.4.4.1.s2")) {
                return;
            }
            properties(n, path, DEFINITION, "an Activity Definition", Set.of());
            languageMap(n.get("name"), child(path, "name"));
            languageMap(n.get("description"), child(path, "description"));
            iri(n, path, "type", "must be an absolute IRI", "2.4.4.1.s2");
            iri(n, path, "moreInfo", "must be an absolute IRL", "2.4.4.1.s2");
            extensions(n.get("extensions"), child(path, "extensions"));
            String interactionType = string(n, path, "interactionType", "2.4.4.1.s8");
            Set<String> supported = interactionType == null ? null : COMPONENTS_BY_TYPE.get(interactionType);
            if (interactionType != null && supported == null) {
                report(child(path, "interactionType"), "must be one of " + String.join(", ", COMPONENTS_BY_TYPE.keySet().stream()
                        .sorted().toList()) + " (case-sensitive), got \"" + interactionType + "\"", "2.4.4.1.s8");
            }
            JsonNode pattern = n.get("correctResponsesPattern");
            String patternPath = child(path, "correctResponsesPattern");
            if (present(pattern)) {
                if (!pattern.isArray()) {
                    report(patternPath, "must be an array of strings", "2.4.4.1.s8");
                } else {
                    for (int i = 0; i < pattern.size(); i++) {
                        if (!pattern.get(i).isString()) {
                            report(index(patternPath, i), "must be a string", "2.4.4.1.s8");
                        }
                    }
                }
            }
            boolean interaction = present(pattern);
            for (String list : COMPONENT_LISTS) {
                JsonNode components = n.get(list);
                if (!present(components)) {
                    continue;
                }
                interaction = true;
                components(components, child(path, list));
                if (supported != null && !supported.contains(list)) {
                    report(child(path, list), "is not allowed for interactionType \"" + interactionType + "\""
                            + (supported.isEmpty() ? " (it takes no component list)" : " (allowed: " + String.join(", ", supported) + ")"),
                            "2.4.4.1.s15");
                }
            }
            if (interaction && !n.has("interactionType")) {
                report(child(path, "interactionType"),
                        "is required when correctResponsesPattern or an interaction component list is used", "2.4.4.1.s13.b1");
            }
        }

        void components(JsonNode list, String path) {
            if (!list.isArray()) {
                report(path, "must be an array of interaction components", "2.4.4.1.s15");
                return;
            }
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                JsonNode c = list.get(i);
                String cPath = index(path, i);
                if (!isObject(c, cPath, "an interaction component object {id, description}", "2.4.4.1.s15")) {
                    continue;
                }
                properties(c, cPath, COMPONENT, "an interaction component", Set.of());
                required(c, cPath, "id", "2.4.4.1.s15");
                String id = string(c, cPath, "id", "2.4.4.1.s15");
                if (id != null && !ids.add(id)) {
                    report(child(cPath, "id"), "duplicates another id in the same list (\"" + id + "\")", "2.4.4.1.s16.b1");
                }
                languageMap(c.get("description"), child(cPath, "description"));
            }
        }

        void statementRef(JsonNode n, String path) {
            if (!isObject(n, path, "a StatementRef object", "2.4.4.3")) {
                return;
            }
            properties(n, path, STATEMENT_REF, "a StatementRef", Set.of());
            if (!n.has("objectType")) {
                report(child(path, "objectType"), "is required and must be \"StatementRef\"", "2.4.4.3.s4.b1");
            } else if (present(n.get("objectType")) && !"StatementRef".equals(textOf(n.get("objectType")))) {
                report(child(path, "objectType"), "must be \"StatementRef\"", "2.4.4.3.s4.b1");
            }
            required(n, path, "id", "2.4.4.3.s4.b2");
            uuid(n, path, "id", "2.4.4.3.s4.b2");
        }

        // ---- Result and Score (Data 2.4.5) ----

        void result(JsonNode n, String path) {
            if (!isObject(n, path, "a Result object", "2.4.5")) {
                return;
            }
            properties(n, path, RESULT, "a Result", Set.of());
            if (present(n.get("score"))) {
                score(n.get("score"), child(path, "score"));
            }
            bool(n, path, "success", "2.4.5.s2.table1.row2");
            bool(n, path, "completion", "2.4.5.s2.table1.row3");
            string(n, path, "response", "2.4.5");
            String duration = string(n, path, "duration", "2.4.5.s2.table1.row5");
            if (duration != null && !XapiFormats.isDuration(duration)) {
                report(child(path, "duration"), "must be an ISO 8601 duration such as PT1H30M or PT4H35M59.14S (got \""
                        + duration + "\")", "2.4.5.s2.table1.row5, 4.6");
            }
            extensions(n.get("extensions"), child(path, "extensions"));
        }

        void score(JsonNode n, String path) {
            if (!isObject(n, path, "a Score object", "2.4.5.1")) {
                return;
            }
            properties(n, path, SCORE, "a Score", Set.of());
            BigDecimal scaled = number(n, path, "scaled");
            BigDecimal raw = number(n, path, "raw");
            BigDecimal min = number(n, path, "min");
            BigDecimal max = number(n, path, "max");
            if (scaled != null && (scaled.compareTo(BigDecimal.ONE) > 0 || scaled.compareTo(BigDecimal.ONE.negate()) < 0)) {
                report(child(path, "scaled"), "must be between -1 and 1 inclusive (got " + scaled.toPlainString() + ")",
                        "2.4.5.1.s2.table1.row1");
            }
            if (min != null && max != null && min.compareTo(max) >= 0) {
                report(child(path, "min"), "must be less than max", "2.4.5.1.s2.table1.row3");
            }
            if (raw != null && min != null && raw.compareTo(min) < 0) {
                report(child(path, "raw"), "must not be less than min", "2.4.5.1.s2.table1.row2");
            }
            if (raw != null && max != null && raw.compareTo(max) > 0) {
                report(child(path, "raw"), "must not be greater than max", "2.4.5.1.s2.table1.row2");
            }
        }

        // ---- Context (Data 2.4.6; xAPI 2.0.0 contextAgents/contextGroups) ----

        void context(JsonNode n, String path, JsonNode statementObject) {
            if (!isObject(n, path, "a Context object", "2.4.6")) {
                return;
            }
            if (version == XapiVersion.V1_0_3) {
                for (String key : CONTEXT_2_ONLY) {
                    if (n.has(key)) {
                        report(child(path, key), "is an xAPI 2.0.0 property, not allowed in an xAPI 1.0.3 Context", "2.4.6");
                    }
                }
            }
            properties(n, path, version == XapiVersion.V1_0_3 ? CONTEXT_1 : CONTEXT_2, "a Context", CONTEXT_2_ONLY);
            uuid(n, path, "registration", "2.4.6.s3.table1.row1");
            actor(n.get("instructor"), child(path, "instructor"), Role.INSTRUCTOR);
            actor(n.get("team"), child(path, "team"), Role.TEAM);
            if (present(n.get("contextActivities"))) {
                contextActivities(n.get("contextActivities"), child(path, "contextActivities"));
            }
            boolean objectIsActivity = statementObject != null && statementObject.isObject()
                    && (!present(statementObject.get("objectType")) || "Activity".equals(textOf(statementObject.get("objectType"))));
            boolean objectKnown = statementObject != null && statementObject.isObject();
            for (String key : List.of("revision", "platform")) {
                String value = string(n, path, key, "2.4.6");
                if (value != null && objectKnown && !objectIsActivity) {
                    report(child(path, key), "must only be used when the Statement's object is an Activity",
                            key.equals("revision") ? "2.4.6.s4.b1" : "2.4.6.s4.b2");
                }
            }
            String language = string(n, path, "language", "2.4.6.s3.table1.row7");
            if (language != null && !XapiFormats.isLanguageTag(language)) {
                report(child(path, "language"), "must be an RFC 5646 language tag (got \"" + language + "\")",
                        "2.4.6.s3.table1.row7");
            }
            if (present(n.get("statement"))) {
                statementRef(n.get("statement"), child(path, "statement"));
            }
            extensions(n.get("extensions"), child(path, "extensions"));
            if (version == XapiVersion.V2_0_0) {
                contextMembers(n.get("contextAgents"), child(path, "contextAgents"), "contextAgent", "agent",
                        CONTEXT_AGENT, Role.CONTEXT_AGENT);
                contextMembers(n.get("contextGroups"), child(path, "contextGroups"), "contextGroup", "group",
                        CONTEXT_GROUP, Role.CONTEXT_GROUP);
            }
        }

        void contextActivities(JsonNode n, String path) {
            if (!isObject(n, path, "a contextActivities object", "2.4.6.2")) {
                return;
            }
            if (n.isEmpty()) {
                report(path, "must contain at least one of parent, grouping, category or other", "2.4.6.2");
            }
            properties(n, path, CONTEXT_ACTIVITIES, "contextActivities (keys: parent, grouping, category, other)",
                    Set.of());
            for (String key : List.of("parent", "grouping", "category", "other")) {
                JsonNode value = n.get(key);
                String valuePath = child(path, key);
                if (!present(value)) {
                    continue;
                }
                if (value.isObject()) {
                    activity(value, valuePath);
                } else if (value.isArray()) {
                    for (int i = 0; i < value.size(); i++) {
                        activity(value.get(i), index(valuePath, i));
                    }
                } else {
                    report(valuePath, "must be an Activity object or an array of Activity objects", "2.4.6.2.s4.b2");
                }
            }
        }

        void contextMembers(JsonNode n, String path, String objectType, String memberKey, Set<String> allowed, Role role) {
            if (!present(n)) {
                return;
            }
            String section = "2.0:2.4.6";
            if (!n.isArray()) {
                report(path, "must be an array of " + objectType + " objects", section);
                return;
            }
            for (int i = 0; i < n.size(); i++) {
                JsonNode entry = n.get(i);
                String entryPath = index(path, i);
                if (!isObject(entry, entryPath, "a " + objectType + " object", section)) {
                    continue;
                }
                properties(entry, entryPath, allowed, "a " + objectType, Set.of());
                JsonNode type = entry.get("objectType");
                if (!entry.has("objectType") || (present(type) && !objectType.equals(textOf(type)))) {
                    report(child(entryPath, "objectType"), "is required and must be \"" + objectType + "\"", section);
                }
                required(entry, entryPath, memberKey, section);
                actor(entry.get(memberKey), child(entryPath, memberKey), role);
                JsonNode types = entry.get("relevantTypes");
                String typesPath = child(entryPath, "relevantTypes");
                if (present(types)) {
                    if (!types.isArray() || types.isEmpty()) {
                        report(typesPath, "must be a non-empty array of IRIs", section);
                    } else {
                        for (int t = 0; t < types.size(); t++) {
                            if (!types.get(t).isString() || !XapiFormats.isIri(types.get(t).stringValue())) {
                                report(index(typesPath, t), "must be an absolute IRI", section);
                            }
                        }
                    }
                }
            }
        }

        // ---- Attachments (Data 2.4.11) ----

        void attachments(JsonNode n, String path) {
            if (!n.isArray()) {
                report(path, "must be an array of Attachment objects", "2.4.11");
                return;
            }
            for (int i = 0; i < n.size(); i++) {
                JsonNode a = n.get(i);
                String aPath = index(path, i);
                if (!isObject(a, aPath, "an Attachment object", "2.4.11")) {
                    continue;
                }
                properties(a, aPath, ATTACHMENT, "an Attachment", Set.of());
                for (String key : List.of("usageType", "display", "contentType", "length", "sha2")) {
                    required(a, aPath, key, "2.4.11.s2");
                }
                iri(a, aPath, "usageType", "must be an absolute IRI", "2.4.11.s2.table1.row1");
                languageMap(a.get("display"), child(aPath, "display"));
                languageMap(a.get("description"), child(aPath, "description"));
                String contentType = string(a, aPath, "contentType", "2.4.11.s2.table1.row4");
                if (contentType != null && !XapiFormats.isMediaType(contentType)) {
                    report(child(aPath, "contentType"), "must be an Internet Media Type such as text/plain", "2.4.11.s2.table1.row4");
                }
                JsonNode length = a.get("length");
                if (present(length) && !isNonNegativeInteger(length)) {
                    report(child(aPath, "length"), "must be a non-negative integer (octets)", "2.4.11.s2.table1.row5");
                }
                String sha2 = string(a, aPath, "sha2", "2.4.11.s2.table1.row6");
                if (sha2 != null && !XapiFormats.isSha2Hex(sha2)) {
                    report(child(aPath, "sha2"), "must be a hex SHA-2 hash (56, 64, 96 or 128 hex digits)", "2.4.11.s2.table1.row6");
                }
                iri(a, aPath, "fileUrl", "must be an absolute IRL", "2.4.11.s2.table1.row7");
            }
        }

        // ---- Special data types (Data 4.x) ----

        void languageMap(JsonNode n, String path) {
            if (!present(n) || !isObject(n, path, "a language map object such as {\"en-US\": \"text\"}", "4.2")) {
                return;
            }
            if (n.isEmpty()) {
                // ADL's conformance requirements (Data 4.2) define a language map as language tag/string pairs with
                // at least one entry; their suite refuses {} for verb display, activity name/description and
                // attachment display/description, as the reference LRS does.
                report(path, "must have at least one language entry, such as {\"en-US\": \"text\"}", "4.2");
                return;
            }
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                String entryPath = mapKey(path, e.getKey());
                if (!XapiFormats.isLanguageTag(e.getKey())) {
                    report(entryPath, "is not a valid RFC 5646 language tag", "4.2");
                }
                if (e.getValue().isNull()) {
                    report(entryPath, "must not be null", "2.2.s4.b1.b1");
                } else if (!e.getValue().isString()) {
                    report(entryPath, "must be a string", "4.2");
                }
            }
        }

        void extensions(JsonNode n, String path) {
            if (!present(n) || !isObject(n, path, "an extensions object with IRI keys", "4.1")) {
                return;
            }
            for (String key : n.propertyNames()) {
                if (!XapiFormats.isIri(key)) {
                    report(mapKey(path, key), "extension keys must be absolute IRIs", "4.1.s3.b1");
                }
            }
        }

        void timestamp(JsonNode parent, String path, String key, String section) {
            String value = string(parent, path, key, section);
            if (value == null) {
                return;
            }
            String p = child(path, key);
            if (XapiTime.hasNegativeZeroOffset(value)) {
                report(p, "must not use the offset -00:00, -0000 or -00 (got \"" + value + "\")", section + ", 4.5");
            } else if (XapiTime.parse(value).isEmpty()) {
                report(p, "must be an ISO 8601 date and time such as 2024-05-18T05:32:34.804Z (got \"" + value + "\")",
                        section + ", 4.5");
            } else if (version == XapiVersion.V2_0_0 && !XapiTime.hasZone(value)) {
                report(p, "must include a time zone (Z or an offset) (got \"" + value + "\")", "2.0:4.5");
            } else if (version != XapiVersion.V2_0_0 && XapiTime.hasSpaceSeparator(value)) {
                // 2.0.0 timestamps follow RFC 3339, whose §5.6 allows a space; 1.0.3's ISO 8601 extended format needs the T.
                report(p, "must separate date and time with T (got \"" + value + "\")", section + ", 4.5");
            }
        }

        void uuid(JsonNode parent, String path, String key, String section) {
            String value = string(parent, path, key, section);
            if (value != null && !XapiFormats.isUuid(value)) {
                report(child(path, key), "must be a UUID in standard string form, 8-4-4-4-12 hex digits (got \""
                        + value + "\")", section + ", 4.4");
            }
        }

        void iri(JsonNode parent, String path, String key, String rule, String section) {
            String value = string(parent, path, key, section);
            if (value != null && !XapiFormats.isIri(value)) {
                report(child(path, key), rule + " with a scheme (got \"" + value + "\")", section);
            }
        }

        // ---- Generic property checks (Data 2.2) ----

        /** Reports unknown and null-valued properties; {@code skip} names properties reported elsewhere. */
        void properties(JsonNode n, String path, Set<String> allowed, String what, Set<String> skip) {
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                String key = e.getKey();
                if (!allowed.contains(key)) {
                    if (!skip.contains(key)) {
                        report(child(path, key), "is not a property of " + what
                                + " (unknown or wrongly-cased properties are rejected)", "2.2.s4.b1.b7");
                    }
                } else if (e.getValue().isNull()) {
                    report(child(path, key), "must not be null", "2.2.s4.b1.b1");
                }
            }
        }

        void required(JsonNode n, String path, String key, String section) {
            if (!n.has(key)) {
                report(child(path, key), "is required", section);
            }
        }

        /** Returns the string value, or null (reporting a non-string value). Absent and null give null silently. */
        String string(JsonNode parent, String path, String key, String section) {
            JsonNode v = parent.get(key);
            if (!present(v)) {
                return null;
            }
            if (!v.isString()) {
                report(child(path, key), "must be a string (got " + typeName(v) + ")", section);
                return null;
            }
            return v.stringValue();
        }

        void bool(JsonNode parent, String path, String key, String section) {
            JsonNode v = parent.get(key);
            if (present(v) && !v.isBoolean()) {
                report(child(path, key), "must be a JSON boolean true or false (got " + typeName(v) + ")", section);
            }
        }

        BigDecimal number(JsonNode parent, String path, String key) {
            JsonNode v = parent.get(key);
            if (!present(v)) {
                return null;
            }
            BigDecimal value = v.isNumber() ? decimal(v) : null;
            if (value == null) {
                report(child(path, key), "must be a JSON number (got " + typeName(v) + ")", "2.2.s4.b1.b2");
            }
            return value;
        }

        boolean isObject(JsonNode n, String path, String what, String section) {
            if (n != null && n.isObject()) {
                return true;
            }
            if (n == null || n.isMissingNode()) {
                report(path, "must be " + what, section);
            } else if (n.isNull()) {
                report(path, "must not be null", "2.2.s4.b1.b1");
            } else {
                report(path, "must be " + what + " (got " + typeName(n) + ")", section);
            }
            return false;
        }

        void report(String path, String rule, String section) {
            String p = path.isEmpty() ? "$" : path;
            String spec = section.startsWith("2.0:") ? "xAPI 2.0.0 Data " + section.substring(4) : "xAPI 1.0.3 Data " + section;
            violations.add(new Violation(p, p + ": " + rule + " (" + spec + ")"));
        }
    }

    private static boolean present(JsonNode n) {
        return n != null && !n.isNull() && !n.isMissingNode();
    }

    private static String textOf(JsonNode n) {
        return n != null && n.isString() ? n.stringValue() : null;
    }

    private static BigDecimal decimal(JsonNode n) {
        try {
            return n.decimalValue();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean isNonNegativeInteger(JsonNode n) {
        if (n.isIntegralNumber()) {
            return n.decimalValue().signum() >= 0;
        }
        BigDecimal d = n.isNumber() ? decimal(n) : null;
        return d != null && d.signum() >= 0 && d.stripTrailingZeros().scale() <= 0;
    }

    private static String typeName(JsonNode n) {
        return switch (n.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NULL -> "null";
            default -> n.getNodeType().toString().toLowerCase();
        };
    }

    private static String child(String parent, String key) {
        if (!isSimpleKey(key)) {
            return mapKey(parent, key);
        }
        return parent.isEmpty() ? key : parent + "." + key;
    }

    /** Whether {@code key} matches {@code [A-Za-z_][A-Za-z0-9_]*} (a loop: this runs for every property path built). */
    private static boolean isSimpleKey(String key) {
        if (key.isEmpty()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
            if (!letter && (i == 0 || c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static String mapKey(String parent, String key) {
        return parent + "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }

    private static String index(String parent, int i) {
        return parent + "[" + i + "]";
    }
}
