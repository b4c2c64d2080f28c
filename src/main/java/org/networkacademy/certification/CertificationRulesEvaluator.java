package org.networkacademy.certification;

import org.networkacademy.content.CertificationRules;
import org.networkacademy.content.CourseModule;
import org.networkacademy.content.Lesson;

import java.util.ArrayList;
import java.util.List;

/** Checks a learner's record against a module's certification rules. Pure: no state, no I/O. */
final class CertificationRulesEvaluator {

    private CertificationRulesEvaluator() {
    }

    /**
     * @param module the module, with its rules
     * @param record what the enrolment has achieved
     * @return the requirements not met, in the order of {@link Requirement}
     */
    static Eligibility evaluate(CourseModule module, LearnerRecord record) {
        CertificationRules rules = module.certification();
        var missing = new ArrayList<Eligibility.Missing>();
        List<String> lessons = rules.requiredLessons().stream()
                .filter(l -> !record.completedLessons().contains(l)).toList();
        if (!lessons.isEmpty()) {
            missing.add(new Eligibility.Missing(Requirement.LESSONS_COMPLETED, lessons));
        }
        if (rules.minKnowledgeCheckScore() > 0) {
            List<String> checks = rules.requiredLessons().stream()
                    .map(id -> module.lesson(id).orElseThrow())
                    .filter(l -> record.bestCheckPercent().getOrDefault(l.knowledgeCheck().id(), -1) < rules.minKnowledgeCheckScore())
                    .map(Lesson::id).toList();
            if (!checks.isEmpty()) {
                missing.add(new Eligibility.Missing(Requirement.KNOWLEDGE_CHECKS, checks));
            }
        }
        if (rules.finalAssessmentPassed() && !record.finalAssessmentPassed()) {
            missing.add(new Eligibility.Missing(Requirement.FINAL_ASSESSMENT_PASSED, List.of()));
        }
        if (rules.readinessPreAndPost()) {
            if (!record.readinessPhases().contains("PRE")) {
                missing.add(new Eligibility.Missing(Requirement.READINESS_PRE, List.of()));
            }
            if (!record.readinessPhases().contains("POST")) {
                missing.add(new Eligibility.Missing(Requirement.READINESS_POST, List.of()));
            }
        }
        if (record.approvedPlanContributions() < rules.minApprovedPlanContributions()) {
            missing.add(new Eligibility.Missing(Requirement.PLAN_CONTRIBUTIONS, List.of()));
        }
        return new Eligibility(missing);
    }
}
