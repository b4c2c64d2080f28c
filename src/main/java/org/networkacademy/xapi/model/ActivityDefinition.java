package org.networkacademy.xapi.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * Metadata of an Activity (xAPI 1.0.3 Data §2.4.4.1, Activity Definition), including the
 * interaction properties of {@code cmi.interaction} activities.
 *
 * @param name                    human-readable name
 * @param description             description
 * @param type                    activity type IRI, e.g. {@link #CMI_INTERACTION}
 * @param moreInfo                IRL of a human-readable document about the activity
 * @param interactionType         one of {@code true-false}, {@code choice}, {@code fill-in}, {@code long-fill-in},
 *                                {@code matching}, {@code performance}, {@code sequencing}, {@code likert},
 *                                {@code numeric}, {@code other}
 * @param correctResponsesPattern correct response patterns (strings)
 * @param choices                 components of choice and sequencing interactions
 * @param scale                   components of likert interactions
 * @param source                  source components of matching interactions
 * @param target                  target components of matching interactions
 * @param steps                   components of performance interactions
 * @param extensions              activity definition extensions
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"name", "description", "type", "moreInfo", "interactionType", "correctResponsesPattern",
        "choices", "scale", "source", "target", "steps", "extensions"})
public record ActivityDefinition(LanguageMap name, LanguageMap description, String type, String moreInfo,
                                 String interactionType, List<String> correctResponsesPattern,
                                 List<InteractionComponent> choices, List<InteractionComponent> scale,
                                 List<InteractionComponent> source, List<InteractionComponent> target,
                                 List<InteractionComponent> steps, Extensions extensions) {

    /** Activity type recommended for interaction activities (xAPI 1.0.3 Data §2.4.4.1.s13.b2). */
    public static final String CMI_INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction";

    /** The interactionType values defined by xAPI 1.0.3 Data §2.4.4.1 (Interaction Types). */
    public static final List<String> INTERACTION_TYPES = List.of("true-false", "choice", "fill-in", "long-fill-in",
            "matching", "performance", "sequencing", "likert", "numeric", "other");

    /**
     * Copies the lists so that the record stays immutable.
     *
     * @throws NullPointerException if a list contains null
     */
    public ActivityDefinition {
        correctResponsesPattern = copy(correctResponsesPattern);
        choices = copy(choices);
        scale = copy(scale);
        source = copy(source);
        target = copy(target);
        steps = copy(steps);
    }

    /** @return a new, empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Creates a definition with just a name and a description (either may be null).
     *
     * @param name        the name
     * @param description the description
     * @return the definition
     */
    public static ActivityDefinition of(LanguageMap name, LanguageMap description) {
        return builder().name(name).description(description).build();
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? null : List.copyOf(list);
    }

    /** Fluent builder for {@link ActivityDefinition}; unset properties are omitted from the JSON. */
    public static final class Builder {
        private LanguageMap name;
        private LanguageMap description;
        private String type;
        private String moreInfo;
        private String interactionType;
        private List<String> correctResponsesPattern;
        private List<InteractionComponent> choices;
        private List<InteractionComponent> scale;
        private List<InteractionComponent> source;
        private List<InteractionComponent> target;
        private List<InteractionComponent> steps;
        private Extensions extensions;

        private Builder() {
        }

        /** Sets the name; returns this builder. */
        public Builder name(LanguageMap v) { name = v; return this; }

        /** Sets the name to a one-entry language map ({@code tag}: RFC 5646 tag); returns this builder. */
        public Builder name(String tag, String text) { name = LanguageMap.of(tag, text); return this; }

        /** Sets the description; returns this builder. */
        public Builder description(LanguageMap v) { description = v; return this; }

        /** Sets the description to a one-entry language map ({@code tag}: RFC 5646 tag); returns this builder. */
        public Builder description(String tag, String text) { description = LanguageMap.of(tag, text); return this; }

        /** Sets the activity type IRI; returns this builder. */
        public Builder type(String v) { type = v; return this; }

        /** Sets the IRL with more information; returns this builder. */
        public Builder moreInfo(String v) { moreInfo = v; return this; }

        /** Sets the interaction type, see {@link #INTERACTION_TYPES}; returns this builder. */
        public Builder interactionType(String v) { interactionType = v; return this; }

        /** Sets the correct response patterns; returns this builder. */
        public Builder correctResponsesPattern(List<String> v) { correctResponsesPattern = v; return this; }

        /** Sets the choice components; returns this builder. */
        public Builder choices(List<InteractionComponent> v) { choices = v; return this; }

        /** Sets the likert scale components; returns this builder. */
        public Builder scale(List<InteractionComponent> v) { scale = v; return this; }

        /** Sets the matching source components; returns this builder. */
        public Builder source(List<InteractionComponent> v) { source = v; return this; }

        /** Sets the matching target components; returns this builder. */
        public Builder target(List<InteractionComponent> v) { target = v; return this; }

        /** Sets the performance step components; returns this builder. */
        public Builder steps(List<InteractionComponent> v) { steps = v; return this; }

        /** Sets the definition extensions; returns this builder. */
        public Builder extensions(Extensions v) { extensions = v; return this; }

        /** @return the immutable definition */
        public ActivityDefinition build() {
            return new ActivityDefinition(name, description, type, moreInfo, interactionType, correctResponsesPattern,
                    choices, scale, source, target, steps, extensions);
        }
    }
}
