package org.networkacademy.cohort.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Article;
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
import org.networkacademy.base.i18n.UiLanguage;
import org.networkacademy.base.ui.ClientTime;
import org.networkacademy.base.ui.StatusBadge;
import org.networkacademy.cohort.ExerciseReviews;
import org.networkacademy.cohort.Notifications;
import org.networkacademy.learning.ExerciseSubmission;

import java.time.format.DateTimeFormatter;

/** The trainee's notifications and their trainers' feedback on exercises; opening the page marks notifications read. */
@Route("feedback")
@PermitAll
public class FeedbackView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Notifications notifications;
    private final ExerciseReviews reviews;

    FeedbackView(Notifications notifications, ExerciseReviews reviews) {
        this.notifications = notifications;
        this.reviews = reviews;
        addClassName("na-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("feedback.title")));
        var list = new UnorderedList();
        list.setId("notifications");
        DateTimeFormatter when = ClientTime.dateTime(UI.getCurrent());
        // lessons named as the trainee reads them in the course (their UI language where translated)
        String language = UiLanguage.orEnglish(getLocale()).tag();
        for (var n : notifications.mine()) {
            var item = new ListItem(when.format(n.getCreatedAt()) + ": "
                    + getTranslation(n.getMessageKey(), notifications.argument(n, language)));
            if (n.getReadAt() == null) {
                item.addClassName("na-unread");
                item.add(" " + getTranslation("feedback.new"));
            }
            list.add(item);
        }
        notifications.markAllRead();
        add(new H2(getTranslation("feedback.notifications")), list.getComponentCount() == 0
                ? new Paragraph(getTranslation("feedback.no-notifications")) : list);
        add(new H2(getTranslation("feedback.exercises")));
        var items = reviews.myFeedback(language);
        if (items.isEmpty()) {
            add(new Paragraph(getTranslation("feedback.none")));
        }
        for (var f : items) {
            var card = new Article();
            card.addClassName("na-review-card");
            card.add(new H2(getTranslation("review.lesson", f.lessonNumber(), f.lessonTitle())));
            card.add(badge(f.status()));
            card.add(new Paragraph(getTranslation("feedback.your-answer") + " " + f.answer()));
            if (!f.feedback().isEmpty()) {
                var fb = new Paragraph(getTranslation("feedback.trainer-said") + " " + f.feedback());
                fb.addClassName("na-feedback");
                card.add(fb);
            }
            add(card);
        }
    }

    private StatusBadge badge(ExerciseSubmission.ReviewStatus status) {
        return switch (status) {
            case PENDING -> new StatusBadge(getTranslation("dashboard.state.SUBMITTED"), StatusBadge.Tone.PROGRESS);
            case ACCEPTED -> new StatusBadge(getTranslation("dashboard.state.ACCEPTED"), StatusBadge.Tone.SUCCESS);
            case RETURNED -> new StatusBadge(getTranslation("dashboard.state.RETURNED"), StatusBadge.Tone.ERROR);
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feedback.title") + " | " + getTranslation("app.name");
    }
}
