package org.networkacademy.plan;

/** Review status of a plan section, set by a trainer of the cohort: draft → in review → approved. */
public enum SectionStatus {
    DRAFT, IN_REVIEW, APPROVED
}
