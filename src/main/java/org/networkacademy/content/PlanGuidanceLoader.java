package org.networkacademy.content;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and validates {@code plan-guidance.yaml} of a module. Problems name file and line, like
 * {@link ContentLoader}: unknown keys, unknown or duplicate section ids, missing sections, blank
 * guidance, a lesson id the module does not have.
 */
public final class PlanGuidanceLoader {

    /** File name inside a module folder. */
    public static final String FILE = "plan-guidance.yaml";

    private static final Set<String> ROOT_KEYS = Set.of("title", "sections");
    private static final Set<String> SECTION_KEYS = Set.of("id", "guidance", "lesson");

    private PlanGuidanceLoader() {
    }

    /**
     * @param root   the content root (file names in problems are relative to it)
     * @param module the module, for its id and lesson ids
     * @return the guidance, or empty when the module has no {@value #FILE}
     * @throws ContentValidationException listing every problem (file:line: message)
     */
    public static Optional<PlanGuidance> load(Path root, CourseModule module) {
        Path file = root.resolve(module.id()).resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String name = root.relativize(file).toString().replace('\\', '/');
        var problems = new YamlNode.Problems();
        Optional<YamlNode> parsed = parse(file, name, problems);
        if (parsed.isEmpty()) {
            throw new ContentValidationException(problems.list());
        }
        YamlNode y = parsed.get();
        y.allowOnly(ROOT_KEYS);
        String title = y.requireString("title");
        Set<String> lessonIds = new HashSet<>(module.lessons().stream().map(Lesson::id).toList());
        var sections = new ArrayList<PlanGuidance.Section>();
        Set<String> seen = new HashSet<>();
        for (YamlNode s : y.requireList("sections")) {
            if (!s.isMap()) {
                s.problem("each section needs id and guidance");
                continue;
            }
            s.allowOnly(SECTION_KEYS);
            String id = s.requireString("id");
            if (!id.isEmpty() && !PlanGuidance.SECTION_IDS.contains(id)) {
                s.child("id").orElse(s).problem("unknown plan section '" + id + "' (allowed: "
                        + String.join(", ", PlanGuidance.SECTION_IDS) + ")");
            } else if (!id.isEmpty() && !seen.add(id)) {
                s.child("id").orElse(s).problem("duplicate plan section '" + id + "'");
            }
            String guidance = s.requireString("guidance");
            String lesson = s.optString("lesson").orElse(null);
            if (lesson != null && !lessonIds.contains(lesson)) {
                s.child("lesson").orElse(s).problem("unknown lesson '" + lesson + "'");
            }
            sections.add(new PlanGuidance.Section(id, guidance, lesson));
        }
        for (String required : PlanGuidance.SECTION_IDS) {
            if (!seen.contains(required) && y.child("sections").isPresent()) {
                y.child("sections").get().problem("missing plan section '" + required + "'");
            }
        }
        if (!problems.isEmpty()) {
            throw new ContentValidationException(problems.list());
        }
        var ordered = PlanGuidance.SECTION_IDS.stream()
                .map(id -> sections.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow()).toList();
        return Optional.of(new PlanGuidance(module.id(), title, ordered, module.contentLanguage()));
    }

    /**
     * Loads {@code translations/<lang>/plan-guidance.yaml} for every translated language of the
     * module that has one. The file must have exactly the structure of the English guidance (same
     * section ids and lessons, in the same order); only {@code title} and {@code guidance} are taken.
     *
     * @param english the module's English guidance (from {@link #load})
     * @return the guidance by language tag (languages without a translated file are absent)
     * @throws ContentValidationException when a translated file differs in structure
     */
    public static java.util.Map<String, PlanGuidance> loadTranslations(Path root, CourseModule module, PlanGuidance english) {
        var result = new java.util.LinkedHashMap<String, PlanGuidance>();
        var problems = new YamlNode.Problems();
        Path englishFile = root.resolve(module.id()).resolve(FILE);
        for (String lang : module.languages()) {
            Path file = root.resolve(module.id()).resolve(ContentLoader.TRANSLATIONS).resolve(lang).resolve(FILE);
            if (lang.equals(module.contentLanguage()) || !Files.isRegularFile(file)) {
                continue;
            }
            Optional<YamlNode> en = parse(englishFile, root.relativize(englishFile).toString().replace('\\', '/'), problems);
            Optional<YamlNode> tr = parse(file, root.relativize(file).toString().replace('\\', '/'), problems);
            if (en.isEmpty() || tr.isEmpty() || !TranslationStructure.compare(en.get(), tr.get(), TranslationStructure.PLAN_TEXT, problems)) {
                continue;
            }
            YamlNode y = tr.get();
            List<YamlNode> nodes = y.requireList("sections");
            // the translated file lists the sections in the English file's order; the English guidance
            // is in plan order, so match them by id
            var guidanceById = new java.util.HashMap<String, String>();
            for (YamlNode n : nodes) {
                guidanceById.put(n.requireString("id"), n.requireString("guidance"));
            }
            var sections = english.sections().stream()
                    .map(s -> new PlanGuidance.Section(s.id(), guidanceById.get(s.id()), s.lessonId())).toList();
            result.put(lang, new PlanGuidance(module.id(), y.requireString("title"), sections, lang));
        }
        if (!problems.isEmpty()) {
            throw new ContentValidationException(problems.list());
        }
        return result;
    }

    private static Optional<YamlNode> parse(Path file, String name, YamlNode.Problems problems) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            problems.add(name, 0, "not valid UTF-8");
            return Optional.empty();
        } catch (IOException e) {
            problems.add(name, 0, "cannot read: " + e.getMessage());
            return Optional.empty();
        }
        return YamlNode.parse(text, name, 0, problems);
    }
}
