package org.networkacademy.certification;

import java.util.Map;
import java.util.Set;

/**
 * What an enrolment has achieved, as far as the certification rules look at it.
 *
 * @param completedLessons         ids of completed lessons
 * @param bestCheckPercent         knowledge check id → best submitted score, percent 0–100
 * @param finalAssessmentPassed    whether any final assessment attempt passed
 * @param readinessPhases          self-assessment phases taken ({@code PRE}, {@code POST})
 * @param approvedPlanContributions approved contributions to the cohort plan (revisions in sections now approved)
 */
record LearnerRecord(Set<String> completedLessons, Map<String, Integer> bestCheckPercent, boolean finalAssessmentPassed,
                     Set<String> readinessPhases, int approvedPlanContributions) {
}
