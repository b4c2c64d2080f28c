package org.networkacademy.content;

/**
 * A lesson's exercise: a prompt answered in free text.
 *
 * @param id          stable id
 * @param title       short title
 * @param prompt      what the trainee is asked to produce
 * @param planSection the network plan section the answer feeds (see {@link #PLAN_SECTIONS})
 */
public record Exercise(String id, String title, String prompt, String planSection) {

    /** The sections of a practice network plan an exercise may feed. */
    public static final java.util.List<String> PLAN_SECTIONS = java.util.List.of(
            "vision", "objectives", "partners", "governance", "protocol", "resources", "communication", "monitoring");
}
