package org.networkacademy.certification;

/**
 * The certification requirements of a module ({@code certification:} in {@code module.yaml}).
 * Each has a translation key {@code certification.requirement.<NAME>}.
 */
public enum Requirement {
    /** Every required lesson completed. */
    LESSONS_COMPLETED,
    /** The knowledge check of every required lesson taken with at least the minimum score. */
    KNOWLEDGE_CHECKS,
    /** A final assessment attempt at or above the pass mark. */
    FINAL_ASSESSMENT_PASSED,
    /** Readiness self-assessment taken before the module. */
    READINESS_PRE,
    /** Readiness self-assessment taken after the module. */
    READINESS_POST,
    /** Enough approved contributions to the cohort's practice network plan. */
    PLAN_CONTRIBUTIONS
}
