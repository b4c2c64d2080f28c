package org.networkacademy.content;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads every module under a content root ({@code <root>/<module-id>/module.yaml}) into immutable
 * {@link CourseModule}s and validates them. The format is documented in {@code content/README.md}.
 *
 * <p>All problems of all files are collected and raised together as one
 * {@link ContentValidationException}, each naming file and line.
 */
public final class ContentLoader {

    private static final Set<String> MODULE_KEYS = Set.of("id", "version", "title", "summary", "languages",
            "pass-mark", "lessons", "self-assessment", "final-assessment", "certification");
    private static final Set<String> LESSON_REF_KEYS = Set.of("id", "file", "knowledge-check");
    private static final Set<String> FRONT_MATTER_KEYS = Set.of("id", "title", "estimated-minutes", "objectives", "exercise");
    private static final Set<String> EXERCISE_KEYS = Set.of("id", "title", "plan-section", "prompt");
    private static final Set<String> QUESTION_SET_KEYS = Set.of("id", "title", "questions");
    private static final Set<String> QUESTION_KEYS = Set.of("id", "type", "prompt", "options", "lesson");
    private static final Set<String> OPTION_KEYS = Set.of("id", "text", "correct", "feedback");
    private static final Set<String> SELF_KEYS = Set.of("id", "title", "intro", "scale", "dimensions");
    private static final Set<String> DIMENSION_KEYS = Set.of("id", "title", "feedback", "items");
    private static final Set<String> CERT_KEYS = Set.of("required-lessons", "min-knowledge-check-score",
            "final-assessment-passed", "readiness-pre-and-post", "min-approved-plan-contributions");
    private static final String ID_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    private final Path root;
    private final YamlNode.Problems problems = new YamlNode.Problems();

    private ContentLoader(Path root) {
        this.root = root;
    }

    /**
     * Loads all modules under {@code root}.
     *
     * @param root folder holding one sub-folder per module
     * @return modules by id, in folder name order
     * @throws ContentValidationException listing every problem found (file, line, what is wrong)
     */
    public static Map<String, CourseModule> load(Path root) {
        return new ContentLoader(root).loadAll();
    }

    private Map<String, CourseModule> loadAll() {
        var modules = new LinkedHashMap<String, CourseModule>();
        if (!Files.isDirectory(root)) {
            throw new ContentValidationException(List.of(new ContentProblem(root.toString(), 0,
                    "content folder not found (set NA_CONTENT_DIR or run from the repository root)")));
        }
        List<Path> dirs;
        try (Stream<Path> s = Files.list(root)) {
            dirs = s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new ContentValidationException(List.of(new ContentProblem(root.toString(), 0, "cannot list: " + e.getMessage())));
        }
        for (Path dir : dirs) {
            loadModule(dir).ifPresent(m -> {
                if (modules.putIfAbsent(m.id(), m) != null) {
                    problems.add(rel(dir.resolve("module.yaml")), 0, "duplicate module id '" + m.id() + "'");
                }
            });
        }
        if (modules.isEmpty() && problems.isEmpty()) {
            problems.add(root.toString(), 0, "no module found (expected <module-id>/module.yaml)");
        }
        if (!problems.isEmpty()) {
            throw new ContentValidationException(problems.list());
        }
        return Map.copyOf(modules);
    }

    private Optional<CourseModule> loadModule(Path dir) {
        Path file = dir.resolve("module.yaml");
        if (!Files.isRegularFile(file)) {
            problems.add(rel(file), 0, "missing module.yaml");
            return Optional.empty();
        }
        Optional<YamlNode> parsed = read(file).flatMap(text -> YamlNode.parse(text, rel(file), 0, problems));
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlNode y = parsed.get();
        y.allowOnly(MODULE_KEYS);
        String id = requireId(y, "id");
        if (!id.isEmpty() && !id.equals(dir.getFileName().toString())) {
            y.child("id").orElse(y).problem("module id '" + id + "' must equal its folder name '" + dir.getFileName() + "'");
        }
        String version = y.requireString("version");
        String title = y.requireString("title");
        String summary = y.requireString("summary");
        List<String> languages = y.requireStringList("languages");
        int passMark = y.requireInt("pass-mark", 0, 100);

        Set<String> questionSetIds = new HashSet<>();
        var lessons = new ArrayList<Lesson>();
        Set<String> lessonIds = new HashSet<>();
        for (YamlNode ref : y.requireList("lessons")) {
            if (!ref.isMap()) {
                ref.problem("each lesson entry needs id, file and knowledge-check");
                continue;
            }
            ref.allowOnly(LESSON_REF_KEYS);
            String lessonId = requireId(ref, "id");
            if (!lessonId.isEmpty() && !lessonIds.add(lessonId)) {
                ref.problem("duplicate lesson id '" + lessonId + "'");
            }
            Optional<Path> lessonFile = requireFile(ref, "file", dir);
            Optional<Path> checkFile = requireFile(ref, "knowledge-check", dir);
            Optional<QuestionSet> check = checkFile.flatMap(f -> loadQuestionSet(f, false, Set.of(), questionSetIds));
            int number = lessons.size() + 1;
            lessonFile.flatMap(f -> loadLesson(f, dir, id, lessonId, number, check.orElse(null)))
                    .ifPresent(lessons::add);
        }
        Optional<SelfAssessment> self = requireFile(y, "self-assessment", dir).flatMap(this::loadSelfAssessment);
        Optional<QuestionSet> finalAssessment = requireFile(y, "final-assessment", dir)
                .flatMap(f -> loadQuestionSet(f, true, lessonIds, questionSetIds));
        List<String> allLessons = lessons.stream().map(Lesson::id).toList();
        CertificationRules certification = y.child("certification").map(c -> loadCertification(c, allLessons, lessonIds))
                .orElse(new CertificationRules(allLessons, 0, true, true, 0));

        if (problems.isEmpty() && self.isPresent() && finalAssessment.isPresent()) {
            return Optional.of(new CourseModule(id, version, title, summary, List.copyOf(languages), passMark,
                    List.copyOf(lessons), self.get(), finalAssessment.get(), certification));
        }
        return Optional.empty();
    }

    /**
     * The {@code certification:} mapping. {@code required-lessons} is {@code all} or a list (or a
     * comma-separated text) of lesson ids; the other keys are optional and default to the strictest
     * reading except plan contributions (0 until the plan feature exists).
     */
    private CertificationRules loadCertification(YamlNode c, List<String> allLessons, Set<String> lessonIds) {
        if (!c.isMap()) {
            c.problem("'certification' must be a mapping of keys to values");
            return new CertificationRules(allLessons, 0, true, true, 0);
        }
        c.allowOnly(CERT_KEYS);
        List<String> required = new ArrayList<>();
        var node = c.child("required-lessons");
        String text = node.map(YamlNode::scalar).orElse(node.isPresent() ? null : "all");
        if ("all".equals(text == null ? null : text.strip())) {
            required.addAll(allLessons);
        } else {
            List<String> named = text != null ? java.util.Arrays.stream(text.split(",")).map(String::strip).toList()
                    : c.requireStringList("required-lessons");
            for (String l : named) {
                if (!lessonIds.contains(l)) {
                    node.orElse(c).problem("certification.required-lessons names unknown lesson '" + l + "'");
                } else if (required.contains(l)) {
                    node.orElse(c).problem("certification.required-lessons names lesson '" + l + "' twice");
                } else {
                    required.add(l);
                }
            }
            if (named.isEmpty()) {
                node.orElse(c).problem("certification.required-lessons must be 'all' or name at least one lesson");
            }
            required.sort(java.util.Comparator.comparingInt(allLessons::indexOf));
        }
        int min = c.child("min-knowledge-check-score").map(n -> n.asInt("min-knowledge-check-score", 0, 100)).orElse(0);
        boolean passed = c.optBoolean("final-assessment-passed").orElse(true);
        boolean readiness = c.optBoolean("readiness-pre-and-post").orElse(true);
        int plan = c.child("min-approved-plan-contributions")
                .map(n -> n.asInt("min-approved-plan-contributions", 0, 100)).orElse(0);
        return new CertificationRules(required, min, passed, readiness, plan);
    }

    private Optional<Lesson> loadLesson(Path file, Path moduleDir, String moduleId, String expectedId, int number,
                                        QuestionSet check) {
        Optional<String> text = read(file);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String name = rel(file);
        String[] lines = text.get().split("\n", -1);
        if (lines.length < 3 || !lines[0].strip().equals("---")) {
            problems.add(name, 1, "a lesson must start with YAML front matter between '---' lines");
            return Optional.empty();
        }
        int end = -1;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---")) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            problems.add(name, 1, "front matter is not closed by a '---' line");
            return Optional.empty();
        }
        String yaml = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, end));
        String body = String.join("\n", java.util.Arrays.copyOfRange(lines, end + 1, lines.length));
        Optional<YamlNode> parsed = YamlNode.parse(yaml, name, 1, problems);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlNode fm = parsed.get();
        fm.allowOnly(FRONT_MATTER_KEYS);
        String id = requireId(fm, "id");
        if (!id.isEmpty() && !id.equals(expectedId)) {
            fm.child("id").orElse(fm).problem("lesson id '" + id + "' does not match '" + expectedId + "' in module.yaml");
        }
        String title = fm.requireString("title");
        int minutes = fm.requireInt("estimated-minutes", 1, 600);
        List<String> objectives = fm.requireStringList("objectives");
        Exercise exercise = fm.requireMap("exercise").map(e -> {
            e.allowOnly(EXERCISE_KEYS);
            String section = e.requireString("plan-section");
            if (!section.isEmpty() && !Exercise.PLAN_SECTIONS.contains(section)) {
                e.child("plan-section").orElse(e).problem("unknown plan-section '" + section + "' (allowed: "
                        + String.join(", ", Exercise.PLAN_SECTIONS) + ")");
            }
            return new Exercise(requireId(e, "id"), e.requireString("title"), e.requireString("prompt"), section);
        }).orElse(null);
        if (body.isBlank()) {
            problems.add(name, end + 2, "the lesson has no body after its front matter");
        }
        String html = MarkdownRenderer.render(body, moduleDir, moduleId, name, end + 1, problems);
        if (exercise == null || check == null) {
            return Optional.empty();
        }
        return Optional.of(new Lesson(id, number, title, List.copyOf(objectives), minutes, html, exercise, check));
    }

    private Optional<QuestionSet> loadQuestionSet(Path file, boolean isFinal, Set<String> lessonIds, Set<String> setIds) {
        Optional<YamlNode> parsed = read(file).flatMap(t -> YamlNode.parse(t, rel(file), 0, problems));
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlNode y = parsed.get();
        y.allowOnly(QUESTION_SET_KEYS);
        String id = requireId(y, "id");
        if (!id.isEmpty() && !setIds.add(id)) {
            y.child("id").orElse(y).problem("duplicate question set id '" + id + "'");
        }
        String title = y.requireString("title");
        var questions = new ArrayList<Question>();
        Set<String> questionIds = new HashSet<>();
        for (YamlNode q : y.requireList("questions")) {
            if (!q.isMap()) {
                q.problem("each question needs id, type, prompt and options");
                continue;
            }
            q.allowOnly(QUESTION_KEYS);
            String qid = requireId(q, "id");
            if (!qid.isEmpty() && !questionIds.add(qid)) {
                q.problem("duplicate question id '" + qid + "'");
            }
            String typeName = q.requireString("type");
            Optional<QuestionType> type = QuestionType.fromYaml(typeName);
            if (type.isEmpty() && !typeName.isEmpty()) {
                q.child("type").orElse(q).problem("unknown question type '" + typeName
                        + "' (allowed: single-choice, multiple-choice, true-false)");
            }
            String prompt = q.requireString("prompt");
            String lesson = null;
            if (isFinal) {
                lesson = q.requireString("lesson");
                if (!lesson.isEmpty() && !lessonIds.contains(lesson)) {
                    q.child("lesson").orElse(q).problem("question '" + qid + "' names unknown lesson '" + lesson + "'");
                }
            } else if (q.child("lesson").isPresent()) {
                q.child("lesson").get().problem("'lesson' is only used in the final assessment");
            }
            var options = new ArrayList<Option>();
            Set<String> optionIds = new HashSet<>();
            for (YamlNode o : q.requireList("options")) {
                if (!o.isMap()) {
                    o.problem("each option needs id, text, correct and feedback");
                    continue;
                }
                o.allowOnly(OPTION_KEYS);
                String oid = o.requireString("id");
                if (!oid.isEmpty() && !optionIds.add(oid)) {
                    o.problem("duplicate option id '" + oid + "' in question '" + qid + "'");
                }
                String feedback = o.requireString("feedback");
                options.add(new Option(oid, o.requireString("text"), o.optBoolean("correct").orElse(false), feedback));
            }
            long correct = options.stream().filter(Option::correct).count();
            type.ifPresent(t -> {
                switch (t) {
                    case SINGLE_CHOICE -> {
                        if (correct != 1) q.problem("single-choice question '" + qid + "' must have exactly one correct option, has " + correct);
                        if (options.size() < 2) q.problem("question '" + qid + "' needs at least two options");
                    }
                    case MULTIPLE_CHOICE -> {
                        if (correct < 1) q.problem("multiple-choice question '" + qid + "' has no correct option");
                        if (options.size() < 2) q.problem("question '" + qid + "' needs at least two options");
                    }
                    case TRUE_FALSE -> {
                        if (!optionIds.equals(Set.of("true", "false")) || options.size() != 2) {
                            q.problem("true-false question '" + qid + "' must have exactly the options 'true' and 'false'");
                        } else if (correct != 1) {
                            q.problem("true-false question '" + qid + "' must have exactly one correct option, has " + correct);
                        }
                    }
                }
            });
            if (type.isPresent()) {
                questions.add(new Question(qid, type.get(), prompt, List.copyOf(options), lesson));
            }
        }
        if (isFinal) {
            for (String lessonId : lessonIds) {
                if (questions.stream().noneMatch(q -> lessonId.equals(q.lessonId()))) {
                    y.problem("the final assessment has no question on lesson '" + lessonId + "'");
                }
            }
        }
        return Optional.of(new QuestionSet(id, title, List.copyOf(questions)));
    }

    private Optional<SelfAssessment> loadSelfAssessment(Path file) {
        Optional<YamlNode> parsed = read(file).flatMap(t -> YamlNode.parse(t, rel(file), 0, problems));
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlNode y = parsed.get();
        y.allowOnly(SELF_KEYS);
        String id = requireId(y, "id");
        var scale = new ArrayList<SelfAssessment.ScalePoint>();
        for (YamlNode p : y.requireList("scale")) {
            int value = p.requireInt("value", 0, 100);
            if (!scale.isEmpty() && value <= scale.getLast().value()) {
                p.problem("scale values must ascend");
            }
            scale.add(new SelfAssessment.ScalePoint(value, p.requireString("label")));
        }
        var dimensions = new ArrayList<SelfAssessment.Dimension>();
        Set<String> itemIds = new HashSet<>();
        Set<String> dimensionIds = new HashSet<>();
        for (YamlNode d : y.requireList("dimensions")) {
            d.allowOnly(DIMENSION_KEYS);
            String did = requireId(d, "id");
            if (!did.isEmpty() && !dimensionIds.add(did)) {
                d.problem("duplicate dimension id '" + did + "'");
            }
            var feedback = new LinkedHashMap<String, String>();
            d.requireMap("feedback").ifPresent(f -> {
                f.allowOnly(Set.of("low", "medium", "high"));
                for (String band : List.of("low", "medium", "high")) {
                    feedback.put(band, f.requireString(band));
                }
            });
            var items = new ArrayList<SelfAssessment.Item>();
            for (YamlNode i : d.requireList("items")) {
                String iid = requireId(i, "id");
                if (!iid.isEmpty() && !itemIds.add(iid)) {
                    i.problem("duplicate item id '" + iid + "'");
                }
                items.add(new SelfAssessment.Item(iid, i.requireString("text")));
            }
            dimensions.add(new SelfAssessment.Dimension(did, d.requireString("title"), Map.copyOf(feedback), List.copyOf(items)));
        }
        if (scale.size() < 2) {
            y.problem("the Likert scale needs at least two points");
            return Optional.empty();
        }
        return Optional.of(new SelfAssessment(id, y.requireString("title"), y.requireString("intro"),
                List.copyOf(scale), List.copyOf(dimensions)));
    }

    private String requireId(YamlNode y, String key) {
        String id = y.requireString(key);
        if (!id.isEmpty() && !id.matches(ID_PATTERN)) {
            y.child(key).orElse(y).problem("'" + key + "' value '" + id + "' must be kebab-case (a-z, 0-9, '-')");
        }
        return id;
    }

    private Optional<Path> requireFile(YamlNode y, String key, Path moduleDir) {
        String name = y.requireString(key);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Path root = moduleDir.toAbsolutePath().normalize();
        Path f = root.resolve(name).normalize();
        if (!f.startsWith(root) || !Files.isRegularFile(f)) {
            y.child(key).orElse(y).problem("'" + key + "' refers to '" + name + "', which does not exist in the module folder");
            return Optional.empty();
        }
        return Optional.of(f);
    }

    private Optional<String> read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return Optional.of(text.replace("\r\n", "\n"));
        } catch (CharacterCodingException e) {
            problems.add(rel(file), 0, "not valid UTF-8");
        } catch (IOException e) {
            problems.add(rel(file), 0, "cannot read: " + e.getMessage());
        }
        return Optional.empty();
    }

    private String rel(Path file) {
        Path base = root.toAbsolutePath().normalize();
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(base) ? base.relativize(abs).toString().replace('\\', '/') : file.toString();
    }
}
