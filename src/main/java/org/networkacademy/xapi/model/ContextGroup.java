package org.networkacademy.xapi.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * xAPI 2.0.0 {@code context.contextGroups} entry: a Group related to the Statement, with optional
 * relevant-type IRIs (xAPI 2.0.0 Data §2.4.6, Context Groups). Not part of xAPI 1.0.3.
 *
 * @param objectType    always {@code "contextGroup"}
 * @param group         the Group (required)
 * @param relevantTypes IRIs describing the Group's relevance, optional but non-empty when present
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContextGroup(String objectType, Group group, List<String> relevantTypes) {

    /** The {@code objectType} value of a context group. */
    public static final String OBJECT_TYPE = "contextGroup";

    /**
     * Copies the list so that the record stays immutable.
     *
     * @throws NullPointerException if the list contains null
     */
    public ContextGroup {
        relevantTypes = relevantTypes == null ? null : List.copyOf(relevantTypes);
    }

    /**
     * Creates a context group.
     *
     * @param group         the Group
     * @param relevantTypes relevant-type IRIs, may be null
     * @return the context group
     */
    public static ContextGroup of(Group group, List<String> relevantTypes) {
        return new ContextGroup(OBJECT_TYPE, group, relevantTypes);
    }
}
