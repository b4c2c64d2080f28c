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
 * @param knowledgeCheck   the lesson's knowledge check
 */
public record Lesson(String id, int number, String title, List<String> objectives, int estimatedMinutes,
                     String html, Exercise exercise, QuestionSet knowledgeCheck) {
}
