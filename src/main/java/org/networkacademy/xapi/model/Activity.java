package org.networkacademy.xapi.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An Activity used as a statement object or context activity (xAPI 1.0.3 Data §2.4.4.1).
 * The factories set {@code objectType} to {@code "Activity"}; a parsed Activity keeps an omitted
 * {@code objectType} as {@code null} so that it re-serialises unchanged.
 *
 * @param objectType {@code "Activity"} or {@code null}
 * @param id         the activity IRI (required)
 * @param definition metadata, optional
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize
public record Activity(String objectType, String id, ActivityDefinition definition) implements StatementTarget {

    /** The {@code objectType} value of an Activity. */
    public static final String OBJECT_TYPE = "Activity";

    /**
     * Creates an Activity without a definition.
     *
     * @param id activity IRI
     * @return the activity
     */
    public static Activity of(String id) {
        return new Activity(OBJECT_TYPE, id, null);
    }

    /**
     * Creates an Activity with a definition.
     *
     * @param id         activity IRI
     * @param definition its definition
     * @return the activity
     */
    public static Activity of(String id, ActivityDefinition definition) {
        return new Activity(OBJECT_TYPE, id, definition);
    }
}
