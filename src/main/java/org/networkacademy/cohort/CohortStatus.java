package org.networkacademy.cohort;

/** Life cycle of a cohort: trainees can join with the code only while it is {@link #OPEN} or {@link #RUNNING}. */
public enum CohortStatus {
    /** Being prepared; the join code does not work yet. */
    DRAFT,
    /** Open for enrolment, not started. */
    OPEN,
    /** Running: trainees learn, trainers follow progress. */
    RUNNING,
    /** Finished; read-only for trainees joining. */
    CLOSED;

    /** @return whether trainees may join with the code */
    public boolean acceptsJoins() {
        return this == OPEN || this == RUNNING;
    }
}
