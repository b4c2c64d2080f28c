package org.networkacademy.xapi.lrs;

import org.networkacademy.xapi.model.XapiJson;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The LRS's canonical Activity definitions (xAPI 1.0.3 Communication §2.5 Activities resource, §2.1.3
 * {@code format=canonical}): merged, oldest first, from the latest 1,000 statements whose object is the
 * activity and that were stored by the platform itself or by a client with scope {@code define} or
 * {@code all} (Communication §4.2: without {@code define} a statement does not update the canonical
 * representation). Language maps ({@code name}, {@code description}) gain the languages of every such
 * statement; other definition properties take the latest value. Computed on demand, not stored.
 */
@Component
class ActivityDefinitions {

    /** Statements of these authorities define activities: the platform (no client), and define/all clients. */
    private static final String DEFINING = "(authority_client IS NULL OR authority_client IN (SELECT id FROM lrs_client"
            + " WHERE CONCAT(' ', scopes, ' ') LIKE '% all %' OR CONCAT(' ', scopes, ' ') LIKE '% define %'))";

    private final JdbcTemplate jdbc;

    ActivityDefinitions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param activityIds activity IRIs
     * @return the canonical definition of each activity that has one (activities no defining statement has
     * as its object are absent); fresh trees the caller may change
     */
    Map<String, ObjectNode> canonical(Collection<String> activityIds) {
        Map<String, ObjectNode> definitions = new LinkedHashMap<>();
        for (String id : Set.copyOf(activityIds)) {
            ObjectNode merged = XapiJson.MAPPER.createObjectNode();
            // the latest 1,000 statements about the activity are enough to know it; older ones add no new language in practice
            jdbc.query("SELECT full_json FROM (SELECT seq, full_json FROM xapi_statement WHERE activity_id = ? AND " + DEFINING
                    + " ORDER BY seq DESC LIMIT 1000) latest ORDER BY seq", (RowCallbackHandler) rs -> {
                JsonNode definition = XapiJson.readTree(rs.getString(1)).path("object").path("definition");
                if (definition instanceof ObjectNode d) {
                    merge(merged, d);
                }
            }, id);
            if (!merged.isEmpty()) {
                definitions.put(id, merged);
            }
        }
        return definitions;
    }

    private static void merge(ObjectNode merged, ObjectNode definition) {
        definition.properties().forEach(e -> {
            if (Set.of("name", "description").contains(e.getKey()) && e.getValue() instanceof ObjectNode map
                    && merged.get(e.getKey()) instanceof ObjectNode known) {
                map.properties().forEach(l -> known.set(l.getKey(), l.getValue().deepCopy()));
            } else {
                merged.set(e.getKey(), e.getValue().deepCopy());
            }
        });
    }
}
