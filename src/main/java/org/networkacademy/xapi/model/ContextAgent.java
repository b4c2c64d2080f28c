package org.networkacademy.xapi.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * xAPI 2.0.0 {@code context.contextAgents} entry: an Agent related to the Statement, with optional
 * relevant-type IRIs (xAPI 2.0.0 Data §2.4.6, Context Agents). Not part of xAPI 1.0.3.
 *
 * @param objectType    always {@code "contextAgent"}
 * @param agent         the Agent (required)
 * @param relevantTypes IRIs describing the Agent's relevance, optional but non-empty when present
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContextAgent(String objectType, Agent agent, List<String> relevantTypes) {

    /** The {@code objectType} value of a context agent. */
    public static final String OBJECT_TYPE = "contextAgent";

    /**
     * Copies the list so that the record stays immutable.
     *
     * @throws NullPointerException if the list contains null
     */
    public ContextAgent {
        relevantTypes = relevantTypes == null ? null : List.copyOf(relevantTypes);
    }

    /**
     * Creates a context agent.
     *
     * @param agent         the Agent
     * @param relevantTypes relevant-type IRIs, may be null
     * @return the context agent
     */
    public static ContextAgent of(Agent agent, List<String> relevantTypes) {
        return new ContextAgent(OBJECT_TYPE, agent, relevantTypes);
    }
}
