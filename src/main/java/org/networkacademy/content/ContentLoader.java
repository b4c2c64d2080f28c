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
        checkLanguages(y, languages);
        int passMark = y.requireInt("pass-mark", 0, 100);

        Set<String> questionSetIds = new HashSet<>();
        var lessons = new ArrayList<Lesson>();
        var lessonFiles = new ArrayList<Path[]>();
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
                    .ifPresent(l -> {
                        lessons.add(l);
                        lessonFiles.add(new Path[] {lessonFile.get(), checkFile.get()});
                    });
        }
        Optional<Path> selfFile = requireFile(y, "self-assessment", dir);
        Optional<SelfAssessment> self = selfFile.flatMap(this::loadSelfAssessment);
        Optional<Path> finalFile = requireFile(y, "final-assessment", dir);
        Optional<QuestionSet> finalAssessment = finalFile.flatMap(f -> loadQuestionSet(f, true, lessonIds, questionSetIds));
        List<String> allLessons = lessons.stream().map(Lesson::id).toList();
        CertificationRules certification = y.child("certification").map(c -> loadCertification(c, allLessons, lessonIds))
                .orElse(new CertificationRules(allLessons, 0, true, true, 0));

        if (problems.isEmpty() && self.isPresent() && finalAssessment.isPresent()) {
            var english = new CourseModule(id, version, title, summary, List.copyOf(languages), passMark,
                    List.copyOf(lessons), self.get(), finalAssessment.get(), certification);
            var files = new EnglishFiles(dir, file, lessonFiles, selfFile.get(), finalFile.get());
            Map<String, CourseModule> translations = loadTranslations(english, files);
            if (problems.isEmpty()) {
                return Optional.of(new CourseModule(id, version, title, summary, List.copyOf(languages), passMark,
                        List.copyOf(lessons), self.get(), finalAssessment.get(), certification,
                        english.contentLanguage(), Map.copyOf(translations)));
            }
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------------------------------------
    // Translations: <module>/translations/<lang>/ mirrors the English files path for path.

    /** The English files of a module, which a translation mirrors. */
    private record EnglishFiles(Path dir, Path module, List<Path[]> lessons, Path self, Path finalAssessment) {

        /** @return English file by its path relative to the module folder ("lessons/01-x.md") */
        Map<String, Path> byRelativePath() {
            var map = new LinkedHashMap<String, Path>();
            for (Path p : allFiles()) {
                map.put(relative(p), p);
            }
            Path plan = dir.resolve(PlanGuidanceLoader.FILE);
            if (Files.isRegularFile(plan)) {
                map.put(PlanGuidanceLoader.FILE, plan);
            }
            return map;
        }

        private List<Path> allFiles() {
            var all = new ArrayList<Path>();
            all.add(module);
            lessons.forEach(pair -> all.addAll(List.of(pair)));
            all.add(self);
            all.add(finalAssessment);
            return all;
        }

        String relative(Path p) {
            return dir.toAbsolutePath().normalize().relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/');
        }
    }

    /** Folder (inside a module folder) that holds one sub-folder per translated language. */
    static final String TRANSLATIONS = "translations";

    /** @return the tags of the UI languages the app offers */
    private static List<String> offeredLanguages() {
        return java.util.Arrays.stream(org.networkacademy.base.i18n.UiLanguage.values())
                .map(org.networkacademy.base.i18n.UiLanguage::tag).toList();
    }

    /** {@code languages}: distinct languages the app offers; the first is the language of the module's own files. */
    private void checkLanguages(YamlNode y, List<String> languages) {
        Set<String> seen = new HashSet<>();
        YamlNode node = y.child("languages").orElse(y);
        for (String lang : languages) {
            if (!offeredLanguages().contains(lang)) {
                node.problem("language '" + lang + "' is not one the app offers (" + String.join(", ", offeredLanguages()) + ")");
            } else if (!seen.add(lang)) {
                node.problem("language '" + lang + "' is listed twice");
            }
        }
    }

    /**
     * Loads every {@code translations/<lang>/} folder of a module: each language must be offered by
     * the app and listed in {@code languages}, each file must mirror an English file, and each
     * translated file must have exactly the structure of its English original. A missing file leaves
     * that piece in English.
     *
     * @return the translated module by language (only languages that have a folder)
     */
    private Map<String, CourseModule> loadTranslations(CourseModule english, EnglishFiles files) {
        Path folder = files.dir().resolve(TRANSLATIONS);
        if (!Files.exists(folder)) {
            return Map.of();
        }
        var result = new LinkedHashMap<String, CourseModule>();
        List<String> translatable = offeredLanguages().stream().filter(l -> !l.equals(english.contentLanguage())).toList();
        List<Path> entries;
        try (Stream<Path> s = Files.list(folder)) {
            entries = s.sorted().toList();
        } catch (IOException e) {
            problems.add(rel(folder), 0, "cannot list: " + e.getMessage());
            return Map.of();
        }
        Map<String, Path> originals = files.byRelativePath();
        for (Path entry : entries) {
            String lang = entry.getFileName().toString();
            if (lang.startsWith(".")) {
                continue;
            }
            if (!Files.isDirectory(entry)) {
                problems.add(rel(entry), 0, "only language folders (" + String.join(", ", translatable) + ") belong in "
                        + TRANSLATIONS + "/");
            } else if (!translatable.contains(lang)) {
                problems.add(rel(entry), 0, "'" + lang + "' is not a language the app offers for translations ("
                        + String.join(", ", translatable) + ")");
            } else if (!english.languages().contains(lang)) {
                problems.add(rel(entry), 0, "language '" + lang + "' has a translation folder but is not listed in 'languages' in "
                        + rel(files.module()));
            } else {
                checkMirrored(entry, originals, files.dir());
                result.put(lang, loadTranslation(english, files, entry, lang));
            }
        }
        return result;
    }

    /** Image types a translation folder may hold its own copy of (as the module's file server serves). */
    private static final Set<String> IMAGE_TYPES = Set.of("png", "jpg", "jpeg", "gif", "svg", "webp");

    /**
     * Every file of a translation folder must have an English original at the same path: a content file,
     * or an image of the module folder (the translated copy of a diagram, shown in that language's lessons).
     */
    private void checkMirrored(Path langDir, Map<String, Path> originals, Path moduleDir) {
        List<Path> all;
        try (Stream<Path> s = Files.walk(langDir)) {
            all = s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            problems.add(rel(langDir), 0, "cannot list: " + e.getMessage());
            return;
        }
        for (Path f : all) {
            String relative = langDir.relativize(f).toString().replace('\\', '/');
            if (f.getFileName().toString().startsWith(".")) {
                continue;
            }
            if (!originals.containsKey(relative) && !isModuleImage(moduleDir, relative)) {
                problems.add(rel(f), 0, "has no English original: a translation mirrors the English files path for path ("
                        + String.join(", ", originals.keySet().stream().limit(3).toList()) + ", ...)");
            }
        }
    }

    /** @return whether {@code relative} names an image file of the module's own (English) files */
    private static boolean isModuleImage(Path moduleDir, String relative) {
        String name = relative.toLowerCase(java.util.Locale.ROOT);
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        Path root = moduleDir.toAbsolutePath().normalize();
        Path original = root.resolve(relative).normalize();
        return IMAGE_TYPES.contains(ext) && original.startsWith(root) && !original.startsWith(root.resolve(TRANSLATIONS))
                && Files.isRegularFile(original);
    }

    private CourseModule loadTranslation(CourseModule en, EnglishFiles files, Path langDir, String lang) {
        java.util.function.Function<Path, Optional<Path>> translated = original -> {
            Path f = langDir.resolve(files.relative(original));
            return Files.isRegularFile(f) ? Optional.of(f) : Optional.empty();
        };
        String title = en.title();
        String summary = en.summary();
        String titleLanguage = en.contentLanguage();
        Optional<Path> moduleFile = translated.apply(files.module());
        if (moduleFile.isPresent()) {
            Optional<YamlNode> t = matching(files.module(), moduleFile.get(), TranslationStructure.MODULE_TEXT,
                    TranslationStructure.MODULE_NOT_COMPARED);
            if (t.isPresent()) {
                title = t.get().requireString("title");
                summary = t.get().requireString("summary");
                titleLanguage = lang;
            }
        }
        var lessons = new ArrayList<Lesson>();
        for (int i = 0; i < en.lessons().size(); i++) {
            Lesson english = en.lessons().get(i);
            Path[] pair = files.lessons().get(i);
            QuestionSet check = translated.apply(pair[1])
                    .flatMap(f -> translateQuestionSet(pair[1], f, english.knowledgeCheck(), lang))
                    .orElse(english.knowledgeCheck());
            Lesson lesson = english.withKnowledgeCheck(check);
            lessons.add(translated.apply(pair[0])
                    .flatMap(f -> translateLesson(pair[0], f, lesson, files.dir(), en.id(), lang))
                    .orElse(lesson));
        }
        SelfAssessment self = translated.apply(files.self())
                .flatMap(f -> translateSelfAssessment(files.self(), f, en.selfAssessment(), lang))
                .orElse(en.selfAssessment());
        QuestionSet finalAssessment = translated.apply(files.finalAssessment())
                .flatMap(f -> translateQuestionSet(files.finalAssessment(), f, en.finalAssessment(), lang))
                .orElse(en.finalAssessment());
        return new CourseModule(en.id(), en.version(), title, summary, en.languages(), en.passMark(), List.copyOf(lessons),
                self, finalAssessment, en.certification(), titleLanguage, Map.of());
    }

    /** @return the translated YAML when it has exactly the structure of the English file (problems reported otherwise) */
    private Optional<YamlNode> matching(Path englishFile, Path translatedFile, Set<String> textKeys) {
        return matching(englishFile, translatedFile, textKeys, Set.of());
    }

    private Optional<YamlNode> matching(Path englishFile, Path translatedFile, Set<String> textKeys, Set<String> notCompared) {
        Optional<YamlNode> en = read(englishFile).flatMap(t -> YamlNode.parse(t, rel(englishFile), 0, problems));
        Optional<YamlNode> tr = read(translatedFile).flatMap(t -> YamlNode.parse(t, rel(translatedFile), 0, problems));
        if (en.isEmpty() || tr.isEmpty() || !TranslationStructure.compare(en.get(), tr.get(), textKeys, notCompared, problems)) {
            return Optional.empty();
        }
        return tr;
    }

    private Optional<QuestionSet> translateQuestionSet(Path englishFile, Path file, QuestionSet en, String lang) {
        return matching(englishFile, file, TranslationStructure.QUESTION_TEXT).map(y -> {
            List<YamlNode> nodes = y.requireList("questions");
            var questions = new ArrayList<Question>();
            for (int i = 0; i < en.questions().size(); i++) {
                Question q = en.questions().get(i);
                YamlNode n = nodes.get(i);
                List<YamlNode> optionNodes = n.requireList("options");
                var options = new ArrayList<Option>();
                for (int j = 0; j < q.options().size(); j++) {
                    Option o = q.options().get(j);
                    YamlNode on = optionNodes.get(j);
                    // id and correct come from the English file: scoring is the same in every language
                    options.add(new Option(o.id(), on.requireString("text"), o.correct(), on.requireString("feedback")));
                }
                questions.add(new Question(q.id(), q.type(), n.requireString("prompt"), List.copyOf(options), q.lessonId()));
            }
            return new QuestionSet(en.id(), y.requireString("title"), List.copyOf(questions), lang);
        });
    }

    private Optional<Lesson> translateLesson(Path englishFile, Path file, Lesson en, Path moduleDir, String moduleId, String lang) {
        Optional<FrontMatter> enFm = frontMatter(englishFile);
        Optional<FrontMatter> trFm = frontMatter(file);
        if (enFm.isEmpty() || trFm.isEmpty()
                || !TranslationStructure.compare(enFm.get().yaml(), trFm.get().yaml(), TranslationStructure.LESSON_TEXT, problems)) {
            return Optional.empty();
        }
        FrontMatter fm = trFm.get();
        String name = rel(file);
        if (fm.body().isBlank()) {
            problems.add(name, fm.bodyOffset() + 1, "the lesson has no body after its front matter");
            return Optional.empty();
        }
        List<String> enImages = MarkdownRenderer.images(enFm.get().body());
        List<String> trImages = MarkdownRenderer.images(fm.body());
        if (!enImages.equals(trImages)) {
            problems.add(name, fm.bodyOffset() + 1, "has images " + String.join(",", trImages) + "; the English has "
                    + String.join(",", enImages) + " (keep the image references unchanged, translate only the alt text)");
        }
        // the language folder's own copy of an image (labels in its language) replaces the English one
        Path translationDir = moduleDir.resolve(TRANSLATIONS).resolve(lang);
        String html = MarkdownRenderer.render(fm.body(), moduleDir, translationDir, moduleId, name, fm.bodyOffset(), problems);
        YamlNode y = fm.yaml();
        YamlNode ex = y.child("exercise").orElseThrow();
        var exercise = new Exercise(en.exercise().id(), ex.requireString("title"), ex.requireString("prompt"),
                en.exercise().planSection());
        return Optional.of(new Lesson(en.id(), en.number(), y.requireString("title"), List.copyOf(y.requireStringList("objectives")),
                en.estimatedMinutes(), html, exercise, en.knowledgeCheck(), lang));
    }

    private Optional<SelfAssessment> translateSelfAssessment(Path englishFile, Path file, SelfAssessment en, String lang) {
        return matching(englishFile, file, TranslationStructure.SELF_TEXT).map(y -> {
            List<YamlNode> scaleNodes = y.requireList("scale");
            var scale = new ArrayList<SelfAssessment.ScalePoint>();
            for (int i = 0; i < en.scale().size(); i++) {
                scale.add(new SelfAssessment.ScalePoint(en.scale().get(i).value(), scaleNodes.get(i).requireString("label")));
            }
            List<YamlNode> dimensionNodes = y.requireList("dimensions");
            var dimensions = new ArrayList<SelfAssessment.Dimension>();
            for (int i = 0; i < en.dimensions().size(); i++) {
                SelfAssessment.Dimension d = en.dimensions().get(i);
                YamlNode dn = dimensionNodes.get(i);
                YamlNode fn = dn.child("feedback").orElseThrow();
                var feedback = new LinkedHashMap<String, String>();
                for (String band : List.of("low", "medium", "high")) {
                    feedback.put(band, fn.requireString(band));
                }
                List<YamlNode> itemNodes = dn.requireList("items");
                var items = new ArrayList<SelfAssessment.Item>();
                for (int j = 0; j < d.items().size(); j++) {
                    items.add(new SelfAssessment.Item(d.items().get(j).id(), itemNodes.get(j).requireString("text")));
                }
                dimensions.add(new SelfAssessment.Dimension(d.id(), dn.requireString("title"), Map.copyOf(feedback), List.copyOf(items)));
            }
            return new SelfAssessment(en.id(), y.requireString("title"), y.requireString("intro"), List.copyOf(scale),
                    List.copyOf(dimensions), lang);
        });
    }

    /** A lesson file split into its front matter and its body. */
    private record FrontMatter(YamlNode yaml, String body, int bodyOffset) {
    }

    /** @return the lesson's front matter and body; problems are reported when it has none */
    private Optional<FrontMatter> frontMatter(Path file) {
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
        int bodyOffset = end + 1;
        return YamlNode.parse(yaml, name, 1, problems).map(y -> new FrontMatter(y, body, bodyOffset));
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
        Optional<FrontMatter> parsed = frontMatter(file);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        String name = rel(file);
        String body = parsed.get().body();
        int end = parsed.get().bodyOffset() - 1;
        YamlNode fm = parsed.get().yaml();
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
