package org.networkacademy.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.junit.jupiter.api.Test;
import org.networkacademy.AbstractAppTest;
import org.networkacademy.account.AppUser;
import org.networkacademy.content.CourseCatalog;
import org.networkacademy.content.CourseModule;
import org.networkacademy.content.Lesson;
import org.networkacademy.content.Question;
import org.networkacademy.content.QuestionType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Course content in the user's language: a French user reads the French lesson and knowledge check
 * marked {@code lang="fr"}; a Spanish user, for whom there is no Spanish file, reads the English
 * text marked {@code lang="en" dir="auto"} and is told so; answering the French check scores
 * exactly as in English.
 *
 * <p>Runs on a copy of the real content with the French translation and without any Spanish or
 * Arabic one, so that it keeps testing the fallback when those translations arrive.
 */
@TestPropertySource(properties = "networkacademy.content.dir=target/test-content/en-fr")
class ContentLanguageUiTest extends AbstractAppTest {

    static {
        copyContentWithout(Set.of("es", "ar"), Path.of("target/test-content/en-fr"));
    }

    @Autowired
    CourseCatalog catalog;

    /** Copies {@code content/modules} to {@code target}, leaving out the translations into {@code languages}. */
    private static void copyContentWithout(Set<String> languages, Path target) {
        Path source = Path.of("content/modules");
        try {
            if (Files.exists(target)) {
                try (Stream<Path> old = Files.walk(target)) {
                    old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            try (Stream<Path> files = Files.walk(source)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Path relative = source.relativize(f);
                    boolean left = false;
                    for (int i = 0; i + 1 < relative.getNameCount(); i++) {
                        if (relative.getName(i).toString().equals("translations")
                                && languages.contains(relative.getName(i + 1).toString())) {
                            left = true;
                        }
                    }
                    if (!left) {
                        Files.createDirectories(target.resolve(relative).getParent());
                        Files.copy(f, target.resolve(relative));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void loginIn(String language) {
        AppUser user = newTrainee("Trainee " + language);
        jdbc.update("UPDATE app_user SET locale = ? WHERE id = ?", language, user.getId());
        login(user);
    }

    @Test
    void aFrenchUserSeesTheFrenchLessonAndCheckMarkedAsFrench() {
        CourseModule fr = catalog.defaultModule().in("fr");
        Lesson lesson = fr.lessons().getFirst();
        assertThat(lesson.language()).isEqualTo("fr");
        loginIn("fr");

        UI.getCurrent().navigate("lesson/" + lesson.id());
        H1 heading = _get(H1.class);
        assertThat(heading.getText()).isEqualTo("Pourquoi les IAC travaillent en réseau");
        assertThat(heading.getElement().getAttribute("lang")).isEqualTo("fr");
        assertThat(heading.getElement().getAttribute("dir")).isEqualTo("ltr");
        Html body = _get(Html.class, s -> s.withClasses("na-lesson-body"));
        assertThat(body.getElement().getAttribute("lang")).isEqualTo("fr");
        assertThat(body.getInnerHtml()).contains("Un paysage encombré mais fragmenté");
        Paragraph prompt = _get(Paragraph.class, s -> s.withId("exercise-prompt"));
        assertThat(prompt.getText()).startsWith("Pour le plan de réseau pratique de votre cohorte");
        assertThat(prompt.getElement().getAttribute("lang")).isEqualTo("fr");

        UI.getCurrent().navigate("lesson/" + lesson.id() + "/check");
        H1 title = _get(H1.class);
        assertThat(title.getText()).isEqualTo("Contrôle des connaissances : Pourquoi les IAC travaillent en réseau");
        assertThat(title.getElement().getAttribute("lang")).isEqualTo("fr");
        var prompts = _find(Paragraph.class, s -> s.withClasses("na-question-prompt"));
        assertThat(prompts).extracting(Paragraph::getText)
                .containsExactlyElementsOf(lesson.knowledgeCheck().questions().stream().map(Question::prompt).toList());
        assertThat(prompts.getFirst().getText()).startsWith("Un bailleur de fonds");
        assertThat(prompts).allSatisfy(p -> {
            assertThat(p.getElement().getAttribute("lang")).isEqualTo("fr");
            assertThat(p.getElement().getAttribute("dir")).isEqualTo("ltr");
        });
        Question q3 = lesson.knowledgeCheck().question("q3").orElseThrow();
        RadioButtonGroup<String> trueFalse = _get(_get(Component.class, s -> s.withId("question-q3")), RadioButtonGroup.class);
        assertThat(trueFalse.getItemLabelGenerator().apply("true")).isEqualTo("Vrai");
        assertThat(q3.type()).isEqualTo(QuestionType.TRUE_FALSE);
    }

    @Test
    void aSpanishUserWithoutASpanishFileSeesEnglishMarkedAsEnglish() {
        assertThat(catalog.defaultModule().in("es")).isSameAs(catalog.defaultModule());
        Lesson english = catalog.defaultModule().lessons().getFirst();
        loginIn("es");

        UI.getCurrent().navigate(CourseHomeView.class);
        assertThat(_get(Div.class, s -> s.withId("content-language-note")).getElement().getTextRecursively()).contains("en inglés");

        UI.getCurrent().navigate("lesson/" + english.id());
        H1 heading = _get(H1.class);
        assertThat(heading.getText()).isEqualTo(english.title());
        assertThat(heading.getElement().getAttribute("lang")).isEqualTo("en");
        assertThat(heading.getElement().getAttribute("dir")).isEqualTo("auto");
        assertThat(_get(Html.class, s -> s.withClasses("na-lesson-body")).getElement().getAttribute("lang")).isEqualTo("en");

        UI.getCurrent().navigate("lesson/" + english.id() + "/check");
        assertThat(_get(H1.class).getText()).isEqualTo(english.knowledgeCheck().title());
        assertThat(_find(Paragraph.class, s -> s.withClasses("na-question-prompt"))).isNotEmpty().allSatisfy(p -> {
            assertThat(p.getElement().getAttribute("lang")).isEqualTo("en");
            assertThat(p.getElement().getAttribute("dir")).isEqualTo("auto");
        });
    }

    @Test
    void theCourseHomeSaysNothingAboutLanguageWhenAllTheContentIsInTheUserLanguage() {
        loginIn("fr");
        UI.getCurrent().navigate(CourseHomeView.class);
        H1 title = _get(H1.class);
        assertThat(title.getText()).isEqualTo(catalog.defaultModule().in("fr").title());
        assertThat(title.getElement().getAttribute("lang")).isEqualTo("fr");
        if (catalog.defaultModule().isFullyIn("fr")) {
            _assertNone(Div.class, s -> s.withId("content-language-note"));
        } else {
            // while the French translation is being completed, the rest is shown in English and the page says so
            assertThat(_get(Div.class, s -> s.withId("content-language-note")).getElement().getTextRecursively())
                    .contains("pas encore traduite");
        }
    }

    @Test
    void aFrenchUserSeesTheSelfAssessmentFinalAssessmentAndPlanGuidanceInFrench() {
        AppUser user = newTrainee("Awa Diallo");
        jdbc.update("UPDATE app_user SET locale = 'fr' WHERE id = ?", user.getId());
        String code = java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        var now = java.sql.Timestamp.from(java.time.Instant.now());
        jdbc.update("INSERT INTO cohort (name, module_id, language, status, join_code, created_at, version) "
                + "VALUES ('Cohorte de Dakar', 'tsi-networks', 'fr', 'ACTIVE', ?, ?, 0)", code, now);
        long cohort = jdbc.queryForObject("SELECT id FROM cohort WHERE join_code = ?", Long.class, code);
        jdbc.update("INSERT INTO enrolment (registration, user_id, module_id, status, enrolled_at, last_activity_at, cohort_id, version) "
                + "VALUES (?, ?, 'tsi-networks', 'IN_PROGRESS', ?, ?, ?, 0)", java.util.UUID.randomUUID().toString(), user.getId(), now, now, cohort);
        login(user);

        UI.getCurrent().navigate(SelfAssessmentView.class);
        H1 readiness = _get(H1.class);
        assertThat(readiness.getText()).isEqualTo("Auto-évaluation de la préparation au travail en réseau");
        assertThat(readiness.getElement().getAttribute("lang")).isEqualTo("fr");
        RadioButtonGroup<Integer> item = _get(RadioButtonGroup.class, s -> s.withId("item-vision-1"));
        assertThat(item.getLabel()).startsWith("Notre institution peut dire en une phrase");
        assertThat(item.getItemLabelGenerator().apply(5)).isEqualTo("5 · Tout à fait d’accord");

        UI.getCurrent().navigate(FinalAssessmentView.class);
        H1 assessment = _get(H1.class);
        assertThat(assessment.getText()).isEqualTo("Évaluation finale");
        assertThat(assessment.getElement().getAttribute("lang")).isEqualTo("fr");

        UI.getCurrent().navigate(org.networkacademy.plan.ui.PlanView.class, cohort);
        var title = _get(com.vaadin.flow.component.html.Span.class, s -> s.withId("plan-title"));
        assertThat(title.getText()).isEqualTo("Plan de réseau de mise en pratique");
        assertThat(title.getElement().getAttribute("lang")).isEqualTo("fr");
        var guidance = _find(Paragraph.class, s -> s.withClasses("na-plan-guidance"));
        assertThat(guidance).hasSize(9).allSatisfy(p -> {
            assertThat(p.getElement().getAttribute("lang")).isEqualTo("fr");
            assertThat(p.getElement().getAttribute("dir")).isEqualTo("ltr");
        });
        assertThat(guidance.getFirst().getText()).startsWith("Indiquez en deux ou trois phrases");
    }

    @Test
    void answeringTheFrenchCheckScoresExactlyAsInEnglish() {
        Lesson english = catalog.defaultModule().lessons().getFirst();
        // the same choices in both languages: right, wrong, right, wrong, ...
        List<Set<String>> choices = new ArrayList<>();
        int right = 0;
        List<Question> questions = english.knowledgeCheck().questions();
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            if (i % 2 == 0) {
                choices.add(q.correctOptionIds());
                right++;
            } else {
                choices.add(Set.of(q.options().stream().filter(o -> !o.correct()).findFirst().orElseThrow().id()));
            }
        }
        String expected = Math.round(100.0 * right / questions.size()) + " %";

        loginIn("fr");
        String french = takeCheck(english, choices);
        logout();
        loginIn("en");
        String inEnglish = takeCheck(english, choices);

        assertThat(french).startsWith("Votre score : " + expected);
        assertThat(inEnglish).startsWith("Your score: " + expected);
    }

    /** Answers every question of the lesson's check in the UI and returns the score text. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private String takeCheck(Lesson lesson, List<Set<String>> choices) {
        UI.getCurrent().navigate("lesson/" + lesson.id() + "/check");
        List<Question> questions = lesson.knowledgeCheck().questions();
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            Component panel = _get(Component.class, s -> s.withId("question-" + q.id()));
            if (q.type() == QuestionType.MULTIPLE_CHOICE) {
                enter(_get(panel, CheckboxGroup.class), choices.get(i));
            } else {
                enter(_get(panel, RadioButtonGroup.class), choices.get(i).iterator().next());
            }
            _click(_get(panel, Button.class, s -> s.withId("check-" + q.id())));
        }
        return _get(Div.class, s -> s.withId("check-score")).getElement().getTextRecursively();
    }
}
