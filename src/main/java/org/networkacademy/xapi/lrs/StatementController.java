package org.networkacademy.xapi.lrs;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.networkacademy.xapi.StatementStore;
import org.networkacademy.xapi.model.XapiJson;
import org.networkacademy.xapi.model.XapiJsonException;
import org.networkacademy.xapi.model.XapiTime;
import org.networkacademy.xapi.validation.XapiFormats;
import org.networkacademy.xapi.validation.XapiVersion;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The xAPI Statement Resource at {@code /xapi/statements} (xAPI 1.0.3 Communication §2.1; 2.0.0 §4.1):
 * PUT with {@code statementId} (204), POST of one statement or an array (200 with the ids), GET of one
 * statement by {@code statementId}/{@code voidedStatementId} or of a {@code StatementResult} page by
 * filter with a signed {@code more} cursor; HEAD answers as GET without a body. Bodies are JSON or
 * {@code multipart/mixed} with attachment payloads.
 */
@RestController
@RequestMapping("/xapi")
class StatementController {

    private static final int MAX_PAGE = 500;
    private static final String CONSISTENT_THROUGH = "X-Experience-API-Consistent-Through";

    private final LrsStatementService statements;
    private final StatementQueryRepository queries;
    private final AttachmentStore attachments;
    private final MoreCursor cursor;
    private final ActivityDefinitions definitions;
    private final InFlightStatements inFlight;

    StatementController(LrsStatementService statements, StatementQueryRepository queries, AttachmentStore attachments,
                        MoreCursor cursor, ActivityDefinitions definitions, InFlightStatements inFlight) {
        this.statements = statements;
        this.queries = queries;
        this.attachments = attachments;
        this.cursor = cursor;
        this.definitions = definitions;
        this.inFlight = inFlight;
    }

    @PutMapping("/statements")
    ResponseEntity<Void> put(HttpServletRequest request, @AuthenticationPrincipal LrsClient client) throws IOException {
        onlyParams(request, Set.of("statementId"));
        String statementId = request.getParameter("statementId");
        if (statementId == null) {
            throw new LrsRequestException(400, "statementId: a PUT needs the statementId parameter (Communication 2.1.1)");
        }
        Body body = body(request);
        statements.store(body.json(), statementId, version(request), client, body.parts());
        return ResponseEntity.noContent().build();
    }

    /**
     * POST Statements (1.0.3 Communication 2.1.2, 2.0.0 §4.1.6.1): 200 with the ids in request order; when every
     * statement sent was already stored with the same content, nothing is stored and the answer is
     * 204 No Content — the spec's "whether it responds with 409 Conflict or 204 No Content, it MUST NOT
     * modify the Statement" (different content is 409, thrown by the store).
     */
    @PostMapping("/statements")
    ResponseEntity<String> post(HttpServletRequest request, @AuthenticationPrincipal LrsClient client) throws IOException {
        onlyParams(request, Set.of());
        Body body = body(request);
        if (body.json() != null && body.json().isArray() && body.json().isEmpty()) {
            // an empty array stores nothing: 200 with no ids (Communication 2.1.2 answers POST with the ids stored)
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body("[]");
        }
        List<StatementStore.Stored> stored = statements.store(body.json(), null, version(request), client, body.parts());
        if (stored.stream().noneMatch(StatementStore.Stored::created)) {
            return ResponseEntity.noContent().build();
        }
        List<String> ids = stored.stream().map(StatementStore.Stored::id).toList();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(XapiJson.MAPPER.writeValueAsString(ids));
    }

    @GetMapping("/statements")
    ResponseEntity<byte[]> get(HttpServletRequest request, HttpServletResponse response, @AuthenticationPrincipal LrsClient client) {
        java.time.Instant arrived = inFlight.now();
        // Before any write still under way: its stored time is already chosen but it is not visible yet.
        String consistentThrough = XapiTime.format(inFlight.consistentThrough());
        // Communication 2.1.3: the header is sent whatever the status, also on a refused query (400/404).
        response.setHeader(CONSISTENT_THROUGH, consistentThrough);
        onlyParams(request, StatementQuery.ALLOWED);
        Map<String, String> params = new LinkedHashMap<>();
        request.getParameterMap().forEach((k, v) -> params.put(k, v[0]));
        XapiVersion version = version(request);
        Long mine = client.scopes().stream().anyMatch(s -> Set.of(LrsScope.ALL, LrsScope.ALL_READ, LrsScope.STATEMENTS_READ).contains(s))
                ? null : client.id();
        String language = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);

        if (params.containsKey("statementId") || params.containsKey("voidedStatementId")) {
            boolean voided = !params.containsKey("statementId");
            if (params.containsKey("statementId") && params.containsKey("voidedStatementId")) {
                throw new LrsRequestException(400, "statementId and voidedStatementId cannot be used together");
            }
            for (String p : params.keySet()) {
                if (!Set.of("statementId", "voidedStatementId", "format", "attachments").contains(p)) {
                    throw new LrsRequestException(400, p + ": not allowed with statementId/voidedStatementId (Communication 2.1.3)");
                }
            }
            String id = params.get(voided ? "voidedStatementId" : "statementId");
            if (!XapiFormats.isUuid(id)) {
                // Data 2.2 (XAPI-00012): parameter values are held to the rules of the same values in statements.
                throw new LrsRequestException(400, (voided ? "voidedStatementId" : "statementId") + ": must be a UUID");
            }
            StatementQuery format = StatementQuery.parse(Map.of("format", params.getOrDefault("format", "exact"),
                    "attachments", params.getOrDefault("attachments", "false")), version);
            var found = queries.findById(id, voided, mine);
            if (found.isEmpty() && (inFlight.awaitWriteOf(id) || inFlight.awaitWritesArrivedBefore(arrived))) {
                // The POST/PUT of this id was received and is being stored: answer once it has completed.
                found = queries.findById(id, voided, mine);
            }
            var row = found.orElseThrow(() -> new LrsRequestException(404, (voided ? "voidedStatementId" : "statementId") + ": no such statement"));
            String json = StatementFormat.apply(row.json(), format.format(), language, definitions(format.format(), List.of(row.json())));
            return answer(json, List.of(row.json()), format.attachments(), consistentThrough, stored(row.json()));
        }

        // A query (not by id) also waits, briefly, for the statement writes received before it and still being
        // handled: a client that POSTs and then queries sees its statements (ADL suite 1.0.3 Data 2.5, session 5), and
        // Consistent-Through is taken again afterwards.
        if (inFlight.awaitWritesArrivedBefore(arrived)) {
            consistentThrough = XapiTime.format(inFlight.consistentThrough());
            response.setHeader(CONSISTENT_THROUGH, consistentThrough);
        }
        StatementQuery query;
        long afterSeq = -1;
        if (params.containsKey("more")) {
            if (params.size() > 1) {
                throw new LrsRequestException(400, "more: cannot be combined with other parameters");
            }
            MoreCursor.Position position = cursor.decode(params.get("more"), client.id());
            query = StatementQuery.parse(position.params(), version);
            afterSeq = position.afterSeq();
        } else {
            query = StatementQuery.parse(params, version);
        }
        int limit = query.limit() == 0 || query.limit() > MAX_PAGE ? MAX_PAGE : query.limit();
        StringBuilder out = new StringBuilder("{\"statements\":[");
        List<String> raw = new java.util.ArrayList<>();
        Instant[] newest = {null};
        long[] last = {-1};
        int[] count = {0};
        queries.query(query, afterSeq < 0 ? null : afterSeq, limit + 1, mine, row -> {
            if (count[0]++ < limit) {
                raw.add(row.json());
                last[0] = row.seq();
                Instant stored = stored(row.json());
                if (stored != null && (newest[0] == null || stored.isAfter(newest[0]))) {
                    newest[0] = stored;
                }
            }
        });
        Map<String, ObjectNode> canonical = definitions(query.format(), raw);
        for (int i = 0; i < raw.size(); i++) {
            out.append(i == 0 ? "" : ",").append(StatementFormat.apply(raw.get(i), query.format(), language, canonical));
        }
        String more = count[0] > limit ? request.getContextPath() + "/xapi/statements?more="
                + cursor.encode(query.params(), last[0], client.id()) : "";
        out.append("],\"more\":").append(XapiJson.MAPPER.writeValueAsString(more)).append('}');
        return answer(out.toString(), raw, query.attachments(), consistentThrough, newest[0]);
    }

    /** For {@code format=canonical}: the canonical definitions of the activities in these statements; else none. */
    private Map<String, ObjectNode> definitions(String format, List<String> jsons) {
        if (!"canonical".equals(format)) {
            return Map.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        jsons.forEach(json -> ids.addAll(StatementFormat.activityIds(json)));
        return definitions.canonical(ids);
    }

    /** The {@code stored} time of a stored statement, or null if it cannot be read. */
    private static Instant stored(String json) {
        return XapiTime.parse(XapiJson.readTree(json).path("stored").asString("")).orElse(null);
    }

    /**
     * The 200 answer; {@code Last-Modified} (2.0.0 §4.1.6.1) is the stored time of the statement, or of the
     * most recently stored one of a StatementResult.
     */
    private ResponseEntity<byte[]> answer(String json, List<String> raw, boolean withAttachments, String consistentThrough,
                                          Instant lastModified) {
        var ok = ResponseEntity.ok().header(CONSISTENT_THROUGH, consistentThrough);
        if (lastModified != null) {
            ok.header(HttpHeaders.LAST_MODIFIED, DateTimeFormatter.RFC_1123_DATE_TIME.format(lastModified.atOffset(ZoneOffset.UTC)));
        }
        byte[] jsonBytes = json.getBytes(StandardCharsets.UTF_8);
        if (!withAttachments) {
            return ok.contentType(MediaType.APPLICATION_JSON).body(jsonBytes);
        }
        var payloads = attachments.find(AttachmentStore.hashesOf(raw));
        String boundary = "xapi-" + UUID.randomUUID();
        return ok.header(HttpHeaders.CONTENT_TYPE, "multipart/mixed; boundary=" + boundary)
                .body(AttachmentStore.multipart(boundary, jsonBytes, payloads.values()));
    }

    /** The request body: statement JSON, and attachment payloads for multipart/mixed. */
    private record Body(JsonNode json, Map<String, AttachmentStore.Part> parts) {
    }

    private static Body body(HttpServletRequest request) throws IOException {
        byte[] bytes = request.getInputStream().readAllBytes();
        String contentType = request.getContentType() == null ? "application/json" : request.getContentType();
        String type = contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/mixed")) {
            List<MultipartMixed.BodyPart> parts = MultipartMixed.parse(bytes, MultipartMixed.boundary(contentType));
            if (parts.isEmpty() || !parts.getFirst().headers().getOrDefault("content-type", "").toLowerCase(Locale.ROOT)
                    .startsWith("application/json")) {
                throw new LrsRequestException(400, "multipart/mixed: the first part must be application/json statements (Communication 1.5.2)");
            }
            Map<String, AttachmentStore.Part> payloads = new LinkedHashMap<>();
            for (MultipartMixed.BodyPart part : parts.subList(1, parts.size())) {
                String hash = part.headers().get("x-experience-api-hash");
                if (hash == null) {
                    throw new LrsRequestException(400, "multipart/mixed: every attachment part needs an X-Experience-API-Hash header");
                }
                String encoding = part.headers().get("content-transfer-encoding");
                if (encoding != null && !encoding.equalsIgnoreCase("binary")) {
                    throw new LrsRequestException(400, "multipart/mixed: Content-Transfer-Encoding must be binary");
                }
                if (!sha256(part.body()).equalsIgnoreCase(hash)) {
                    throw new LrsRequestException(400, "multipart/mixed: part content does not match its X-Experience-API-Hash " + hash);
                }
                payloads.put(hash.toLowerCase(Locale.ROOT), new AttachmentStore.Part(hash.toLowerCase(Locale.ROOT),
                        part.headers().getOrDefault("content-type", "application/octet-stream"), part.body()));
            }
            return new Body(json(parts.getFirst().body()), payloads);
        }
        if (!type.startsWith("application/json")) {
            throw new LrsRequestException(400, "Content-Type must be application/json or multipart/mixed");
        }
        return new Body(json(bytes), null);
    }

    private static JsonNode json(byte[] bytes) {
        try {
            return XapiJson.readTree(XapiJson.decodeUtf8(bytes));
        } catch (XapiJsonException e) {
            throw new LrsRequestException(400, e.getMessage());
        }
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void onlyParams(HttpServletRequest request, Set<String> allowed) {
        LrsParameters.check(request, allowed, "this resource (Communication 2.1)");
    }

    private static XapiVersion version(HttpServletRequest request) {
        return (XapiVersion) request.getAttribute(XapiVersionFilter.ATTRIBUTE);
    }
}
