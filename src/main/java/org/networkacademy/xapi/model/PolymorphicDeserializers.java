package org.networkacademy.xapi.model;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;

/** Dispatch on {@code objectType} for the sealed {@link Actor} and {@link StatementTarget} types (xAPI 1.0.3 Data §2.4.2, §2.4.4). */
final class PolymorphicDeserializers {

    private PolymorphicDeserializers() {
    }

    /** Reads an {@link Actor}: no objectType or {@code Agent} gives an Agent, {@code Group} a Group. */
    static final class ActorDeserializer extends ValueDeserializer<Actor> {
        @Override
        public Actor deserialize(JsonParser p, DeserializationContext ctxt) {
            JsonNode node = objectNode(p, ctxt, Actor.class);
            return switch (objectType(node, "Agent")) {
                case "Agent" -> ctxt.readTreeAsValue(node, Agent.class);
                case "Group" -> ctxt.readTreeAsValue(node, Group.class);
                case String other -> ctxt.reportInputMismatch(Actor.class,
                        "actor objectType must be \"Agent\" or \"Group\", got \"%s\"", other);
            };
        }
    }

    /** Reads a {@link StatementTarget}: no objectType means Activity. */
    static final class TargetDeserializer extends ValueDeserializer<StatementTarget> {
        @Override
        public StatementTarget deserialize(JsonParser p, DeserializationContext ctxt) {
            JsonNode node = objectNode(p, ctxt, StatementTarget.class);
            Class<? extends StatementTarget> type = switch (objectType(node, "Activity")) {
                case "Activity" -> Activity.class;
                case "Agent" -> Agent.class;
                case "Group" -> Group.class;
                case "StatementRef" -> StatementRef.class;
                case "SubStatement" -> SubStatement.class;
                case String other -> ctxt.reportInputMismatch(StatementTarget.class,
                        "statement object objectType must be Activity, Agent, Group, StatementRef or SubStatement, got \"%s\"", other);
            };
            return ctxt.readTreeAsValue(node, type);
        }
    }

    private static JsonNode objectNode(JsonParser p, DeserializationContext ctxt, Class<?> type) {
        JsonNode node = ctxt.readTree(p);
        if (!node.isObject()) {
            ctxt.reportInputMismatch(type, "%s must be a JSON object, got %s", type.getSimpleName(), node.getNodeType());
        }
        return node;
    }

    private static String objectType(JsonNode node, String defaultType) {
        JsonNode type = node.get("objectType");
        if (type == null || type.isNull()) {
            return defaultType;
        }
        return type.isString() ? type.stringValue() : type.toString();
    }
}
