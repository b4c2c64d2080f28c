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
     * @return the module as the current user reads it: each piece (lesson, check, self-assessment,
     * final assessment) in the UI language when translated, else in English. Ids and answers are the
     * English file's, so progress and scoring go through the services unchanged.
     */
    static org.networkacademy.content.CourseModule inUiLanguage(Component owner, org.networkacademy.content.CourseModule module) {
        var ui = owner.getUI().orElseGet(com.vaadin.flow.component.UI::getCurrent);
        return module.in(org.networkacademy.base.i18n.UiLanguage.orEnglish(ui == null ? null : ui.getLocale()).tag());
    }

    /**
     * Marks the module's title and summary with the language they are written in (see
     * {@link #inContentLanguage(String, Component...)}).
     */
    static void inContentLanguage(org.networkacademy.content.CourseModule module, Component... components) {
        inContentLanguage(module.language(), components);
    }

    /**
     * Marks course text with the language it is written in: {@code lang="fr"} (Arabic also
     * {@code dir="rtl"}) when it is in the UI language, or {@code lang="en" dir="auto"} when it falls
     * back to English, so that English lessons stay left-to-right and are read out in English inside
     * an Arabic (right-to-left) UI.
     */
    static void inContentLanguage(String lang, Component... components) {
        var ui = com.vaadin.flow.component.UI.getCurrent();
        org.networkacademy.base.i18n.UiLanguage.markContent(lang, ui == null ? null : ui.getLocale(), components);
    }
}
