package org.networkacademy.content;

import java.util.List;
import java.util.Optional;

/**
 * Guidance for the sections of a module's practice network plan, read from
 * {@code <module>/plan-guidance.yaml} (format: {@code content/README.md}).
 *
 * @param moduleId the module the guidance belongs to
 * @param title    the plan's title, e.g. "Practice network plan"
 * @param sections one entry per section, in plan order (all of {@link #SECTION_IDS})
 * @param language the language tag the title and guidance are written in
 */
public record PlanGuidance(String moduleId, String title, List<Section> sections, String language) {

    /** Guidance written in English. */
    public PlanGuidance(String moduleId, String title, List<Section> sections) {
        this(moduleId, title, sections, "en");
    }

    /** The nine sections of a practice network plan, in order (issue 5). */
    public static final List<String> SECTION_IDS = List.of("vision", "objectives", "partners", "network-map",
            "governance", "protocol", "resources", "communication", "monitoring");

    /**
     * @param id       one of {@link #SECTION_IDS}
     * @param guidance plain text shown above the section
     * @param lessonId the lesson whose exercise feeds the section, or null
     */
    public record Section(String id, String guidance, String lessonId) {
    }

    /** @return the guidance of section {@code id} */
    public Optional<Section> section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
