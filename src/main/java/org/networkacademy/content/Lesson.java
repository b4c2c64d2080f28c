package org.networkacademy.content;

import java.util.List;

/**
 * One lesson of a module.
 *
 * @param id               stable id (kebab-case), used in activity IRIs
 * @param number           1-based position in the module
 * @param title            title
 * @param objectives       measurable learning objectives
 * @param estimatedMinutes estimated study time in minutes
 * @param html             the lesson body rendered from Markdown and sanitised; safe to show as HTML
 * @param exercise         the exercise whose answer feeds the cohort's network plan
 * @param knowledgeCheck   the lesson's knowledge check (its own {@link QuestionSet#language()})
 * @param language         the language tag the title, objectives, body and exercise text are written in
 */
public record Lesson(String id, int number, String title, List<String> objectives, int estimatedMinutes,
                     String html, Exercise exercise, QuestionSet knowledgeCheck, String language) {

    /** A lesson written in English. */
    public Lesson(String id, int number, String title, List<String> objectives, int estimatedMinutes,
                  String html, Exercise exercise, QuestionSet knowledgeCheck) {
        this(id, number, title, objectives, estimatedMinutes, html, exercise, knowledgeCheck, "en");
    }

    /** @return this lesson with another knowledge check (e.g. its translation) */
    Lesson withKnowledgeCheck(QuestionSet check) {
        return new Lesson(id, number, title, objectives, estimatedMinutes, html, exercise, check, language);
    }
}
