package org.networkacademy.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.networkacademy.base.ui.ErrorMessages;
import org.networkacademy.base.ui.StatusBadge;
import org.networkacademy.content.CourseCatalog;
import org.networkacademy.content.CourseModule;
import org.networkacademy.content.Question;
import org.networkacademy.learning.Attempt;
import org.networkacademy.learning.LearningService;
import org.networkacademy.learning.Scoring;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The final assessment: one attempt at a time, answered and submitted as a whole, scored against
 * the module's pass mark, then reviewed question by question with feedback.
 */
@Route("assessment")
@PermitAll
public class FinalAssessmentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final LearningService learning;
    private final CourseCatalog catalog;

    FinalAssessmentView(LearningService learning, CourseCatalog catalog) {
        this.learning = learning;
        this.catalog = catalog;
        addClassName("na-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<Attempt> attempts = learning.finalAssessmentAttempts(catalog.defaultModule().id());
        if (!attempts.isEmpty() && attempts.getLast().getStatus() == Attempt.Status.IN_PROGRESS) {
            renderAttempt(attempts.getLast());
        } else {
            renderIntro(attempts);
        }
    }

    private void renderIntro(List<Attempt> attempts) {
        removeAll();
        CourseModule module = LearningWidgets.inUiLanguage(this, catalog.defaultModule());
        var title = new H1(module.finalAssessment().title());
        LearningWidgets.inContentLanguage(module.finalAssessment().language(), title);
        add(title);
        add(new Paragraph(getTranslation("assessment.intro", module.finalAssessment().questions().size(), module.passMark())));
        if (!attempts.isEmpty()) {
            add(new H2(getTranslation("assessment.previous")));
            var list = new UnorderedList();
            attempts.forEach(a -> list.add(new ListItem(getTranslation("assessment.attempt-line", a.getAttemptNumber(),
                    WHEN.format(a.getSubmittedAt()), a.percent().orElse(0),
                    getTranslation(Boolean.TRUE.equals(a.getPassed()) ? "assessment.passed-word" : "assessment.failed-word")))));
            add(list);
        }
        var start = new Button(getTranslation(attempts.isEmpty() ? "assessment.start" : "assessment.start-again"),
                e -> renderAttempt(learning.startFinalAssessment(module.id())));
        start.setId("assessment-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(start);
    }

    private void renderAttempt(Attempt attempt) {
        removeAll();
        CourseModule module = LearningWidgets.inUiLanguage(this, catalog.defaultModule());
        add(new H1(getTranslation("assessment.attempt-title", module.finalAssessment().title(), attempt.getAttemptNumber())));
        add(new Paragraph(getTranslation("assessment.instructions", module.passMark())));
        var panels = new ArrayList<QuestionPanel>();
        int n = 1;
        for (Question q : module.finalAssessment().questions()) {
            var panel = new QuestionPanel(n++, q, module.finalAssessment().language());
            panels.add(panel);
            add(panel);
        }
        var submit = new Button(getTranslation("assessment.submit"));
        submit.setId("assessment-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> {
            long unanswered = panels.stream().filter(p -> p.selection().isEmpty()).count();
            if (unanswered == 0) {
                submit(attempt, panels);
                return;
            }
            var confirm = new ConfirmDialog(getTranslation("assessment.unanswered-title"),
                    getTranslation("assessment.unanswered", unanswered), getTranslation("assessment.submit-anyway"),
                    ev -> submit(attempt, panels));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("assessment.keep-answering"));
            confirm.addCancelListener(ev -> submit.setEnabled(true));
            confirm.open();
        });
        add(submit);
    }

    private void submit(Attempt attempt, List<QuestionPanel> panels) {
        Map<String, Set<String>> answers = new HashMap<>();
        panels.forEach(p -> answers.put(p.question().id(), p.selection()));
        try {
            Attempt done = learning.submitFinalAssessment(attempt.getUuid(), answers);
            renderResult(done, panels);
        } catch (IllegalArgumentException ex) {
            ErrorMessages.show(this, ex.getMessage());
        }
    }

    private void renderResult(Attempt attempt, List<QuestionPanel> panels) {
        removeAll();
        CourseModule module = LearningWidgets.inUiLanguage(this, catalog.defaultModule());
        boolean passed = Boolean.TRUE.equals(attempt.getPassed());
        int percent = attempt.percent().orElse(0);
        add(new H1(getTranslation("assessment.result-title")));
        var result = new Div(new StatusBadge(getTranslation(passed ? "assessment.passed" : "assessment.failed", percent, module.passMark()),
                passed ? StatusBadge.Tone.SUCCESS : StatusBadge.Tone.ERROR));
        result.setId("assessment-result");
        add(result);
        add(new Paragraph(getTranslation("assessment.score-detail", attempt.getScoreRaw().intValue(), attempt.getScoreMax().intValue())));
        add(new H2(getTranslation("assessment.review")));
        for (QuestionPanel p : panels) {
            var answer = attempt.answer(p.question().id()).orElseThrow();
            p.showAnswered(Scoring.optionIds(answer.getResponse()), Boolean.TRUE.equals(answer.getCorrect()));
            add(p);
        }
        if (!passed) {
            var again = new Button(getTranslation("assessment.start-again"), e -> renderAttempt(learning.startFinalAssessment(module.id())));
            add(again);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assessment.page-title") + " | " + getTranslation("app.name");
    }
}
