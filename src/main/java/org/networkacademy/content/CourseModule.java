package org.networkacademy.content;

import java.util.List;
import java.util.Map;
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
 * @param language        the language tag {@code title} and {@code summary} are written in
 * @param translations    the module as seen in each translated language (by tag): every piece
 *                        (lesson, check, self-assessment, final assessment) in that language when its
 *                        translation exists, else the English piece; ids, answers and scores are always
 *                        those of the English files. Empty in a translated module itself.
 */
public record CourseModule(String id, String version, String title, String summary, List<String> languages,
                           int passMark, List<Lesson> lessons, SelfAssessment selfAssessment,
                           QuestionSet finalAssessment, CertificationRules certification, String language,
                           Map<String, CourseModule> translations) {

    /** A module without translations, written in its first language. */
    public CourseModule(String id, String version, String title, String summary, List<String> languages,
                        int passMark, List<Lesson> lessons, SelfAssessment selfAssessment,
                        QuestionSet finalAssessment, CertificationRules certification) {
        this(id, version, title, summary, languages, passMark, lessons, selfAssessment, finalAssessment, certification,
                languages.isEmpty() ? "en" : languages.getFirst(), Map.of());
    }

    /** @return the language tag the module's own (English) files are written in (its first language; "en" when none is given) */
    public String contentLanguage() {
        return languages.isEmpty() ? "en" : languages.getFirst();
    }

    /**
     * @param languageTag a UI language tag, e.g. {@code "fr"}
     * @return the module with the text of that language where translated (each piece says its
     * {@code language}), else this module (English)
     */
    public CourseModule in(String languageTag) {
        return translations.getOrDefault(languageTag, this);
    }

    /**
     * @param languageTag a UI language tag
     * @return whether the course content (title and summary, every lesson and knowledge check, the
     * self-assessment and the final assessment) is all written in that language
     */
    public boolean isFullyIn(String languageTag) {
        CourseModule m = in(languageTag);
        return languageTag.equals(m.language())
                && m.lessons().stream().allMatch(l -> languageTag.equals(l.language())
                        && languageTag.equals(l.knowledgeCheck().language()))
                && languageTag.equals(m.selfAssessment().language())
                && languageTag.equals(m.finalAssessment().language());
    }

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
