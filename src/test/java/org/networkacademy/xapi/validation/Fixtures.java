package org.networkacademy.xapi.validation;

import org.networkacademy.xapi.model.XapiJson;
import org.networkacademy.xapi.model.XapiTestData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Builds test statements by editing {@code invalid/00-valid-base.json} with dotted paths. */
final class Fixtures {

    private Fixtures() {
    }

    /** @return a fresh copy of the valid base statement */
    static ObjectNode base() {
        return (ObjectNode) XapiTestData.json("invalid/00-valid-base.json");
    }

    /** @return a fresh copy of a statement JSON text */
    static ObjectNode statement(String json) {
        return (ObjectNode) XapiJson.readTree(json);
    }

    /**
     * Sets a value; {@code path} is dotted ({@code context.registration}), numeric segments index arrays,
     * missing objects are created. {@code json} is JSON text ({@code "\"text\""}, {@code "null"}, {@code "{}"}).
     */
    static ObjectNode set(ObjectNode root, String path, String json) {
        String[] keys = path.split("\\.");
        JsonNode parent = root;
        for (int i = 0; i < keys.length - 1; i++) {
            JsonNode next = parent.isArray() ? parent.get(Integer.parseInt(keys[i])) : parent.get(keys[i]);
            if (next == null || !(next.isObject() || next.isArray())) {
                next = ((ObjectNode) parent).putObject(keys[i]);
            }
            parent = next;
        }
        JsonNode value = XapiJson.readTree(json);
        String last = keys[keys.length - 1];
        if (parent.isArray()) {
            ((ArrayNode) parent).set(Integer.parseInt(last), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
        return root;
    }

    /** Removes the value at a dotted path, if present. */
    static ObjectNode remove(ObjectNode root, String path) {
        int dot = path.lastIndexOf('.');
        JsonNode parent = dot < 0 ? root : root.at("/" + path.substring(0, dot).replace('.', '/'));
        if (parent instanceof ObjectNode object) {
            object.remove(path.substring(dot + 1));
        }
        return root;
    }
}
