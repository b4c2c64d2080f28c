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
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new ContentValidationException(List.of(new ContentProblem(name, 0, "not valid UTF-8")));
        } catch (IOException e) {
            throw new ContentValidationException(List.of(new ContentProblem(name, 0, "cannot read: " + e.getMessage())));
        }
        Optional<YamlNode> parsed = YamlNode.parse(text, name, 0, problems);
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
        return Optional.of(new PlanGuidance(module.id(), title, ordered));
    }
}
