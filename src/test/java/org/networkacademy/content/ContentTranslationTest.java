package org.networkacademy.content;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.networkacademy.content.ContentLoaderTest.CHECK;
import static org.networkacademy.content.ContentLoaderTest.FINAL;
import static org.networkacademy.content.ContentLoaderTest.LESSON;
import static org.networkacademy.content.ContentLoaderTest.MODULE_YAML;
import static org.networkacademy.content.ContentLoaderTest.SELF;

/**
 * Translations ({@code <module>/translations/<lang>/}, mirroring the English files): a good one
 * loads with its text and the English ids, answers and scores; a file whose structure differs, a
 * changed {@code correct} flag, a missing option, a folder for a language the app does not offer,
 * each stop the start with the file and what differs.
 */
class ContentTranslationTest {

    @TempDir
    Path root;
    Path module;

    static final String FR_MODULE = MODULE_YAML.replace("title: Mini module", "title: Mini-module")
            .replace("summary: A tiny module for tests.", "summary: Un tout petit module pour les tests.")
            .replace("languages: [en]", "languages: [en, fr, es, ar]");
    static final String FR_LESSON = """
            ---
            id: first
            title: Première leçon
            estimated-minutes: 10
            objectives:
              - Expliquer pourquoi les réseaux comptent.
            exercise:
              id: first-exercise
              title: Rédiger une vision
              plan-section: vision
              prompt: Écrivez une phrase.
            ---
            ## Section

            Un texte *pédagogique*.

            ![Une carte](images/map.svg)
            """;
    static final String FR_CHECK = """
            id: first-check
            title: "Vérification : première leçon"
            questions:
              - id: q1
                type: single-choice
                prompt: Laquelle ?
                options:
                  - id: a
                    text: Celle-ci
                    correct: true
                    feedback: Oui.
                  - id: b
                    text: Celle-là
                    correct: false
                    feedback: Non.
              - id: q2
                type: true-false
                prompt: Les réseaux aident.
                options:
                  - {id: "true", text: "Vrai", correct: true, feedback: Exact.}
                  - {id: "false", text: "Faux", correct: false, feedback: Inexact.}
            """;

    @BeforeEach
    void writeModuleWithFrenchTranslation() throws IOException {
        module = root.resolve("mini");
        write("module.yaml", MODULE_YAML.replace("languages: [en]", "languages: [en, fr, es, ar]"));
        write("lessons/first.md", LESSON);
        write("checks/first.yaml", CHECK);
        write("final.yaml", FINAL);
        write("self.yaml", SELF);
        write("images/map.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        write("translations/fr/module.yaml", FR_MODULE);
        write("translations/fr/lessons/first.md", FR_LESSON);
        write("translations/fr/checks/first.yaml", FR_CHECK);
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
    void aGoodTranslationLoadsItsTextWithTheEnglishIdsAndAnswers() {
        CourseModule en = ContentLoader.load(root).get("mini");
        CourseModule fr = en.in("fr");
        assertThat(fr.title()).isEqualTo("Mini-module");
        assertThat(fr.language()).isEqualTo("fr");
        Lesson lesson = fr.lessons().getFirst();
        assertThat(lesson.language()).isEqualTo("fr");
        assertThat(lesson.title()).isEqualTo("Première leçon");
        assertThat(lesson.objectives()).containsExactly("Expliquer pourquoi les réseaux comptent.");
        assertThat(lesson.exercise()).isEqualTo(new Exercise("first-exercise", "Rédiger une vision", "Écrivez une phrase.", "vision"));
        assertThat(lesson.html()).contains("<em>pédagogique</em>").contains("alt=\"Une carte\"")
                .contains("src=\"/content-files/mini/images/map.svg\"");
        QuestionSet check = lesson.knowledgeCheck();
        assertThat(check.language()).isEqualTo("fr");
        assertThat(check.id()).isEqualTo("first-check");
        assertThat(check.title()).isEqualTo("Vérification : première leçon");
        Question q1 = check.question("q1").orElseThrow();
        assertThat(q1.prompt()).isEqualTo("Laquelle ?");
        assertThat(q1.options()).extracting(Option::text).containsExactly("Celle-ci", "Celle-là");
        assertThat(q1.correctOptionIds()).isEqualTo(en.lessons().getFirst().knowledgeCheck().question("q1").orElseThrow().correctOptionIds());
        assertThat(q1.isCorrect(Set.of("a"))).isTrue();
        assertThat(check.question("q2").orElseThrow().options()).extracting(Option::text).containsExactly("Vrai", "Faux");
        // no French self-assessment or final assessment yet: those pieces stay English
        assertThat(fr.selfAssessment()).isSameAs(en.selfAssessment());
        assertThat(fr.finalAssessment()).isSameAs(en.finalAssessment());
        assertThat(en.isFullyIn("fr")).isFalse();
        // the English module is untouched; a listed language without a folder is English
        assertThat(en.lessons().getFirst().title()).isEqualTo("First lesson");
        assertThat(en.lessons().getFirst().language()).isEqualTo("en");
        assertThat(en.in("es")).isSameAs(en);
        assertThat(en.in("en")).isSameAs(en);
    }

    @Test
    void aCompleteTranslationIsFullyInItsLanguage() throws IOException {
        write("translations/fr/final.yaml", FINAL.replace("title: Final assessment", "title: Évaluation finale")
                .replace("text: A,", "text: Un,"));
        write("translations/fr/self.yaml", SELF.replace("title: Readiness", "title: Préparation")
                .replace("label: Low", "label: Faible"));
        CourseModule en = ContentLoader.load(root).get("mini");
        assertThat(en.isFullyIn("fr")).isTrue();
        assertThat(en.in("fr").finalAssessment().title()).isEqualTo("Évaluation finale");
        assertThat(en.in("fr").finalAssessment().questions().getFirst().lessonId()).isEqualTo("first");
        assertThat(en.in("fr").selfAssessment().scale().getFirst()).isEqualTo(new SelfAssessment.ScalePoint(1, "Faible"));
        assertThat(en.in("fr").selfAssessment().language()).isEqualTo("fr");
    }

    @Test
    void aMissingLessonFileFallsBackToEnglishWhileItsCheckIsTranslated() throws IOException {
        Files.delete(module.resolve("translations/fr/lessons/first.md"));
        Lesson lesson = ContentLoader.load(root).get("mini").in("fr").lessons().getFirst();
        assertThat(lesson.language()).isEqualTo("en");
        assertThat(lesson.title()).isEqualTo("First lesson");
        assertThat(lesson.knowledgeCheck().language()).isEqualTo("fr");
    }

    @Test
    void aMissingOptionIsNamed() throws IOException {
        write("translations/fr/checks/first.yaml", FR_CHECK.replace(
                "      - id: b\n        text: Celle-là\n        correct: false\n        feedback: Non.\n", ""));
        assertThat(problemsOf()).contains("mini/translations/fr/checks/first.yaml:8: question q1 has options a; the English has a,b");
    }

    @Test
    void aChangedCorrectFlagIsNamed() throws IOException {
        write("translations/fr/checks/first.yaml", FR_CHECK.replace(
                "text: Celle-là\n        correct: false", "text: Celle-là\n        correct: true"));
        assertThat(problemsOf()).contains(
                "mini/translations/fr/checks/first.yaml:14: question q1 option b: 'correct' is 'true'; the English has 'false' (only text is translated)");
    }

    @Test
    void aDifferentStructureIsNamed() throws IOException {
        // a key the English question does not have, a question id changed, a lesson whose exercise lost a key
        write("translations/fr/checks/first.yaml", FR_CHECK.replace("id: q2", "id: q3"));
        write("translations/fr/lessons/first.md", FR_LESSON.replace("  plan-section: vision\n", ""));
        write("translations/fr/module.yaml", FR_MODULE.replace("pass-mark: 70", "pass-mark: 50"));
        String message = problemsOf();
        assertThat(message).contains("mini/translations/fr/checks/first.yaml:4: has questions q1,q3; the English has q1,q2");
        assertThat(message).contains("mini/translations/fr/lessons/first.md:8: has keys id, title, prompt; the English has id, title, plan-section, prompt");
        assertThat(message).contains("mini/translations/fr/module.yaml:6: 'pass-mark' is '50'; the English has '70' (only text is translated)");
    }

    @Test
    void aTranslatedModuleYamlNeedNotRepeatTheEnglishVersionAndLanguages() throws IOException {
        // e.g. written before Spanish and Arabic were added, or before the English version was raised
        write("translations/fr/module.yaml", FR_MODULE.replace("languages: [en, fr, es, ar]", "languages: [en]")
                .replace("version: 1.0.0", "version: 0.9.0"));
        CourseModule m = ContentLoader.load(root).get("mini");
        assertThat(m.in("fr").title()).isEqualTo("Mini-module");
        assertThat(m.in("fr").languages()).containsExactly("en", "fr", "es", "ar");
        assertThat(m.in("fr").version()).isEqualTo("1.0.0");
    }

    @Test
    void blankTextAndAChangedImageAreNamed() throws IOException {
        write("translations/fr/checks/first.yaml", FR_CHECK.replace("feedback: Non.", "feedback: \"\""));
        write("translations/fr/lessons/first.md", FR_LESSON.replace("images/map.svg", "images/carte.svg"));
        String message = problemsOf();
        assertThat(message).contains("mini/translations/fr/checks/first.yaml:15: question q1 option b: 'feedback' must be a non-empty text");
        assertThat(message).contains("mini/translations/fr/lessons/first.md:13: has images images/carte.svg; the English has images/map.svg");
    }

    @Test
    void aFolderForALanguageTheAppDoesNotOfferIsRefused() throws IOException {
        write("translations/de/checks/first.yaml", FR_CHECK);
        assertThat(problemsOf()).contains("mini/translations/de: 'de' is not a language the app offers for translations (fr, es, ar)");
    }

    @Test
    void aFolderForALanguageNotListedInLanguagesIsRefused() throws IOException {
        write("module.yaml", MODULE_YAML.replace("languages: [en]", "languages: [en, es]"));
        assertThat(problemsOf()).contains("mini/translations/fr: language 'fr' has a translation folder but is not listed in 'languages' in mini/module.yaml");
    }

    @Test
    void aLanguageTheAppDoesNotOfferCannotBeListed() throws IOException {
        write("module.yaml", MODULE_YAML.replace("languages: [en]", "languages: [en, fr, de]"));
        assertThat(problemsOf()).contains("mini/module.yaml:5: language 'de' is not one the app offers (en, fr, es, ar)");
    }

    @Test
    void aFileWithoutEnglishOriginalIsRefused() throws IOException {
        write("translations/fr/checks/second.yaml", FR_CHECK);
        assertThat(problemsOf()).contains("mini/translations/fr/checks/second.yaml: has no English original");
    }

    /** A language folder may hold its own copy of a module image (labels in its language): its lessons show that copy. */
    @Test
    void aTranslatedImageReplacesTheEnglishOneInThatLanguageOnly() throws IOException {
        write("translations/fr/images/map.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>Carte</text></svg>");
        CourseModule en = ContentLoader.load(root).get("mini");
        assertThat(en.lessons().getFirst().html()).contains("src=\"/content-files/mini/images/map.svg\"");
        assertThat(en.in("fr").lessons().getFirst().html()).contains("src=\"/content-files/mini/translations/fr/images/map.svg\"")
                .doesNotContain("/content-files/mini/images/map.svg");
    }

    @Test
    void anImageWithoutEnglishOriginalIsRefused() throws IOException {
        write("translations/fr/images/carte.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        assertThat(problemsOf()).contains("mini/translations/fr/images/carte.svg: has no English original");
    }

    /** Lesson 2's ecosystem map has its labels in each language: each translation shows its own copy. */
    @Test
    void theRealLessonTwoShowsTheEcosystemMapInItsLanguage() throws IOException {
        CourseModule en = ContentLoader.load(Path.of("content/modules")).get("tsi-networks");
        Lesson english = en.lessons().get(1);
        assertThat(english.html()).contains("src=\"/content-files/tsi-networks/images/ecosystem-map.svg\"");
        for (String lang : List.of("fr", "es", "ar")) {
            Lesson lesson = en.in(lang).lessons().get(1);
            assertThat(lesson.language()).isEqualTo(lang);
            assertThat(lesson.html()).as(lang)
                    .contains("src=\"/content-files/tsi-networks/translations/" + lang + "/images/ecosystem-map.svg\"");
            String svg = Files.readString(Path.of("content/modules/tsi-networks/translations/" + lang + "/images/ecosystem-map.svg"));
            assertThat(svg).as(lang).contains("xml:lang=\"" + lang + "\"").doesNotContain(">Chamber of<").doesNotContain(">SME<");
        }
        assertThat(Files.readString(Path.of("content/modules/tsi-networks/translations/ar/images/ecosystem-map.svg")))
                .contains("direction=\"rtl\"").contains(">غرفة<");
        assertThat(Files.readString(Path.of("content/modules/tsi-networks/translations/fr/images/ecosystem-map.svg")))
                .contains(">PME<");
    }

    @Test
    void translatedPlanGuidanceMustMirrorTheEnglish() throws IOException {
        String english = """
                title: Plan
                sections:
                """ + PlanGuidance.SECTION_IDS.stream().map(id -> "  - id: " + id + "\n    guidance: Guidance for " + id + ".\n")
                .reduce("", String::concat);
        write("plan-guidance.yaml", english);
        String french = english.replace("title: Plan", "title: Plan de réseau").replace("Guidance for", "Conseils pour");
        write("translations/fr/plan-guidance.yaml", french);
        CourseModule m = ContentLoader.load(root).get("mini");
        PlanGuidance en = PlanGuidanceLoader.load(root, m).orElseThrow();
        PlanGuidance fr = PlanGuidanceLoader.loadTranslations(root, m, en).get("fr");
        assertThat(fr.language()).isEqualTo("fr");
        assertThat(fr.title()).isEqualTo("Plan de réseau");
        assertThat(fr.section("governance").orElseThrow().guidance()).isEqualTo("Conseils pour governance.");
        assertThat(PlanGuidanceLoader.loadTranslations(root, m, en)).doesNotContainKey("es");

        write("translations/fr/plan-guidance.yaml", french.replace("  - id: network-map\n    guidance: Conseils pour network-map.\n", ""));
        assertThatThrownBy(() -> PlanGuidanceLoader.loadTranslations(root, m, en))
                .isInstanceOfSatisfying(ContentValidationException.class, e -> assertThat(e.problems().stream()
                        .map(ContentProblem::toString).toList()).contains(
                        "mini/translations/fr/plan-guidance.yaml:3: has sections vision,objectives,partners,governance,protocol,resources,communication,monitoring;"
                                + " the English has vision,objectives,partners,network-map,governance,protocol,resources,communication,monitoring"));
    }

    @Test
    void theRealFrenchTranslationLoadsAndScoresAsTheEnglish() {
        CourseModule en = ContentLoader.load(Path.of("content/modules")).get("tsi-networks");
        CourseModule fr = en.in("fr");
        assertThat(fr.lessons()).hasSameSizeAs(en.lessons());
        for (int i = 0; i < en.lessons().size(); i++) {
            List<Question> enQ = en.lessons().get(i).knowledgeCheck().questions();
            List<Question> frQ = fr.lessons().get(i).knowledgeCheck().questions();
            for (int j = 0; j < enQ.size(); j++) {
                assertThat(frQ.get(j).id()).isEqualTo(enQ.get(j).id());
                assertThat(frQ.get(j).correctOptionIds()).isEqualTo(enQ.get(j).correctOptionIds());
            }
        }
        // the French translation is complete, and its lessons follow the body rules in French
        assertThat(en.isFullyIn("fr")).isTrue();
        for (Lesson l : fr.lessons()) {
            String text = org.jsoup.Jsoup.parse(l.html()).text();
            assertThat(text.split("\\s+").length).as("words in %s", l.id()).isGreaterThanOrEqualTo(700);
            assertThat(l.html()).as("worked case in %s", l.id()).contains("Cas pratique").contains("Points clés");
            assertThat(l.objectives()).hasSameSizeAs(en.lesson(l.id()).orElseThrow().objectives());
        }
        assertThat(fr.finalAssessment().questions()).extracting(Question::lessonId)
                .containsExactlyElementsOf(en.finalAssessment().questions().stream().map(Question::lessonId).toList());
        PlanGuidance guidance = PlanGuidanceLoader.loadTranslations(Path.of("content/modules"), en,
                PlanGuidanceLoader.load(Path.of("content/modules"), en).orElseThrow()).get("fr");
        assertThat(guidance.title()).isEqualTo("Plan de réseau de mise en pratique");
    }
}
