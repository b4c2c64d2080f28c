package org.networkacademy.xapi.forwarding;

import tools.jackson.databind.JsonNode;

import java.util.Set;

/** Compares JSON semantically: every property of {@code expected} is in {@code actual} with an equal value (numbers by value). */
final class JsonSubset {

    private JsonSubset() {
    }

    static boolean contains(JsonNode expected, JsonNode actual, Set<String> ignoredTopLevel) {
        for (String key : expected.propertyNames()) {
            if (!ignoredTopLevel.contains(key) && !equal(expected.get(key), actual.get(key))) {
                return false;
            }
        }
        return true;
    }

    private static boolean equal(JsonNode e, JsonNode a) {
        if (a == null) {
            return false;
        }
        if (e.isNumber()) {
            return a.isNumber() && e.decimalValue().compareTo(a.decimalValue()) == 0;
        }
        if (e.isObject()) {
            return a.isObject() && contains(e, a, Set.of());
        }
        if (e.isArray()) {
            if (!a.isArray() || a.size() != e.size()) {
                return false;
            }
            for (int i = 0; i < e.size(); i++) {
                if (!equal(e.get(i), a.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return e.equals(a);
    }
}
