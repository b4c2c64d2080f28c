package org.networkacademy.xapi.lrs;

import org.networkacademy.xapi.model.XapiJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The {@code format} parameter of statements GET (xAPI 1.0.3 Communication §2.1.3): {@code exact}
 * returns the stored JSON untouched; {@code ids} keeps only identifying properties of Agents,
 * Groups, Activities and Verbs; {@code canonical} puts the LRS's canonical definition
 * ({@link ActivityDefinitions}) in place of each Activity's definition — object, context activities,
 * and the same in a SubStatement; an Activity the LRS has no definition for keeps its own — and then keeps
 * one language per language map, chosen from {@code Accept-Language} (§2.1.3 "Language Filtering
 * Requirements for Canonical Format Statements"). Verbs keep their own {@code display} (the LRS keeps no
 * canonical verb displays), filtered the same way; Agents and Groups are returned as in {@code exact}.
 */
final class StatementFormat {

    private static final Set<String> IFIS = Set.of("mbox", "mbox_sha1sum", "openid", "account");

    private StatementFormat() {
    }

    /**
     * @param json           a stored statement
     * @param format         exact, ids or canonical
     * @param acceptLanguage the request's Accept-Language header, or null
     * @param definitions    canonical definitions by activity id (for canonical; see {@link #activityIds})
     * @return the statement text in that format (exact: the same string)
     */
    static String apply(String json, String format, String acceptLanguage, Map<String, ObjectNode> definitions) {
        if ("exact".equals(format)) {
            return json;
        }
        ObjectNode node = (ObjectNode) XapiJson.readTree(json);
        if ("ids".equals(format)) {
            ids(node);
        } else {
            forEachActivity(node, activity -> {
                ObjectNode definition = definitions.get(activity.path("id").asString(""));
                if (definition != null) {
                    activity.set("definition", definition.deepCopy());
                }
            });
            canonical(node, languages(acceptLanguage));
        }
        return node.toString();
    }

    /**
     * @param json a stored statement
     * @return the ids of the Activities in it: object, context activities, and those of a SubStatement object
     */
    static Set<String> activityIds(String json) {
        Set<String> ids = new LinkedHashSet<>();
        forEachActivity(XapiJson.readTree(json), a -> ids.add(a.path("id").asString("")));
        return ids;
    }

    private static void forEachActivity(JsonNode statement, Consumer<ObjectNode> action) {
        JsonNode object = statement.path("object");
        if (object instanceof ObjectNode o) {
            switch (o.path("objectType").asString("Activity")) {
                case "Activity" -> action.accept(o);
                case "SubStatement" -> forEachActivity(o, action);
                default -> { }
            }
        }
        for (JsonNode list : statement.path("context").path("contextActivities")) {
            if (list instanceof ObjectNode single) {
                action.accept(single);
            }
            for (JsonNode a : list) {
                if (a instanceof ObjectNode activity) {
                    action.accept(activity);
                }
            }
        }
    }

    private static void ids(ObjectNode s) {
        agentIds(s.get("actor"));
        agentIds(s.get("authority"));
        if (s.get("verb") instanceof ObjectNode verb) {
            verb.retain("id");
        }
        JsonNode object = s.get("object");
        if (object instanceof ObjectNode o) {
            String type = o.path("objectType").asString("Activity");
            switch (type) {
                case "Activity" -> o.retain("id"); // only the identifier (2.0.0 §4.1.6.1 format=ids)
                case "Agent", "Group" -> agentIds(o);
                case "SubStatement" -> ids(o);
                default -> { }
            }
        }
        JsonNode context = s.get("context");
        if (context instanceof ObjectNode c) {
            agentIds(c.get("instructor"));
            agentIds(c.get("team"));
            for (JsonNode list : c.path("contextActivities")) {
                if (list instanceof ObjectNode a) {
                    a.retain("id");
                }
                for (JsonNode a : list) {
                    if (a instanceof ObjectNode ao) {
                        ao.retain("id");
                    }
                }
            }
            for (JsonNode ca : c.path("contextAgents")) {
                agentIds(ca.get("agent"));
            }
            for (JsonNode cg : c.path("contextGroups")) {
                agentIds(cg.get("group"));
            }
        }
    }

    private static void agentIds(JsonNode n) {
        if (!(n instanceof ObjectNode agent)) {
            return;
        }
        boolean identified = agent.propertyNames().stream().anyMatch(IFIS::contains);
        if (identified) {
            agent.remove(List.of("name", "member"));
        } else {
            agent.remove("name");
            for (JsonNode m : agent.path("member")) {
                agentIds(m);
            }
        }
    }

    private static void canonical(JsonNode n, List<String> languages) {
        if (n instanceof ObjectNode o) {
            for (String key : List.copyOf(o.propertyNames())) {
                JsonNode v = o.get(key);
                if (Set.of("display", "name", "description").contains(key) && v instanceof ObjectNode map && isLanguageMap(map)) {
                    String chosen = choose(map, languages);
                    map.retain(chosen);
                } else {
                    canonical(v, languages);
                }
            }
        } else if (n != null && n.isArray()) {
            for (JsonNode e : n) {
                canonical(e, languages);
            }
        }
    }

    private static boolean isLanguageMap(ObjectNode map) {
        return !map.isEmpty() && map.properties().stream().allMatch(e -> e.getValue().isString());
    }

    private static String choose(ObjectNode map, List<String> languages) {
        for (String lang : languages) {
            for (String key : map.propertyNames()) {
                if (key.toLowerCase(Locale.ROOT).equals(lang) || key.toLowerCase(Locale.ROOT).startsWith(lang + "-")) {
                    return key;
                }
            }
        }
        return map.propertyNames().iterator().next();
    }

    private static List<String> languages(String header) {
        if (header == null || header.isBlank()) {
            return List.of();
        }
        try {
            return Locale.LanguageRange.parse(header).stream().map(r -> r.getRange().toLowerCase(Locale.ROOT))
                    .filter(r -> !r.equals("*")).toList();
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }
}
