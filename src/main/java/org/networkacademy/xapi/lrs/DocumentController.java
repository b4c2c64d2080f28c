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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * GET one document (with ETag and Last-Modified) or the list of ids ({@code since}), PUT (replace),
 * POST (JSON merge of top-level properties; 400 unless both documents are JSON objects), DELETE one
 * or, for State, all. Concurrency (Communication §3.1): {@code If-Match} must match the current
 * ETag and {@code If-None-Match: *} requires that no document exists (412 otherwise); a profile PUT
 * over an existing document without either header is 409.
 */
@RestController
@RequestMapping("/xapi")
class DocumentController {

    private final DocumentStore documents;
    private final JdbcTemplate jdbc;

    DocumentController(DocumentStore documents, JdbcTemplate jdbc) {
        this.documents = documents;
        this.jdbc = jdbc;
    }

    @RequestMapping(path = "/activities/state", method = {RequestMethod.GET, RequestMethod.PUT, RequestMethod.POST, RequestMethod.DELETE})
    @Transactional
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
    @Transactional
    ResponseEntity<byte[]> activityProfile(HttpServletRequest request) throws IOException {
        params(request, Set.of("activityId", "profileId", "since"));
        return handle(request, new DocumentStore.Scope("activity-profile", activityId(request), null, null), "profileId", false, true);
    }

    @RequestMapping(path = "/agents/profile", method = {RequestMethod.GET, RequestMethod.PUT, RequestMethod.POST, RequestMethod.DELETE})
    @Transactional
    ResponseEntity<byte[]> agentProfile(HttpServletRequest request) throws IOException {
        params(request, Set.of("agent", "profileId", "since"));
        return handle(request, new DocumentStore.Scope("agent-profile", null, agentKey(request), null), "profileId", false, true);
    }

    /**
     * Activities resource (1.0.3 Communication §2.5, 2.0.0 §4.1.6.4): the activity with the definition merged
     * from the statements about it, oldest first: language maps ({@code name}, {@code description}) gain the
     * languages of every statement, other definition properties take the latest value.
     */
    @RequestMapping(path = "/activities", method = RequestMethod.GET)
    ResponseEntity<String> activity(HttpServletRequest request) {
        params(request, Set.of("activityId"));
        String id = activityId(request);
        ObjectNode activity = XapiJson.MAPPER.createObjectNode();
        activity.put("objectType", "Activity");
        activity.put("id", id);
        ObjectNode merged = XapiJson.MAPPER.createObjectNode();
        // the latest 1,000 statements about the activity are enough to know it; older ones add no new language in practice
        jdbc.query("SELECT full_json FROM (SELECT seq, full_json FROM xapi_statement WHERE activity_id = ? ORDER BY seq DESC LIMIT 1000) latest ORDER BY seq",
                rs -> {
                    JsonNode definition = XapiJson.readTree(rs.getString(1)).path("object").path("definition");
                    if (definition instanceof ObjectNode d) {
                        mergeDefinition(merged, d);
                    }
                }, id);
        if (!merged.isEmpty()) {
            activity.set("definition", merged);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(activity.toString());
    }

    private static void mergeDefinition(ObjectNode merged, ObjectNode definition) {
        definition.properties().forEach(e -> {
            if (Set.of("name", "description").contains(e.getKey()) && e.getValue() instanceof ObjectNode map
                    && merged.get(e.getKey()) instanceof ObjectNode known) {
                map.properties().forEach(l -> known.set(l.getKey(), l.getValue()));
            } else {
                merged.set(e.getKey(), e.getValue().deepCopy());
            }
        });
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

    private ResponseEntity<byte[]> handle(HttpServletRequest request, DocumentStore.Scope scope, String idParam,
                                          boolean deleteAllAllowed, boolean profile) throws IOException {
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
        if (request.getParameter("since") != null) {
            throw new LrsRequestException(400, "since: not allowed together with " + idParam);
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
                byte[] body = request.getInputStream().readAllBytes();
                String type = contentType(request);
                if (isJson(type)) {
                    json(body); // must parse
                }
                documents.save(scope, documentId, type, body);
                return ResponseEntity.noContent().build();
            }
            case "POST" -> {
                byte[] body = request.getInputStream().readAllBytes();
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
            return XapiJson.readTree(new String(body, StandardCharsets.UTF_8));
        } catch (XapiJsonException e) {
            throw new LrsRequestException(400, "the document is declared application/json but is not JSON: " + e.getMessage());
        }
    }

    private static String activityId(HttpServletRequest request) {
        String id = request.getParameter("activityId");
        if (id == null || !XapiFormats.isIri(id)) {
            throw new LrsRequestException(400, "activityId: required, an IRI");
        }
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
        return StatementStore.actorKey(agent(request)).orElseThrow();
    }

    private static void params(HttpServletRequest request, Set<String> allowed) {
        for (String name : request.getParameterMap().keySet()) {
            if (!allowed.contains(name)) {
                throw new LrsRequestException(400, name + ": unknown parameter for this resource");
            }
        }
    }
}
