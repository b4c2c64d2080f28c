package org.networkacademy.content;

import java.util.List;
import java.util.Optional;

/**
 * An immutable course module as loaded from {@code content/modules/<id>/module.yaml}.
 *
 * @param id              stable module id, used in activity IRIs
 * @param version         content version, e.g. {@code 1.0.0}
 * @param title           title shown to trainees
 * @param summary         two or three sentences
 * @param languages       BCP 47 language tags the content is written in
 * @param passMark        final assessment pass mark, percent 0–100
 * @param lessons         lessons in teaching order
 * @param selfAssessment  the readiness self-assessment taken before and after the module
 * @param finalAssessment the final assessment; every question names its lesson
 * @param certification   certification rules (placeholder until certification lands)
 */
public record CourseModule(String id, String version, String title, String summary, List<String> languages,
                           int passMark, List<Lesson> lessons, SelfAssessment selfAssessment,
                           QuestionSet finalAssessment, CertificationRules certification) {

    /** @return the lesson with this id, if any */
    public Optional<Lesson> lesson(String lessonId) {
        return lessons.stream().filter(l -> l.id().equals(lessonId)).findFirst();
    }

    /** @return the lesson after {@code lessonId}, if any */
    public Optional<Lesson> next(String lessonId) {
        return lesson(lessonId).filter(l -> l.number() < lessons.size()).map(l -> lessons.get(l.number()));
    }

    /** @return the lesson before {@code lessonId}, if any */
    public Optional<Lesson> previous(String lessonId) {
        return lesson(lessonId).filter(l -> l.number() > 1).map(l -> lessons.get(l.number() - 2));
    }

    /** @return the knowledge check or final assessment with this id, if any */
    public Optional<QuestionSet> questionSet(String questionSetId) {
        if (finalAssessment.id().equals(questionSetId)) {
            return Optional.of(finalAssessment);
        }
        return lessons.stream().map(Lesson::knowledgeCheck).filter(q -> q.id().equals(questionSetId)).findFirst();
    }
}
