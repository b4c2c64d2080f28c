package org.networkacademy.content;

import java.util.List;

/**
 * Certification rules of a module, from the {@code certification:} mapping of {@code module.yaml}.
 * A trainee is certified when every rule holds (see {@code org.networkacademy.certification}).
 *
 * @param requiredLessons             ids of the lessons that must be completed ({@code all} in the
 *                                    file is resolved to every lesson), in teaching order
 * @param minKnowledgeCheckScore      minimum best score on the knowledge check of each required
 *                                    lesson, percent 0–100 (0 = the check need not be taken)
 * @param finalAssessmentPassed       whether a final assessment attempt at or above the pass mark is required
 * @param readinessPreAndPost         whether the readiness self-assessment must be taken before and after
 * @param minApprovedPlanContributions minimum number of approved contributions to the cohort's
 *                                    practice network plan (0 = no such rule)
 */
public record CertificationRules(List<String> requiredLessons, int minKnowledgeCheckScore,
                                 boolean finalAssessmentPassed, boolean readinessPreAndPost,
                                 int minApprovedPlanContributions) {

    public CertificationRules {
        requiredLessons = List.copyOf(requiredLessons);
    }
}
