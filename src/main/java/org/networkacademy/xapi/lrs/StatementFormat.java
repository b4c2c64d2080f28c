package org.networkacademy.xapi.lrs;

import org.networkacademy.xapi.model.XapiJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code format} parameter of statements GET (xAPI 1.0.3 Communication §2.1.3): {@code exact}
 * returns the stored JSON untouched; {@code ids} keeps only identifying properties of Agents,
 * Groups, Activities and Verbs; {@code canonical} keeps one language per language map, chosen from
 * {@code Accept-Language}.
 */
final class StatementFormat {

    private static final Set<String> IFIS = Set.of("mbox", "mbox_sha1sum", "openid", "account");

    private StatementFormat() {
    }

    /**
     * @param json           a stored statement
     * @param format         exact, ids or canonical
     * @param acceptLanguage the request's Accept-Language header, or null
     * @return the statement text in that format (exact: the same string)
     */
    static String apply(String json, String format, String acceptLanguage) {
        if ("exact".equals(format)) {
            return json;
        }
        ObjectNode node = (ObjectNode) XapiJson.readTree(json);
        if ("ids".equals(format)) {
            ids(node);
        } else {
            canonical(node, languages(acceptLanguage));
        }
        return node.toString();
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
