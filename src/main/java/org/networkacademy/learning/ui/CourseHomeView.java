package org.networkacademy.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.networkacademy.base.i18n.UiLanguage;
import org.networkacademy.content.CourseCatalog;
import org.networkacademy.content.CourseModule;
import org.networkacademy.content.Lesson;
import org.networkacademy.learning.CourseOverview;
import org.networkacademy.learning.LearningService;

/**
 * Course home: the module, a progress bar, "continue where you left off" and the lessons with
 * their status.
 */
@Route("")
@PermitAll
public class CourseHomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LearningService learning;
    private final CourseCatalog catalog;

    CourseHomeView(LearningService learning, CourseCatalog catalog) {
        this.learning = learning;
        this.catalog = catalog;
        addClassName("na-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String uiLanguage = UiLanguage.orEnglish(getLocale()).tag();
        CourseModule module = catalog.defaultModule().in(uiLanguage);
        CourseOverview overview = learning.overview(module.id());

        var title = new H1(module.title());
        var summary = new Paragraph(module.summary());
        add(title, summary);
        LearningWidgets.inContentLanguage(module, title, summary);
        // Say so when (some of) the course content is not available in the language the menus speak.
        if (!catalog.defaultModule().isFullyIn(uiLanguage)) {
            boolean partly = !uiLanguage.equals(catalog.defaultModule().contentLanguage()) && isPartlyIn(module, uiLanguage);
            var note = new Div(new Span(getTranslation(partly ? "home.content-language-partial" : "home.content-language")));
            note.setId("content-language-note");
            note.addClassName("na-callout");
            add(note);
        }
        add(LearningWidgets.progress(this, overview));

        String nextId = overview.nextLessonId().orElse(null);
        if (nextId != null) {
            Lesson next = module.lesson(nextId).orElseThrow();
            var go = new Button(getTranslation(overview.enrolled() ? "home.continue" : "home.start", next.number(), next.title()),
                    e -> getUI().ifPresent(ui -> ui.navigate(LessonView.class, LessonView.params(nextId))));
            go.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            go.setId("continue");
            add(go);
        } else if (!overview.moduleCompleted()) {
            add(new RouterLink(getTranslation("home.take-assessment"), FinalAssessmentView.class));
        }
        if (!overview.readinessPre()) {
            var hint = new Div(new Span(getTranslation("home.readiness-hint") + " "),
                    new RouterLink(getTranslation("home.readiness-link"), SelfAssessmentView.class));
            hint.addClassName("na-callout");
            add(hint);
        }
        if (overview.moduleCompleted()) {
            var done = new Div(new Span(getTranslation("home.module-completed")));
            done.addClassNames("na-callout", "na-callout--success");
            add(done);
        }

        add(new H2(getTranslation("home.lessons")));
        var list = new OrderedList();
        list.addClassName("na-lesson-list");
        for (var row : overview.lessons()) {
            Lesson lesson = module.lesson(row.lessonId()).orElseThrow();
            var link = new RouterLink(lesson.title(), LessonView.class, LessonView.params(lesson.id()));
            LearningWidgets.inContentLanguage(lesson.language(), link);
            var meta = new Span(getTranslation("home.minutes", lesson.estimatedMinutes())
                    + row.bestCheckScore().map(s -> " · " + getTranslation("home.check-score", s)).orElse(""));
            meta.addClassName("na-meta");
            var item = new ListItem(link, LearningWidgets.lessonStatus(this, row.status()), meta);
            item.addClassName("na-lesson-item");
            list.add(item);
        }
        add(list);
        var assessment = new Div(new RouterLink(getTranslation("nav.assessment"), FinalAssessmentView.class),
                overview.finalAssessment().<com.vaadin.flow.component.Component>map(r -> LearningWidgets.assessmentStatus(this, r)).orElseGet(Span::new));
        assessment.addClassName("na-assessment-link");
        add(assessment);
    }

    /** @return whether any piece of the course content is written in {@code language} */
    private static boolean isPartlyIn(CourseModule module, String language) {
        return language.equals(module.language())
                || module.lessons().stream().anyMatch(l -> language.equals(l.language()) || language.equals(l.knowledgeCheck().language()))
                || language.equals(module.selfAssessment().language())
                || language.equals(module.finalAssessment().language());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.page-title") + " | " + getTranslation("app.name");
    }
}
