package org.networkacademy.certification;

import java.util.List;

/**
 * The outcome of checking an enrolment against its module's certification rules.
 *
 * @param missing the requirements not met, in rule order, each with what is lacking; empty when eligible
 */
public record Eligibility(List<Missing> missing) {

    public Eligibility {
        missing = List.copyOf(missing);
    }

    /** @return true when every requirement is met */
    public boolean eligible() {
        return missing.isEmpty();
    }

    /** @return the names of the requirements not met */
    public List<Requirement> missingRequirements() {
        return missing.stream().map(Missing::requirement).toList();
    }

    /**
     * A requirement not met.
     *
     * @param requirement which one
     * @param details     what is lacking: lesson ids for lessons and checks, otherwise empty
     */
    public record Missing(Requirement requirement, List<String> details) {
        public Missing {
            details = List.copyOf(details);
        }
    }
}
