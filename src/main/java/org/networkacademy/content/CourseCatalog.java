package org.networkacademy.content;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * All course modules, loaded once at start-up and shared read-only by every session.
 * If the content is invalid, creating this bean fails and the application does not start
 * (see {@link ContentValidationFailureAnalyzer}).
 */
@Component
public class CourseCatalog {

    private static final Logger log = LoggerFactory.getLogger(CourseCatalog.class);

    private final Map<String, CourseModule> modules;
    private final Path root;

    /**
     * @param properties where the content lives
     * @throws ContentValidationException when any content file is invalid
     */
    public CourseCatalog(ContentProperties properties) {
        this.root = properties.dir().toAbsolutePath().normalize();
        long start = System.nanoTime();
        this.modules = ContentLoader.load(root);
        log.info("Loaded {} course module(s) from {} in {} ms", modules.size(), root, (System.nanoTime() - start) / 1_000_000);
    }

    /** @return the module with this id */
    public Optional<CourseModule> module(String moduleId) {
        return Optional.ofNullable(modules.get(moduleId));
    }

    /**
     * @return the module with this id
     * @throws NoSuchElementException when there is none
     */
    public CourseModule require(String moduleId) {
        return module(moduleId).orElseThrow(() -> new NoSuchElementException("No module '" + moduleId + "'"));
    }

    /**
     * The module's title as a user of that language reads it: translated when the module has a translated
     * title in that language (the trainee screens show the same, see {@link CourseModule#in(String)}).
     *
     * @param moduleId    the module's id
     * @param languageTag a UI language tag, e.g. {@code "fr"}
     * @param fallback    shown when the module is unknown or has no title in that language: e.g. the (English)
     *                    title stored on a certificate, as it was when the certificate was issued
     * @return the translated title, else {@code fallback}
     */
    public String title(String moduleId, String languageTag, String fallback) {
        return module(moduleId).map(m -> m.in(languageTag)).filter(m -> m.language().equals(languageTag))
                .map(CourseModule::title).orElse(fallback);
    }

    /** @return all modules, sorted by id */
    public Collection<CourseModule> modules() {
        return modules.values().stream().sorted(Comparator.comparing(CourseModule::id)).toList();
    }

    /** @return the module trainees take by default (the first by id) */
    public CourseModule defaultModule() {
        return modules().iterator().next();
    }

    /** @return the content root folder (absolute) */
    public Path root() {
        return root;
    }
}
