package org.networkacademy.learning.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.networkacademy.content.CourseCatalog;
import org.networkacademy.content.CourseModule;
import org.networkacademy.learning.CourseOverview;
import org.networkacademy.learning.LearningService;

/**
 * The trainee's progress: per lesson status, knowledge check scores and exercise status, the final
 * assessment result, the readiness chart and what to do next.
 */
@Route("progress")
@PermitAll
public class ProgressView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LearningService learning;
    private final CourseCatalog catalog;

    ProgressView(LearningService learning, CourseCatalog catalog) {
        this.learning = learning;
        this.catalog = catalog;
        addClassName("na-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        CourseModule module = LearningWidgets.inUiLanguage(this, catalog.defaultModule());
        CourseOverview overview = learning.overview(module.id());
        add(new H1(getTranslation("progress.title")), LearningWidgets.progress(this, overview));

        overview.nextLessonId().flatMap(module::lesson).ifPresentOrElse(
                l -> add(new Paragraph(new com.vaadin.flow.component.html.Span(getTranslation("progress.next") + " "),
                        new RouterLink(l.title(), LessonView.class, LessonView.params(l.id())))),
                () -> add(new Paragraph(getTranslation(overview.moduleCompleted() ? "home.module-completed" : "home.take-assessment"))));

        var grid = new Grid<CourseOverview.LessonRow>();
        grid.setId("progress-grid");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> module.lesson(r.lessonId()).map(l -> l.number() + ". " + l.title()).orElse(r.lessonId()))
                .setHeader(getTranslation("progress.col.lesson")).setFlexGrow(3);
        grid.addComponentColumn(r -> LearningWidgets.lessonStatus(this, r.status())).setHeader(getTranslation("progress.col.status"));
        grid.addColumn(r -> r.bestCheckScore().map(s -> s + " %").orElse("–") + (r.checkAttempts() > 0
                ? " (" + getTranslation("progress.attempts", r.checkAttempts()) + ")" : ""))
                .setHeader(getTranslation("progress.col.check"));
        grid.addColumn(r -> getTranslation(r.exerciseStatus() == null ? "exercise.status.none"
                        : "exercise.status." + r.exerciseStatus().name().toLowerCase(java.util.Locale.ROOT)))
                .setHeader(getTranslation("progress.col.exercise"));
        grid.setItems(overview.lessons());
        add(grid);

        add(new H2(getTranslation("nav.assessment")));
        add(overview.finalAssessment().<com.vaadin.flow.component.Component>map(r -> LearningWidgets.assessmentStatus(this, r))
                .orElseGet(() -> new Paragraph(getTranslation("progress.no-assessment"))));

        var results = learning.selfAssessmentResults(module.id());
        add(new H2(getTranslation("nav.readiness")));
        if (results.isEmpty()) {
            add(new RouterLink(getTranslation("home.readiness-link"), SelfAssessmentView.class));
        } else {
            add(new Html(ReadinessChart.svg(module.selfAssessment(), results.get(LearningService.PRE), results.get(LearningService.POST),
                    getTranslation("readiness.chart-title"), getTranslation("readiness.before"), getTranslation("readiness.after"))));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("progress.title") + " | " + getTranslation("app.name");
    }
}
