package org.networkacademy.content;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The content loader on the real module and on broken fixtures: every problem names file and line. */
class ContentLoaderTest {

    @TempDir
    Path root;
    Path module;

    static final String MODULE_YAML = """
            id: mini
            version: 1.0.0
            title: Mini module
            summary: A tiny module for tests.
            languages: [en]
            pass-mark: 70
            lessons:
              - id: first
                file: lessons/first.md
                knowledge-check: checks/first.yaml
            self-assessment: self.yaml
            final-assessment: final.yaml
            """;
    static final String LESSON = """
            ---
            id: first
            title: First lesson
            estimated-minutes: 10
            objectives:
              - Explain why networks matter.
            exercise:
              id: first-exercise
              title: Draft a vision
              plan-section: vision
              prompt: Write one sentence.
            ---
            ## Section

            Some *teaching* text.

            ![A map](images/map.svg)
            """;
    static final String CHECK = """
            id: first-check
            title: Check
            questions:
              - id: q1
                type: single-choice
                prompt: Which one?
                options:
                  - id: a
                    text: This one
                    correct: true
                    feedback: Yes.
                  - id: b
                    text: That one
                    correct: false
                    feedback: No.
              - id: q2
                type: true-false
                prompt: Networks help.
                options:
                  - {id: "true", text: "True", correct: true, feedback: Right.}
                  - {id: "false", text: "False", correct: false, feedback: Wrong.}
            """;
    static final String FINAL = """
            id: final-assessment
            title: Final assessment
            questions:
              - id: f1
                type: multiple-choice
                lesson: first
                prompt: Select all that apply.
                options:
                  - {id: a, text: A, correct: true, feedback: Yes.}
                  - {id: b, text: B, correct: true, feedback: Yes.}
                  - {id: c, text: C, correct: false, feedback: No.}
            """;
    static final String SELF = """
            id: readiness
            title: Readiness
            intro: Rate your institution.
            scale:
              - {value: 1, label: Low}
              - {value: 5, label: High}
            dimensions:
              - id: vision
                title: Vision
                feedback: {low: L, medium: M, high: H}
                items:
                  - {id: vision-1, text: We have a vision.}
            """;

    @BeforeEach
    void writeValidModule() throws IOException {
        module = root.resolve("mini");
        write("module.yaml", MODULE_YAML);
        write("lessons/first.md", LESSON);
        write("checks/first.yaml", CHECK);
        write("final.yaml", FINAL);
        write("self.yaml", SELF);
        write("images/map.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    }

    private void write(String relative, String text) throws IOException {
        Path f = module.resolve(relative);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text, StandardCharsets.UTF_8);
    }

    private String problemsOf() {
        return assertThatThrownBy(() -> ContentLoader.load(root)).isInstanceOf(ContentValidationException.class)
                .actual().getMessage();
    }

    @Test
    void loadsValidModuleIntoImmutableModel() {
        Map<String, CourseModule> modules = ContentLoader.load(root);
        CourseModule m = modules.get("mini");
        assertThat(m.passMark()).isEqualTo(70);
        Lesson lesson = m.lessons().getFirst();
        assertThat(lesson.number()).isEqualTo(1);
        assertThat(lesson.html()).contains("<h2>Section</h2>").contains("<em>teaching</em>")
                .contains("src=\"/content-files/mini/images/map.svg\"").contains("alt=\"A map\"");
        assertThat(lesson.knowledgeCheck().question("q1").orElseThrow().correctOptionIds()).containsExactly("a");
        assertThat(m.finalAssessment().questions().getFirst().lessonId()).isEqualTo("first");
        assertThat(m.selfAssessment().maxValue()).isEqualTo(5);
        assertThatThrownBy(() -> m.lessons().add(lesson)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void passMarkOutOfRangeIsReportedWithFileAndLine() throws IOException {
        write("module.yaml", MODULE_YAML.replace("pass-mark: 70", "pass-mark: 170"));
        assertThat(problemsOf()).contains("mini/module.yaml:6: 'pass-mark' must be between 0 and 100, found 170");
    }

    @Test
    void missingCorrectAnswerAndFeedbackAreReported() throws IOException {
        write("checks/first.yaml", CHECK.replace("    correct: true\n        feedback: Yes.", "    correct: false\n        feedback: \"\""));
        String message = problemsOf();
        assertThat(message).contains("mini/checks/first.yaml:4: single-choice question 'q1' must have exactly one correct option, has 0");
        assertThat(message).contains("mini/checks/first.yaml:11: 'feedback' must be a non-empty text");
    }

    @Test
    void unresolvedReferencesAreReported() throws IOException {
        write("module.yaml", MODULE_YAML.replace("checks/first.yaml", "checks/missing.yaml"));
        write("final.yaml", FINAL.replace("lesson: first", "lesson: nowhere"));
        String message = problemsOf();
        assertThat(message).contains("mini/module.yaml:10: 'knowledge-check' refers to 'checks/missing.yaml', which does not exist");
        assertThat(message).contains("mini/final.yaml:6: question 'f1' names unknown lesson 'nowhere'");
    }

    @Test
    void duplicateIdsAreReported() throws IOException {
        write("checks/first.yaml", CHECK.replace("id: q2", "id: q1"));
        assertThat(problemsOf()).contains("mini/checks/first.yaml:16: duplicate question id 'q1'");
    }

    @Test
    void rawHtmlInALessonIsRefusedWithItsLine() throws IOException {
        write("lessons/first.md", LESSON.replace("Some *teaching* text.", "Some <script>alert(1)</script> text."));
        assertThat(problemsOf()).contains("mini/lessons/first.md:15: raw HTML is not allowed in lessons: <script>");
    }

    @Test
    void imageOutsideTheModuleIsRefused() throws IOException {
        write("lessons/first.md", LESSON.replace("images/map.svg", "../../etc/passwd"));
        assertThat(problemsOf()).contains("mini/lessons/first.md:17: image '../../etc/passwd' must be a relative path to an existing file");
    }

    @Test
    void yamlSyntaxErrorsAndUnknownKeysAreReported() throws IOException {
        write("self.yaml", SELF.replace("title: Readiness", "title: [unclosed"));
        write("module.yaml", MODULE_YAML.replace("pass-mark: 70", "pass-mark: 70\npas-mark: 80"));
        String message = problemsOf();
        assertThat(message).contains("mini/self.yaml:").contains("YAML syntax");
        assertThat(message).contains("mini/module.yaml:7: unknown key 'pas-mark'");
    }

    @Test
    void trueFalseNeedsExactlyTrueAndFalseOptions() throws IOException {
        write("checks/first.yaml", CHECK.replace("{id: \"false\"", "{id: \"maybe\""));
        assertThat(problemsOf()).contains("mini/checks/first.yaml:16: true-false question 'q2' must have exactly the options 'true' and 'false'");
    }

    @Test
    void frontMatterMustBeClosed() throws IOException {
        write("lessons/first.md", "---\nid: first\ntitle: x\n");
        assertThat(problemsOf()).contains("mini/lessons/first.md:1: front matter is not closed");
    }

    @Test
    void theRealModuleIsCompleteAndSubstantive() {
        Map<String, CourseModule> modules = ContentLoader.load(Path.of("content/modules"));
        CourseModule m = modules.get("tsi-networks");
        assertThat(m.lessons()).hasSize(8);
        assertThat(m.passMark()).isEqualTo(70);
        for (Lesson l : m.lessons()) {
            String text = org.jsoup.Jsoup.parse(l.html()).text();
            assertThat(text.split("\\s+").length).as("words in %s", l.id()).isGreaterThanOrEqualTo(700);
            assertThat(l.objectives()).as("objectives of %s", l.id()).hasSizeBetween(2, 4);
            assertThat(l.knowledgeCheck().questions()).as("check of %s", l.id()).hasSizeBetween(4, 6);
            assertThat(l.html()).as("worked case in %s", l.id()).containsIgnoringCase("Worked case");
        }
        assertThat(m.finalAssessment().questions()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(m.selfAssessment().dimensions()).extracting(SelfAssessment.Dimension::id)
                .containsExactly("vision", "governance", "roles", "resources", "communication", "monitoring");
        assertThat(m.selfAssessment().items()).hasSize(18);
        m.lessons().forEach(l -> l.knowledgeCheck().questions().forEach(q -> q.options()
                .forEach(o -> assertThat(o.feedback()).isNotBlank())));
    }

    @Test
    void certificationRulesDefaultToTheStrictestReading() {
        CertificationRules rules = ContentLoader.load(root).get("mini").certification();
        assertThat(rules).isEqualTo(new CertificationRules(java.util.List.of("first"), 0, true, true, 0));
    }

    @Test
    void certificationRulesAreRead() throws IOException {
        write("module.yaml", MODULE_YAML + """
                certification:
                  required-lessons: [first]
                  min-knowledge-check-score: 60
                  final-assessment-passed: false
                  readiness-pre-and-post: true
                  min-approved-plan-contributions: 1
                """);
        CertificationRules rules = ContentLoader.load(root).get("mini").certification();
        assertThat(rules).isEqualTo(new CertificationRules(java.util.List.of("first"), 60, false, true, 1));
    }

    @Test
    void badCertificationRulesAreReportedWithFileAndLine() throws IOException {
        write("module.yaml", MODULE_YAML + """
                certification:
                  required-lessons: first, nowhere
                  min-knowledge-check-score: 101
                  final-assessment-passed: maybe
                  min-approved-plan-contributions: -1
                  pass-mark: 50
                """);
        String message = problemsOf();
        assertThat(message).contains("mini/module.yaml:18: unknown key 'pass-mark'");
        assertThat(message).contains("mini/module.yaml:14: certification.required-lessons names unknown lesson 'nowhere'");
        assertThat(message).contains("mini/module.yaml:15: 'min-knowledge-check-score' must be between 0 and 100, found 101");
        assertThat(message).contains("mini/module.yaml:16: 'final-assessment-passed' must be true or false, found 'maybe'");
        assertThat(message).contains("mini/module.yaml:17: 'min-approved-plan-contributions' must be between 0 and 100, found -1");
    }

    @Test
    void theRealModuleHasCertificationRules() {
        CertificationRules rules = ContentLoader.load(Path.of("content/modules")).get("tsi-networks").certification();
        assertThat(rules.requiredLessons()).hasSize(8);
        assertThat(rules.minKnowledgeCheckScore()).isEqualTo(60);
        assertThat(rules.finalAssessmentPassed()).isTrue();
        assertThat(rules.readinessPreAndPost()).isTrue();
        assertThat(rules.minApprovedPlanContributions()).as("at least one approved plan contribution").isEqualTo(1);
    }
}
