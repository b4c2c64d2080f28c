package org.networkacademy.xapi.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One entry of an interaction component list ({@code choices}, {@code scale}, {@code source},
 * {@code target}, {@code steps}) of an interaction Activity (xAPI 1.0.3 Data §2.4.4.1, Interaction Components).
 *
 * @param id          identifier, distinct within its list (required)
 * @param description e.g. the text of a choice, optional
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InteractionComponent(String id, LanguageMap description) {

    /**
     * Creates a component with a single-language description.
     *
     * @param id          component id
     * @param languageTag RFC 5646 tag
     * @param description description text
     * @return the component
     */
    public static InteractionComponent of(String id, String languageTag, String description) {
        return new InteractionComponent(id, LanguageMap.of(languageTag, description));
    }
}
