package org.networkacademy.xapi.validation;

import java.util.Objects;

/**
 * One rule a statement breaks.
 *
 * @param path    JSON path of the offending property, e.g. {@code actor.mbox}, {@code result.score.scaled},
 *                {@code verb.display["a12345"]}; {@code $} for the statement itself
 * @param message human-readable text starting with the path, naming the rule and the spec section,
 *                e.g. {@code actor.mbox: must be a mailto: IRI ... (xAPI 1.0.3 Data 2.4.2.3)}
 */
public record Violation(String path, String message) {

    /**
     * @throws NullPointerException if an argument is null
     */
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return message;
    }
}
