package org.networkacademy.content;

/** Question types of knowledge checks and assessments, with their xAPI {@code interactionType}. */
public enum QuestionType {
    SINGLE_CHOICE("single-choice", "choice"),
    MULTIPLE_CHOICE("multiple-choice", "choice"),
    TRUE_FALSE("true-false", "true-false");

    private final String yamlName;
    private final String interactionType;

    QuestionType(String yamlName, String interactionType) {
        this.yamlName = yamlName;
        this.interactionType = interactionType;
    }

    /** @return the name used in content files, e.g. {@code single-choice} */
    public String yamlName() {
        return yamlName;
    }

    /** @return the xAPI 1.0.3 interactionType (Data §2.4.4.1, cmi.interaction) */
    public String interactionType() {
        return interactionType;
    }

    static java.util.Optional<QuestionType> fromYaml(String name) {
        for (QuestionType t : values()) {
            if (t.yamlName.equals(name)) {
                return java.util.Optional.of(t);
            }
        }
        return java.util.Optional.empty();
    }
}
