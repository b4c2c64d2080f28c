package org.networkacademy.xapi.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * Activities giving context to a Statement (xAPI 1.0.3 Data §2.4.6.2). Each value may arrive as a single
 * Activity object (allowed for 0.95 compatibility); it is read into a one-element list and written
 * back as an array, as the spec requires of an LRS (§2.4.6.2.s4.b3).
 *
 * @param parent   activities with a direct relation to the statement object
 * @param grouping activities with an indirect relation
 * @param category activities used to categorise the statement (e.g. a profile)
 * @param other    any other context activities
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContextActivities(
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Activity> parent,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Activity> grouping,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Activity> category,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Activity> other) {

    /**
     * Copies the lists so that the record stays immutable.
     *
     * @throws NullPointerException if a list contains null
     */
    public ContextActivities {
        parent = parent == null ? null : List.copyOf(parent);
        grouping = grouping == null ? null : List.copyOf(grouping);
        category = category == null ? null : List.copyOf(category);
        other = other == null ? null : List.copyOf(other);
    }

    /**
     * Creates context activities; any list may be null.
     *
     * @param parent   parent activities
     * @param grouping grouping activities
     * @param category category activities
     * @param other    other activities
     * @return the context activities
     */
    public static ContextActivities of(List<Activity> parent, List<Activity> grouping, List<Activity> category,
                                       List<Activity> other) {
        return new ContextActivities(parent, grouping, category, other);
    }
}
