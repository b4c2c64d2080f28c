package org.networkacademy.xapi.lrs;

import jakarta.servlet.http.HttpServletRequest;
import org.networkacademy.xapi.StatementStore;
import org.networkacademy.xapi.model.XapiJson;
import org.networkacademy.xapi.model.XapiJsonException;
import org.networkacademy.xapi.model.XapiTime;
import org.networkacademy.xapi.validation.XapiFormats;
import org.networkacademy.xapi.validation.XapiVersion;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The Document Resources and the Activities/Agents resources (xAPI 1.0.3 Communication §2.3 State,
 * §2.5 Agents, §2.6 Activities, §2.7 Agent Profile, §2.8 Activity Profile; 2.0.0 §4.2–4.6):
 * GET one document (with ETag and Last-Modified; a {@code since} beside the id is checked, not applied) or the
 * list of ids ({@code since}), PUT (replace),
 * POST (JSON merge of top-level properties; 400 unless both documents are JSON objects), DELETE one
 * or, for State, all. Concurrency (Communication §3.1): {@code If-Match} must match the current
 * ETag and {@code If-None-Match: *} requires that no document exists (412 otherwise); a profile PUT
 * over an existing document without either header is 409.
 */
@RestController
@RequestMapping("/xapi")
class DocumentController {

    /** Column sizes of {@code xapi_document} (V12): longer ids are refused with 400 naming the parameter. */
    static final int MAX_ACTIVITY_ID = 2000;
    static final int MAX_DOCUMENT_ID = 1000;
    static final int MAX_AGENT_KEY = 1000;

    private final DocumentStore documents;
    private final ActivityDefinitions definitions;
    private final TransactionTemplate tx;
    /**
     * Concurrent first writes of documents in one scope can deadlock in InnoDB (both lock the gap where the row will
     * go, then both insert): MariaDB rolls one back, and the whole read-check-write is run again in a new transaction.
     */
    private final RetryTemplate retry = new RetryTemplate(RetryPolicy.builder()
            .includes(PessimisticLockingFailureException.class)
            .maxRetries(8).delay(Duration.ofMillis(10)).jitter(Duration.ofMillis(10)).multiplier(2).maxDelay(Duration.ofMillis(400))
            .build());

    DocumentController(DocumentStore documents, ActivityDefinitions definitions, PlatformTransactionManager transactions) {
        this.documents = documents;
        this.definitions = definitions;
        this.tx = new TransactionTemplate(transactions);
    }

    @RequestMapping(path = "/activities/state", method = {RequestMethod.GET, RequestMethod.PUT, RequestMethod.POST, RequestMethod.DELETE})
    ResponseEntity<byte[]> state(HttpServletRequest request) throws IOException {
        params(request, Set.of("activityId", "agent", "registration", "stateId", "since"));
        String registration = request.getParameter("registration");
        if (registration != null && !XapiFormats.isUuid(registration)) {
            throw new LrsRequestException(400, "registration: must be a UUID");
        }
        var scope = new DocumentStore.Scope("state", activityId(request), agentKey(request),
                registration == null ? null : registration.toLowerCase(Locale.ROOT));
        return handle(request, scope, "stateId", true, false);
    }

    @RequestMapping(path = "/activities/profile", method = {RequestMethod.GET, RequestMethod.PUT, RequestMethod.POST, RequestMethod.DELETE})
    ResponseEntity<byte[]> activityProfile(HttpServletRequest request) throws IOException {
        params(request, Set.of("activityId", "profileId", "since"));
        return handle(request, new DocumentStore.Scope("activity-profile", activityId(request), null, null), "profileId", false, true);
    }

    @RequestMapping(path = "/agents/profile", method = {RequestMethod.GET, RequestMethod.PUT, RequestMethod.POST, RequestMethod.DELETE})
    ResponseEntity<byte[]> agentProfile(HttpServletRequest request) throws IOException {
        params(request, Set.of("agent", "profileId", "since"));
        return handle(request, new DocumentStore.Scope("agent-profile", null, agentKey(request), null), "profileId", false, true);
    }

    /**
     * Activities resource (1.0.3 Communication §2.5, 2.0.0 §4.1.6.4): the activity with its canonical definition
     * ({@link ActivityDefinitions}), or without a definition when no defining statement has it as object.
     */
    @RequestMapping(path = "/activities", method = RequestMethod.GET)
    ResponseEntity<String> activity(HttpServletRequest request) {
        params(request, Set.of("activityId"));
        String id = activityId(request);
        ObjectNode activity = XapiJson.MAPPER.createObjectNode();
        activity.put("objectType", "Activity");
        activity.put("id", id);
        ObjectNode definition = definitions.canonical(List.of(id)).get(id);
        if (definition != null) {
            activity.set("definition", definition);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(activity.toString());
    }

    /** Agents resource (§2.5): the Person object combining what is known of this agent (here: its own identifiers). */
    @RequestMapping(path = "/agents", method = RequestMethod.GET)
    ResponseEntity<String> person(HttpServletRequest request) {
        params(request, Set.of("agent"));
        JsonNode agent = agent(request);
        ObjectNode person = XapiJson.MAPPER.createObjectNode();
        person.put("objectType", "Person");
        for (String p : List.of("name", "mbox", "mbox_sha1sum", "openid", "account")) {
            if (agent.has(p)) {
                person.putArray(p).add(agent.get(p));
            }
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(person.toString());
    }

    /**
     * Runs one document request in a transaction of its own, again (with a short back-off, at most 8 times) when
     * MariaDB rolled it back for a deadlock or a lock wait timeout; the body is read once, before.
     *
     * @throws LrsRequestException 400 for an id longer than its column, and what {@link #handle} raises
     * @throws PessimisticLockingFailureException when every attempt met a deadlock (answered 503)
     */
    private ResponseEntity<byte[]> handle(HttpServletRequest request, DocumentStore.Scope scope, String idParam,
                                          boolean deleteAllAllowed, boolean profile) throws IOException {
        checkLength(idParam, request.getParameter(idParam), MAX_DOCUMENT_ID);
        byte[] body = "PUT".equals(request.getMethod()) || "POST".equals(request.getMethod())
                ? request.getInputStream().readAllBytes() : null;
        return retry.invoke(() -> tx.execute(status -> handle(request, scope, idParam, deleteAllAllowed, profile, body)));
    }

    private static void checkLength(String param, String value, int max) {
        // characters as the utf8mb4 column counts them: code points, not UTF-16 units (an emoji is one)
        int length = value == null ? 0 : value.codePointCount(0, value.length());
        if (length > max) {
            throw new LrsRequestException(400, param + ": at most " + max + " characters (got " + length + ")");
        }
    }

    private ResponseEntity<byte[]> handle(HttpServletRequest request, DocumentStore.Scope scope, String idParam,
                                          boolean deleteAllAllowed, boolean profile, byte[] body) {
        String documentId = request.getParameter(idParam);
        String method = request.getMethod();
        String ifMatch = request.getHeader(HttpHeaders.IF_MATCH);
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        XapiVersion version = (XapiVersion) request.getAttribute(XapiVersionFilter.ATTRIBUTE);
        if (documentId == null) {
            switch (method) {
                case "GET", "HEAD" -> {
                    Instant since = null;
                    String s = request.getParameter("since");
                    if (s != null) {
                        since = XapiTime.parse(s).filter(t -> XapiFormats.isTimestamp(s, version))
                                .orElseThrow(() -> new LrsRequestException(400, "since: must be an ISO 8601 timestamp"));
                    }
                    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                            .body(XapiJson.MAPPER.writeValueAsBytes(documents.ids(scope, since)));
                }
                case "DELETE" -> {
                    if (!deleteAllAllowed) {
                        throw new LrsRequestException(400, idParam + ": required");
                    }
                    documents.deleteAll(scope);
                    return ResponseEntity.noContent().build();
                }
                default -> throw new LrsRequestException(400, idParam + ": required for " + method);
            }
        }
        String sinceWithId = request.getParameter("since");
        if (sinceWithId != null) {
            // 1.0.3 Communication 2.3/2.6/2.7, 2.0.0 §4.1.6.2/5/6: "since" is a parameter of these resources' GET; with
            // a document id it does not filter (the conformance requirement XAPI-00192 says so: "no requirement that the
            // LRS reacts to the since parameter in the case of a GET request with valid stateId"), so a GET/HEAD takes
            // it, checked as a timestamp, and answers the document. Other methods have no "since" (400).
            if (!"GET".equals(method) && !"HEAD".equals(method)) {
                throw new LrsRequestException(400, "since: not allowed together with " + idParam + " for " + method);
            }
            if (XapiTime.parse(sinceWithId).filter(t -> XapiFormats.isTimestamp(sinceWithId, version)).isEmpty()) {
                throw new LrsRequestException(400, "since: must be an ISO 8601 timestamp");
            }
        }
        Optional<DocumentStore.Document> current = "GET".equals(method) || "HEAD".equals(method)
                ? documents.find(scope, documentId) : documents.findForUpdate(scope, documentId);
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            preconditions(current, ifMatch, ifNoneMatch);
            // 1.0.3 asks this of the profile resources; 2.0.0 §4.1.4 of every document resource, State included.
            boolean concurrencyControlled = profile || version == XapiVersion.V2_0_0;
            if (concurrencyControlled && "PUT".equals(method) && current.isPresent() && ifMatch == null && ifNoneMatch == null) {
                throw new LrsRequestException(409, "the document exists: send If-Match with its ETag or If-None-Match: * (Communication 3.1)");
            }
            // 1.0.3 §3.1: a client MUST send one of them with a profile PUT, and the LRS checks the client's MUSTs
            // (ADL's suite and reference LRS: 400). 2.0.0 keeps only the 409 above.
            if (profile && version != XapiVersion.V2_0_0 && "PUT".equals(method) && ifMatch == null && ifNoneMatch == null) {
                throw new LrsRequestException(400, "a profile PUT needs If-Match with the document's ETag or If-None-Match: * (Communication 3.1)");
            }
        }
        switch (method) {
            case "GET", "HEAD" -> {
                var doc = current.orElseThrow(() -> new LrsRequestException(404, idParam + ": no such document"));
                return ResponseEntity.ok().eTag("\"" + doc.etag() + "\"")
                        .header(HttpHeaders.LAST_MODIFIED, DateTimeFormatter.RFC_1123_DATE_TIME.format(doc.updated().atOffset(ZoneOffset.UTC)))
                        .header(HttpHeaders.CONTENT_TYPE, doc.contentType()).body(doc.content());
            }
            case "DELETE" -> {
                documents.delete(scope, documentId);
                return ResponseEntity.noContent().build();
            }
            case "PUT" -> {
                String type = contentType(request);
                if (isJson(type)) {
                    json(body); // must parse
                }
                documents.save(scope, documentId, type, body);
                return ResponseEntity.noContent().build();
            }
            case "POST" -> {
                String type = contentType(request);
                if (current.isEmpty()) {
                    if (isJson(type)) {
                        json(body);
                    }
                    documents.save(scope, documentId, type, body);
                    return ResponseEntity.noContent().build();
                }
                if (!isJson(type) || !isJson(current.get().contentType())) {
                    throw new LrsRequestException(400, "POST merges JSON documents only: both the stored and the sent document must be application/json (Communication 2.3)");
                }
                JsonNode stored = json(current.get().content());
                JsonNode sent = json(body);
                if (!(stored instanceof ObjectNode merged) || !sent.isObject()) {
                    throw new LrsRequestException(400, "POST merges JSON objects only (Communication 2.3)");
                }
                sent.properties().forEach(e -> merged.set(e.getKey(), e.getValue()));
                documents.save(scope, documentId, "application/json", merged.toString().getBytes(StandardCharsets.UTF_8));
                return ResponseEntity.noContent().build();
            }
            default -> throw new LrsRequestException(405, method + " not allowed");
        }
    }

    private static void preconditions(Optional<DocumentStore.Document> current, String ifMatch, String ifNoneMatch) {
        if (ifMatch != null) {
            boolean any = ifMatch.strip().equals("*");
            boolean matches = current.isPresent() && (any || List.of(ifMatch.split(",")).stream()
                    .map(t -> t.strip().replaceFirst("^W/", "").replace("\"", ""))
                    .anyMatch(t -> t.equalsIgnoreCase(current.get().etag())));
            if (!matches) {
                throw new LrsRequestException(412, "If-Match: does not match the current ETag (Communication 3.1)");
            }
        }
        if (ifNoneMatch != null && ifNoneMatch.strip().equals("*") && current.isPresent()) {
            throw new LrsRequestException(412, "If-None-Match: * but the document exists (Communication 3.1)");
        }
    }

    private static String contentType(HttpServletRequest request) {
        return request.getContentType() == null ? "application/octet-stream" : request.getContentType();
    }

    private static boolean isJson(String contentType) {
        return contentType.toLowerCase(Locale.ROOT).startsWith("application/json");
    }

    private static JsonNode json(byte[] body) {
        try {
            return XapiJson.readTree(XapiJson.decodeUtf8(body));
        } catch (XapiJsonException e) {
            throw new LrsRequestException(400, "the document is declared application/json but is not JSON: " + e.getMessage());
        }
    }

    private static String activityId(HttpServletRequest request) {
        String id = request.getParameter("activityId");
        if (id == null || !XapiFormats.isIri(id)) {
            throw new LrsRequestException(400, "activityId: required, an IRI");
        }
        checkLength("activityId", id, MAX_ACTIVITY_ID);
        return id;
    }

    private static JsonNode agent(HttpServletRequest request) {
        String text = request.getParameter("agent");
        if (text == null) {
            throw new LrsRequestException(400, "agent: required");
        }
        JsonNode agent;
        try {
            agent = XapiJson.readTree(text);
        } catch (XapiJsonException e) {
            throw new LrsRequestException(400, "agent: not JSON");
        }
        long ifis = Set.of("mbox", "mbox_sha1sum", "openid", "account").stream().filter(agent::has).count();
        if (!agent.isObject() || ifis != 1) {
            throw new LrsRequestException(400, "agent: must be an Agent with exactly one inverse functional identifier");
        }
        if (agent.has("mbox") && !XapiFormats.isMailtoIri(agent.get("mbox").asString(""))) {
            throw new LrsRequestException(400, "agent.mbox: must be a mailto: IRI");
        }
        return agent;
    }

    private static String agentKey(HttpServletRequest request) {
        String key = StatementStore.actorKey(agent(request)).orElseThrow();
        if (key.length() > MAX_AGENT_KEY) {
            throw new LrsRequestException(400, "agent: its identifier is too long (at most " + MAX_AGENT_KEY + " characters)");
        }
        return key;
    }

    private static void params(HttpServletRequest request, Set<String> allowed) {
        LrsParameters.check(request, allowed, "this resource");
    }
}
