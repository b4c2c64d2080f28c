package org.networkacademy.content;

import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The plan guidance of every module, loaded and validated at start-up next to the
 * {@link CourseCatalog}: invalid guidance stops the application with file:line messages.
 */
@Component
public class PlanGuidanceCatalog {

    private final Map<String, PlanGuidance> byModule = new HashMap<>();
    private final Map<String, Map<String, PlanGuidance>> translations = new HashMap<>();

    /**
     * @param catalog the loaded modules
     * @throws ContentValidationException when a {@code plan-guidance.yaml} is invalid
     */
    public PlanGuidanceCatalog(CourseCatalog catalog) {
        for (CourseModule m : catalog.modules()) {
            PlanGuidanceLoader.load(catalog.root(), m).ifPresent(g -> {
                byModule.put(m.id(), g);
                translations.put(m.id(), PlanGuidanceLoader.loadTranslations(catalog.root(), m, g));
            });
        }
    }

    /** @return the guidance of the module, if it has a {@code plan-guidance.yaml} */
    public Optional<PlanGuidance> forModule(String moduleId) {
        return Optional.ofNullable(byModule.get(moduleId));
    }

    /**
     * @param languageTag a UI language tag, e.g. {@code "fr"}
     * @return the guidance in that language when translated, else the English guidance (its
     * {@link PlanGuidance#language()} says which)
     */
    public Optional<PlanGuidance> forModule(String moduleId, String languageTag) {
        return forModule(moduleId).map(g -> translations.getOrDefault(moduleId, Map.of()).getOrDefault(languageTag, g));
    }
}
