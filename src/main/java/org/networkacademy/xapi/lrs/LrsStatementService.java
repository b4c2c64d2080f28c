package org.networkacademy.xapi.lrs;

import org.networkacademy.base.config.PlatformProperties;
import org.networkacademy.xapi.StatementStore;
import org.networkacademy.xapi.model.XapiJson;
import org.networkacademy.xapi.validation.InvalidStatementException;
import org.networkacademy.xapi.validation.StatementValidator;
import org.networkacademy.xapi.validation.Violation;
import org.networkacademy.xapi.validation.XapiFormats;
import org.networkacademy.xapi.validation.XapiVersion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Stores statements received by the LRS Statement Resource (xAPI 1.0.3 Communication §2.1.1 PUT,
 * §2.1.2 POST): validation per the request's version, attachment checks, then all statements of a
 * request in one transaction — all stored or none.
 */
@Service
public class LrsStatementService {

    private final StatementValidator validator = new StatementValidator();
    private final StatementStore store;
    private final AttachmentStore attachmentStore;
    private final InFlightStatements inFlight;
    private final String homePage;

    LrsStatementService(StatementStore store, AttachmentStore attachmentStore, InFlightStatements inFlight, PlatformProperties platform) {
        this.store = store;
        this.attachmentStore = attachmentStore;
        this.inFlight = inFlight;
        this.homePage = platform.baseUrl();
    }

    /**
     * Validates and stores the statements of one request.
     *
     * @param body        the parsed body: one statement object or an array of them
     * @param statementId the {@code statementId} parameter of a PUT, or null for a POST
     * @param version     the request's xAPI version
     * @param client      the authenticated client (becomes the authority)
     * @param parts       attachment payloads of a multipart/mixed request by SHA-256 hex, or null for JSON requests
     * @return the statements, in request order: their ids and whether each was stored now ({@code false}: the
     *         LRS already had a statement with that id and the same content, Communication 2.1.1/2.1.2)
     * @throws InvalidStatementException (400) naming the failing property
     * @throws LrsRequestException        (400) for request-level errors
     * @throws org.networkacademy.xapi.StatementConflictException (409/400) for conflicts with stored statements
     */
    @Transactional
    public List<StatementStore.Stored> store(JsonNode body, String statementId, XapiVersion version, LrsClient client,
                              Map<String, AttachmentStore.Part> parts) {
        if (statementId != null) {
            if (!XapiFormats.isUuid(statementId)) {
                throw new LrsRequestException(400, "statementId: must be a UUID");
            }
            if (!(body instanceof ObjectNode o)) {
                throw new LrsRequestException(400, "a PUT body must be a single statement object (Communication 2.1.1)");
            }
            String id = o.path("id").asString(null);
            if (o.has("id") && (id == null || !id.equalsIgnoreCase(statementId))) {
                throw new LrsRequestException(400, "id: differs from the statementId parameter (Communication 2.1.1)");
            }
            o.put("id", statementId.toLowerCase(Locale.ROOT));
        }
        List<Violation> violations = validator.validateBatch(body, version);
        if (!violations.isEmpty()) {
            throw new InvalidStatementException(violations);
        }
        List<ObjectNode> statements = new ArrayList<>();
        if (body.isArray()) {
            body.forEach(s -> statements.add((ObjectNode) s));
        } else {
            statements.add((ObjectNode) body);
        }
        checkAttachments(statements, parts);
        statements.forEach(LrsStatementService::contextActivitiesAsArrays);
        JsonNode authority = authority(client);
        trackUntilCompletion(statements);
        List<StatementStore.Stored> stored = store.saveReceived(statements, version.label(), authority, client.id());
        if (parts != null) {
            parts.values().forEach(attachmentStore::save);
        }
        return stored;
    }

    /**
     * Registers this write with {@link InFlightStatements} until its transaction completes (commit or rollback),
     * so that Consistent-Through stays before its stored time and a GET of one of its ids waits for it.
     */
    private void trackUntilCompletion(List<ObjectNode> statements) {
        List<String> ids = statements.stream().map(s -> s.path("id").asString(""))
                .filter(id -> !id.isEmpty()).map(id -> id.toLowerCase(Locale.ROOT)).toList();
        InFlightStatements.Write write = inFlight.begin(ids);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            inFlight.end(write);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                inFlight.end(write);
            }
        });
    }

    /** Data 2.4.11 / Communication 1.5.2: payloads without fileUrl must come as parts, and every part must be used. */
    private static void checkAttachments(List<ObjectNode> statements, Map<String, AttachmentStore.Part> parts) {
        java.util.Set<String> used = new java.util.HashSet<>();
        for (int i = 0; i < statements.size(); i++) {
            JsonNode attachments = statements.get(i).path("attachments");
            for (int j = 0; j < attachments.size(); j++) {
                JsonNode a = attachments.get(j);
                String sha2 = a.path("sha2").asString("").toLowerCase(Locale.ROOT);
                String where = (statements.size() > 1 ? "[" + i + "]." : "") + "attachments[" + j + "]";
                if (parts == null || !parts.containsKey(sha2)) {
                    if (!a.has("fileUrl")) {
                        throw new LrsRequestException(400, where + ": no fileUrl and no multipart/mixed part with "
                                + "X-Experience-API-Hash " + sha2 + " (Communication 1.5.2)");
                    }
                    continue;
                }
                used.add(sha2);
                if ("http://adlnet.gov/expapi/attachments/signature".equals(a.path("usageType").asString(""))) {
                    SignedStatements.verify(statements.get(i), parts.get(sha2), where);
                }
            }
        }
        if (parts != null && !used.containsAll(parts.keySet())) {
            throw new LrsRequestException(400, "multipart/mixed: a part's X-Experience-API-Hash matches no statement attachment (Communication 1.5.2)");
        }
    }

    /**
     * Data 2.4.6.2 (2.0.0 §4.2.2.6): a single Activity under a contextActivities key is stored as an array
     * of one, so that every answer (and the same-id comparison) sees one shape. Done after the signature
     * check, which compares with the statement as sent.
     */
    static void contextActivitiesAsArrays(ObjectNode statement) {
        for (JsonNode node : List.of(statement, statement.path("object"))) {
            if (node.path("context").path("contextActivities") instanceof ObjectNode activities) {
                for (String key : List.copyOf(activities.propertyNames())) {
                    if (activities.get(key).isObject()) {
                        JsonNode single = activities.get(key);
                        activities.putArray(key).add(single);
                    }
                }
            }
        }
    }

    private JsonNode authority(LrsClient client) {
        ObjectNode agent = XapiJson.MAPPER.createObjectNode();
        agent.put("objectType", "Agent");
        agent.put("name", client.name());
        ObjectNode account = agent.putObject("account");
        account.put("homePage", homePage);
        account.put("name", client.key());
        return agent;
    }
}
