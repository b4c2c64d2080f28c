package org.networkacademy.content;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Raised at start-up when course content cannot be loaded; the application refuses to start.
 * The message lists every problem as {@code file:line: message}.
 */
public class ContentValidationException extends RuntimeException {

    private final List<ContentProblem> problems;

    /** @param problems the problems found, at least one */
    public ContentValidationException(List<ContentProblem> problems) {
        super("Course content is invalid (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + "):\n  "
                + problems.stream().map(ContentProblem::toString).collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    /** @return the problems, in the order they were found */
    public List<ContentProblem> problems() {
        return problems;
    }
}
