package org.networkacademy.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.networkacademy.base.ui.ErrorMessages;
import org.networkacademy.base.ui.StatusBadge;
import org.networkacademy.content.CourseCatalog;
import org.networkacademy.content.CourseModule;
import org.networkacademy.content.Lesson;
import org.networkacademy.content.Question;
import org.networkacademy.content.QuestionSet;
import org.networkacademy.learning.Attempt;
import org.networkacademy.learning.LearningService;
import org.networkacademy.learning.Scoring;

/**
 * A lesson's knowledge check: each question is checked on its own with immediate feedback per
 * chosen option; the score appears when all are answered; retries start a new attempt.
 */
@Route("lesson/:lessonId/check")
@PermitAll
public class KnowledgeCheckView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LearningService learning;
    private final CourseCatalog catalog;
    private final Div score = new Div();
    private String lessonId;
    private String title = "";

    KnowledgeCheckView(LearningService learning, CourseCatalog catalog) {
        this.learning = learning;
        this.catalog = catalog;
        addClassName("na-page");
        score.setId("check-score");
        score.getElement().setAttribute("aria-live", "polite");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        lessonId = event.getRouteParameters().get("lessonId").orElse("");
        Lesson lesson = LearningWidgets.inUiLanguage(this, catalog.defaultModule()).lesson(lessonId).orElseThrow(NotFoundException::new);
        title = lesson.knowledgeCheck().title();
        render(learning.currentCheckAttempt(catalog.defaultModule().id(), lessonId));
    }

    private void render(Attempt attempt) {
        removeAll();
        CourseModule module = LearningWidgets.inUiLanguage(this, catalog.defaultModule());
        Lesson lesson = module.lesson(lessonId).orElseThrow();
        // the arrow points to the start of the line (right in Arabic)
        String startArrow = org.networkacademy.base.i18n.UiLanguage.startAndEndArrows(getLocale())[0];
        var back = new RouterLink(startArrow + " " + lesson.title(), LessonView.class, LessonView.params(lessonId));
        LearningWidgets.inContentLanguage(lesson.language(), back);
        add(back);
        QuestionSet questions = lesson.knowledgeCheck();
        var title = new H1(questions.title());
        LearningWidgets.inContentLanguage(questions.language(), title);
        add(title);
        add(new Paragraph(getTranslation("check.intro", attempt.getAttemptNumber())));
        int n = 1;
        for (Question q : questions.questions()) {
            var panel = new QuestionPanel(n++, q, questions.language());
            var answered = attempt.answer(q.id());
            if (answered.isPresent()) {
                panel.showAnswered(Scoring.optionIds(answered.get().getResponse()), Boolean.TRUE.equals(answered.get().getCorrect()));
            } else {
                var check = new Button(getTranslation("check.check-answer"));
                check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                check.setId("check-" + q.id());
                check.setDisableOnClick(true);
                check.addClickListener(e -> {
                    try {
                        var result = learning.answerCheckQuestion(attempt.getUuid(), q.id(), panel.selection());
                        panel.showAnswered(panel.selection(), result.correct());
                        check.setVisible(false);
                        result.completedScore().ifPresent(s -> showScore(s, true));
                    } catch (IllegalArgumentException ex) {
                        check.setEnabled(true);
                        ErrorMessages.show(this, ex.getMessage());
                    }
                });
                panel.add(check);
            }
            add(panel);
        }
        add(score);
        if (attempt.getStatus() == Attempt.Status.SUBMITTED) {
            showScore(attempt.percent().orElse(0), true);
        }
    }

    private void showScore(int percent, boolean finished) {
        score.removeAll();
        int min = catalog.defaultModule().certification().minKnowledgeCheckScore();
        score.add(new StatusBadge(getTranslation("check.score", percent),
                percent >= min ? StatusBadge.Tone.SUCCESS : StatusBadge.Tone.ERROR));
        if (finished) {
            var retry = new Button(getTranslation("check.retry"), e ->
                    render(learning.retryCheck(catalog.defaultModule().id(), lessonId)));
            retry.setId("check-retry");
            var next = LearningWidgets.inUiLanguage(this, catalog.defaultModule()).next(lessonId);
            score.add(retry);
            next.ifPresent(l -> score.add(new RouterLink(getTranslation("check.next-lesson", l.title()), LessonView.class, LessonView.params(l.id()))));
        }
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
