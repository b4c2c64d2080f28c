package org.networkacademy.xapi.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by {@link StatementValidator#requireValid} for a statement that breaks xAPI rules; an LRS
 * answers it with {@code 400 Bad Request}. The message lists the first violations.
 */
public class InvalidStatementException extends RuntimeException {

    private static final int SHOWN = 3;

    private final transient List<Violation> violations;

    /**
     * @param violations the violations found, at least one
     * @throws IllegalArgumentException if {@code violations} is empty
     */
    public InvalidStatementException(List<Violation> violations) {
        super(summary(violations));
        this.violations = List.copyOf(violations);
    }

    /** @return all violations, in the order found */
    public List<Violation> violations() {
        return violations;
    }

    private static String summary(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("no violations");
        }
        String shown = violations.stream().limit(SHOWN).map(Violation::message).collect(Collectors.joining("; "));
        int more = violations.size() - SHOWN;
        return "Invalid xAPI statement: " + shown + (more > 0 ? " (and " + more + " more)" : "");
    }
}
