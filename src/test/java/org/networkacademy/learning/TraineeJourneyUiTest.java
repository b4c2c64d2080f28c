package org.networkacademy.learning;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.networkacademy.AbstractAppTest;
import org.networkacademy.account.ui.LoginView;
import org.networkacademy.content.CourseCatalog;
import org.networkacademy.content.CourseModule;
import org.networkacademy.content.Option;
import org.networkacademy.content.Question;
import org.networkacademy.content.QuestionType;
import org.networkacademy.learning.ui.CourseHomeView;
import org.networkacademy.learning.ui.FinalAssessmentView;
import org.networkacademy.learning.ui.KnowledgeCheckView;
import org.networkacademy.learning.ui.LessonView;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Set;
import java.util.stream.Collectors;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A trainee's journey through the UI, without a browser: register, log in, open lesson 1,
 * complete it, answer its knowledge check (one right, one wrong, feedback shown), see the
 * progress bar move, and take the final assessment (fail, then pass).
 */
class TraineeJourneyUiTest extends AbstractAppTest {

    @Autowired
    CourseCatalog catalog;

    @Test
    void registerThenTakeLessonCheckAndFinalAssessment() {
        CourseModule module = catalog.defaultModule();
        var lesson1 = module.lessons().getFirst();

        // --- register
        UI.getCurrent().navigate("register");
        String email = "journey-" + System.nanoTime() + "@example.org";
        enter(_get(TextField.class, s -> s.withLabel("Full name")), "Leïla Ben Salah");
        enter(_get(EmailField.class, s -> s.withLabel("E-mail")), email);
        enter(_get(PasswordField.class, s -> s.withLabel("Password")), "a-long-password-1");
        enter(_get(PasswordField.class, s -> s.withLabel("Repeat password")), "a-long-password-1");
        enter(_get(TextField.class, s -> s.withLabel("Institution")), "Tunisian Export Promotion Centre");
        @SuppressWarnings("unchecked")
        ComboBox<String> country = _get(ComboBox.class, s -> s.withLabel("Country"));
        enter(country, "TN");
        _click(_get(Button.class, s -> s.withText("Create account")));
        var user = accounts.findByEmail(email).orElseThrow();
        assertThat(user.getDisplayName()).isEqualTo("Leïla Ben Salah");
        assertThat(user.getCountry()).isEqualTo("TN");
        _assertOne(LoginView.class); // sent to log in

        // --- log in and see the course home at 0 %
        login(user);
        UI.getCurrent().navigate(CourseHomeView.class);
        assertThat(_get(Span.class, s -> s.withId("module-progress-label")).getText())
                .isEqualTo("0 of 8 lessons completed (0 %)");
        assertThat(_get(ProgressBar.class, s -> s.withId("module-progress")).getValue()).isEqualTo(0.0);

        // --- open lesson 1 by "start", read, confirm, complete
        _click(_get(Button.class, s -> s.withId("continue")));
        _assertOne(LessonView.class);
        assertThat(_get(H1.class).getText()).isEqualTo(lesson1.title());
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Lesson 1: " + lesson1.title() + " | Network Academy");
        var complete = _get(Button.class, s -> s.withId("complete-lesson"));
        assertThat(complete.isEnabled()).isFalse();
        enter(_get(Checkbox.class, s -> s.withId("confirm-read")), true);
        _click(complete);
        _get(Span.class, s -> s.withText("Lesson completed"));

        // --- exercise: draft then submit
        enter(_get(TextArea.class, s -> s.withId("exercise-answer")), "Our network will cut duplicated export coaching.");
        _click(_get(Button.class, s -> s.withId("exercise-submit")));
        _get(Span.class, s -> s.withText("Submitted"));

        // --- knowledge check: first question right, second wrong
        UI.getCurrent().navigate(KnowledgeCheckView.class, LessonViewParams.of(lesson1.id()));
        var questions = lesson1.knowledgeCheck().questions();
        Question first = questions.get(0);
        Question second = questions.get(1);
        answer(first, first.correctOptionIds());
        Component firstPanel = _get(Component.class, s -> s.withId("question-" + first.id()));
        _get(firstPanel, Span.class, s -> s.withText("Correct"));
        Option chosenRight = first.options().stream().filter(Option::correct).findFirst().orElseThrow();
        _get(firstPanel, Span.class, s -> s.withText(chosenRight.feedback()));

        Option wrong = second.options().stream().filter(o -> !o.correct()).findFirst().orElseThrow();
        answer(second, Set.of(wrong.id()));
        Component secondPanel = _get(Component.class, s -> s.withId("question-" + second.id()));
        _get(secondPanel, Span.class, s -> s.withText("Not quite"));
        _get(secondPanel, Span.class, s -> s.withText(wrong.feedback()));
        assertThat(_find(Span.class, s -> s.withText("Your score: " + "0 %"))).isEmpty();

        // --- progress moved: 1 of 8 = 13 %
        UI.getCurrent().navigate(CourseHomeView.class);
        assertThat(_get(Span.class, s -> s.withId("module-progress-label")).getText())
                .isEqualTo("1 of 8 lessons completed (13 %)");
        assertThat(_get(ProgressBar.class, s -> s.withId("module-progress")).getValue()).isEqualTo(13.0);

        // --- final assessment: submit with nothing answered (confirm) -> not passed
        UI.getCurrent().navigate(FinalAssessmentView.class);
        _click(_get(Button.class, s -> s.withId("assessment-start")));
        _click(_get(Button.class, s -> s.withId("assessment-submit")));
        var dialog = _get(ConfirmDialog.class);
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(dialog);
        assertThat(_get(Component.class, s -> s.withId("assessment-result")).getElement().getTextRecursively())
                .contains("Not passed: 0 % (pass mark 70 %)");

        // --- second attempt: all correct -> passed
        _click(_get(Button.class, s -> s.withText("Start a new attempt")));
        for (Question q : module.finalAssessment().questions()) {
            answer(q, q.correctOptionIds());
        }
        _click(_get(Button.class, s -> s.withId("assessment-submit")));
        assertThat(_get(Component.class, s -> s.withId("assessment-result")).getElement().getTextRecursively())
                .contains("Passed: 100 % (pass mark 70 %)");
    }

    /** Selects options in a question panel and, in a knowledge check, presses "Check answer". */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void answer(Question q, Set<String> optionIds) {
        Component panel = _get(Component.class, s -> s.withId("question-" + q.id()));
        if (q.type() == QuestionType.MULTIPLE_CHOICE) {
            CheckboxGroup<String> group = _get(panel, CheckboxGroup.class);
            enter(group, optionIds);
        } else {
            RadioButtonGroup<String> group = _get(panel, RadioButtonGroup.class);
            enter(group, optionIds.iterator().next());
        }
        _find(panel, Button.class, s -> s.withText("Check answer")).forEach(b -> _click(b));
    }

    /** Route parameters of lesson views. */
    static final class LessonViewParams {
        static com.vaadin.flow.router.RouteParameters of(String lessonId) {
            return new com.vaadin.flow.router.RouteParameters("lessonId", lessonId);
        }
    }
}
