package org.networkacademy.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.networkacademy.base.ui.StatusBadge;
import org.networkacademy.learning.CourseOverview;
import org.networkacademy.learning.LessonStatus;

/** Small pieces shared by the learning views: progress bar and status badges. */
final class LearningWidgets {

    private LearningWidgets() {
    }

    /** A labelled progress bar: "3 of 8 lessons completed (38 %)". */
    static Component progress(Component owner, CourseOverview overview) {
        long done = overview.lessons().stream().filter(r -> r.status() == LessonStatus.COMPLETED).count();
        var bar = new ProgressBar(0, 100, overview.percentComplete());
        bar.setId("module-progress");
        String text = owner.getTranslation("progress.lessons-completed", done, overview.lessons().size(), overview.percentComplete());
        bar.getElement().setAttribute("aria-label", text);
        var label = new Span(text);
        label.setId("module-progress-label");
        var box = new Div(label, bar);
        box.addClassName("na-progress");
        return box;
    }

    static StatusBadge lessonStatus(Component owner, LessonStatus status) {
        return switch (status) {
            case NOT_STARTED -> new StatusBadge(owner.getTranslation("status.not-started"), StatusBadge.Tone.NEUTRAL);
            case IN_PROGRESS -> new StatusBadge(owner.getTranslation("status.in-progress"), StatusBadge.Tone.PROGRESS);
            case COMPLETED -> new StatusBadge(owner.getTranslation("status.completed"), StatusBadge.Tone.SUCCESS);
        };
    }

    static StatusBadge assessmentStatus(Component owner, CourseOverview.AssessmentResult r) {
        return r.passed()
                ? new StatusBadge(owner.getTranslation("assessment.passed-short", r.percent()), StatusBadge.Tone.SUCCESS)
                : new StatusBadge(owner.getTranslation("assessment.failed-short", r.percent()), StatusBadge.Tone.ERROR);
    }

    /**
     * Marks course text (written in the module's first language, English for now) with its {@code lang}
     * and {@code dir="auto"}, so that English lessons stay left-to-right and are read out in
     * English inside an Arabic (right-to-left) UI.
     */
    static void inContentLanguage(org.networkacademy.content.CourseModule module, Component... components) {
        inContentLanguage(contentLanguage(module), components);
    }

    /** @return the language tag the module's text is written in (its first language; "en" when none is given) */
    static String contentLanguage(org.networkacademy.content.CourseModule module) {
        return module.languages().isEmpty() ? "en" : module.languages().getFirst();
    }

    /** As {@link #inContentLanguage(org.networkacademy.content.CourseModule, Component...)}, with the tag given. */
    static void inContentLanguage(String lang, Component... components) {
        for (Component c : components) {
            c.getElement().setAttribute("lang", lang);
            c.getElement().setAttribute("dir", "auto");
        }
    }
}
