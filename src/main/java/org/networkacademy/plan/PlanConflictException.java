package org.networkacademy.plan;

/**
 * Someone else saved the section since the editor loaded it: nothing was written. Carries the
 * other version so the editor can show it next to their own and decide what to keep.
 */
public class PlanConflictException extends RuntimeException {

    private final PlanService.SectionView current;

    /** @param current the section as it is now (the other writer's version) */
    public PlanConflictException(PlanService.SectionView current) {
        super("plan.error.conflict");
        this.current = current;
    }

    /** @return the section as saved by the other writer: content, revision, author and time */
    public PlanService.SectionView current() {
        return current;
    }
}
