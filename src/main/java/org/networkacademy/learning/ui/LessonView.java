package org.networkacademy.learning.ui;

import org.networkacademy.base.ui.CharacterCount;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.networkacademy.base.ui.ErrorMessages;
import org.networkacademy.base.ui.StatusBadge;
import org.networkacademy.content.CourseCatalog;
import org.networkacademy.base.i18n.UiLanguage;
import org.networkacademy.content.CourseModule;
import org.networkacademy.content.Lesson;
import org.networkacademy.learning.ExerciseSubmission;
import org.networkacademy.learning.LearningService;
import org.networkacademy.learning.LessonStatus;

/**
 * One lesson: objectives, the rendered text, the exercise (draft and submit), completion at the
 * end, a link to the knowledge check, and previous/next navigation. Holds only the lesson id.
 */
@Route("lesson/:lessonId")
@PermitAll
public class LessonView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LearningService learning;
    private final CourseCatalog catalog;
    private String moduleId;
    private String lessonId;
    private String title = "";

    LessonView(LearningService learning, CourseCatalog catalog) {
        this.learning = learning;
        this.catalog = catalog;
        addClassName("na-page");
    }

    /** @return route parameters for the lesson with this id */
    static RouteParameters params(String lessonId) {
        return new RouteParameters("lessonId", lessonId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CourseModule module = LearningWidgets.inUiLanguage(this, catalog.defaultModule());
        moduleId = module.id();
        lessonId = event.getRouteParameters().get("lessonId").orElse("");
        Lesson lesson = module.lesson(lessonId).orElseThrow(NotFoundException::new);
        title = getTranslation("lesson.page-title", lesson.number(), lesson.title());
        LessonStatus status = learning.openLesson(moduleId, lessonId);
        render(module, lesson, status);
    }

    private void render(CourseModule module, Lesson lesson, LessonStatus status) {
        removeAll();
        var position = new Span(getTranslation("lesson.position", lesson.number(), module.lessons().size())
                + " · " + getTranslation("home.minutes", lesson.estimatedMinutes()));
        position.addClassName("na-meta");
        var heading = new H1(lesson.title());
        add(position, heading, LearningWidgets.lessonStatus(this, status));

        var objectives = new UnorderedList();
        lesson.objectives().forEach(o -> objectives.add(new ListItem(o)));
        LearningWidgets.inContentLanguage(lesson.language(), heading, objectives);
        var objectivesBox = new Section(new H2(getTranslation("lesson.objectives")), objectives);
        objectivesBox.addClassName("na-objectives");
        add(objectivesBox);

        var body = new Html("<article class=\"na-lesson-body\">" + lesson.html() + "</article>");
        LearningWidgets.inContentLanguage(lesson.language(), body);
        add(body);

        add(exercise(lesson));
        add(completion(status));

        var check = new RouterLink(getTranslation("lesson.take-check"), KnowledgeCheckView.class, params(lesson.id()));
        check.setId("take-check");
        check.addClassName("na-button-link");
        add(check);

        var nav = new Nav();
        nav.addClassName("na-lesson-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("lesson.nav"));
        // Previous sits at the start of the line and next at its end; in right-to-left (Arabic) the
        // start is on the right, so the arrows turn round.
        String[] arrows = UiLanguage.startAndEndArrows(getLocale());
        String back = arrows[0];
        String forward = arrows[1];
        module.previous(lesson.id()).ifPresent(p -> nav.add(lessonLink(back + " ", p, "")));
        module.next(lesson.id()).ifPresent(n -> nav.add(lessonLink("", n, " " + forward)));
        add(nav);
    }

    /** A link to a lesson whose title is marked with its language. */
    private static RouterLink lessonLink(String before, Lesson lesson, String after) {
        var title = new Span(lesson.title());
        LearningWidgets.inContentLanguage(lesson.language(), title);
        var link = new RouterLink("", LessonView.class, params(lesson.id()));
        link.add(new com.vaadin.flow.component.Text(before), title, new com.vaadin.flow.component.Text(after));
        return link;
    }

    private Section exercise(Lesson lesson) {
        var answer = new TextArea(getTranslation("exercise.answer"));
        answer.setId("exercise-answer");
        answer.setWidthFull();
        answer.setMinHeight("10em");
        CharacterCount.show(answer, LearningService.MAX_EXERCISE_LENGTH);
        var status = new Div();
        var existing = learning.exercise(moduleId, lesson.id());
        existing.ifPresent(s -> answer.setValue(s.getAnswerText()));
        showExerciseStatus(status, existing.orElse(null));

        var save = new Button(getTranslation("exercise.save-draft"), e -> {
            try {
                var s = learning.saveExerciseDraft(moduleId, lesson.id(), answer.getValue());
                showExerciseStatus(status, s);
                Notification.show(getTranslation("exercise.saved"), 3000, Notification.Position.BOTTOM_START);
            } catch (IllegalArgumentException ex) {
                ErrorMessages.show(this, ex.getMessage());
            }
        });
        save.setId("exercise-save");
        var submit = new Button(getTranslation("exercise.submit"), e -> {
            try {
                var s = learning.submitExercise(moduleId, lesson.id(), answer.getValue());
                showExerciseStatus(status, s);
                Notification.show(getTranslation("exercise.submitted"), 3000, Notification.Position.BOTTOM_START);
            } catch (IllegalArgumentException ex) {
                ErrorMessages.show(this, ex.getMessage());
            }
        });
        submit.setId("exercise-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> {
            submit.setEnabled(true);
            adjustExerciseButtons(save, submit, learning.exercise(moduleId, lesson.id()).map(ExerciseSubmission::getStatus).orElse(null));
        });
        adjustExerciseButtons(save, submit, existing.map(ExerciseSubmission::getStatus).orElse(null));

        var exerciseTitle = new H2(getTranslation("exercise.heading", lesson.exercise().title()));
        var prompt = new Paragraph(lesson.exercise().prompt());
        prompt.setId("exercise-prompt");
        LearningWidgets.inContentLanguage(lesson.language(), prompt);
        var section = new Section(exerciseTitle,
                prompt,
                new Paragraph(getTranslation("exercise.plan-section", getTranslation("plan.section." + lesson.exercise().planSection()))),
                answer, new HorizontalLayout(save, submit), status);
        section.addClassName("na-exercise");
        return section;
    }

    /** Once submitted, an answer is revised by submitting again; a draft never overwrites it. */
    private void adjustExerciseButtons(Button save, Button submit, ExerciseSubmission.Status status) {
        boolean submitted = status == ExerciseSubmission.Status.SUBMITTED;
        save.setVisible(!submitted);
        submit.setText(getTranslation(submitted ? "exercise.resubmit" : "exercise.submit"));
    }

    /** The answer's stage; a returned or accepted answer with the trainer's feedback and a link to all feedback. */
    private void showExerciseStatus(Div holder, ExerciseSubmission submission) {
        holder.removeAll();
        holder.setId("exercise-status");
        if (submission == null) {
            return;
        }
        var stage = submission.stage();
        holder.add(new StatusBadge(getTranslation("exercise.status." + stage.name().toLowerCase(java.util.Locale.ROOT)),
                switch (stage) {
                    case DRAFT -> StatusBadge.Tone.PROGRESS;
                    case SUBMITTED, ACCEPTED -> StatusBadge.Tone.SUCCESS;
                    case RETURNED -> StatusBadge.Tone.ERROR;
                }));
        boolean reviewed = stage == ExerciseSubmission.Stage.RETURNED || stage == ExerciseSubmission.Stage.ACCEPTED;
        if (reviewed && submission.getFeedback() != null && !submission.getFeedback().isBlank()) {
            var feedback = new Paragraph(getTranslation("feedback.trainer-said") + " " + submission.getFeedback());
            feedback.setId("exercise-feedback");
            holder.add(feedback);
        }
        if (reviewed) {
            holder.add(new com.vaadin.flow.component.html.Anchor("feedback", getTranslation("exercise.all-feedback")));
        }
    }

    private Section completion(LessonStatus status) {
        var section = new Section();
        section.addClassName("na-completion");
        if (status == LessonStatus.COMPLETED) {
            section.add(new StatusBadge(getTranslation("lesson.completed"), StatusBadge.Tone.SUCCESS));
            return section;
        }
        var confirm = new Checkbox(getTranslation("lesson.confirm-read"));
        confirm.setId("confirm-read");
        var complete = new Button(getTranslation("lesson.complete"));
        complete.setId("complete-lesson");
        complete.setEnabled(false);
        complete.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        confirm.addValueChangeListener(e -> complete.setEnabled(e.getValue()));
        complete.addClickListener(e -> {
            boolean moduleDone = learning.completeLesson(moduleId, lessonId);
            Notification.show(getTranslation(moduleDone ? "home.module-completed" : "lesson.completed"), 4000,
                    Notification.Position.BOTTOM_START);
            section.removeAll();
            section.add(new StatusBadge(getTranslation("lesson.completed"), StatusBadge.Tone.SUCCESS));
        });
        section.add(confirm, complete);
        return section;
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
