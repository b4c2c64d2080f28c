package org.networkacademy.xapi.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The action of a Statement (xAPI 1.0.3 Data §2.4.3).
 *
 * @param id      the verb IRI (required), e.g. {@code http://adlnet.gov/expapi/verbs/completed}
 * @param display human-readable names per language, recommended
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Verb(String id, LanguageMap display) {

    /** The reserved verb that voids another Statement (xAPI 1.0.3 Data §2.3.2). */
    public static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";

    /**
     * Creates a verb with a single display name.
     *
     * @param id          verb IRI
     * @param languageTag RFC 5646 tag of the display name
     * @param display     display name
     * @return the verb
     */
    public static Verb of(String id, String languageTag, String display) {
        return new Verb(id, LanguageMap.of(languageTag, display));
    }

    /**
     * Creates a verb without display names.
     *
     * @param id verb IRI
     * @return the verb
     */
    public static Verb of(String id) {
        return new Verb(id, null);
    }
}
