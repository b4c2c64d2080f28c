package org.networkacademy.cohort.ui;

import org.networkacademy.base.ui.CharacterCount;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.networkacademy.account.Role;
import org.networkacademy.base.i18n.UiLanguage;
import org.networkacademy.base.ui.ErrorMessages;
import org.networkacademy.cohort.CohortService;
import org.networkacademy.cohort.Dashboard.ReviewItem;
import org.networkacademy.cohort.ExerciseReviews;

/** The exercise review queue: each submitted answer with the prompt, the learner's text, a feedback box, "Accept" and "Return for revision". */
@Route("cohorts/:cohortId([0-9]+)/review")
@RolesAllowed({Role.Names.TRAINER, Role.Names.ADMIN})
public class ReviewQueueView extends CohortPage {

    private final ExerciseReviews reviews;

    ReviewQueueView(CohortService cohorts, ExerciseReviews reviews) {
        super(cohorts, "cohort.section.review");
        this.reviews = reviews;
    }

    @Override
    protected void render() {
        // lesson and exercise titles and the prompt in the trainer's language, as trainees of that language read them
        var items = reviews.queue(cohort.getId(), UiLanguage.orEnglish(getLocale()).tag());
        if (items.isEmpty()) {
            add(new Paragraph(getTranslation("review.empty")));
        }
        items.forEach(i -> add(card(i)));
    }

    private Article card(ReviewItem item) {
        var card = new Article();
        card.setId("review-" + item.submissionId());
        card.addClassName("na-review-card");
        card.add(new H2(item.learnerName() + " – " + getTranslation("review.lesson", item.lessonNumber(), item.lessonTitle())));
        card.add(new Paragraph(item.exerciseTitle() + ": " + item.prompt()));
        var answer = new Paragraph(item.answer());
        answer.addClassName("na-review-answer");
        card.add(answer);
        var feedback = new TextArea(getTranslation("review.feedback"));
        feedback.setWidthFull();
        CharacterCount.show(feedback, ExerciseReviews.MAX_FEEDBACK_LENGTH);
        var accept = new Button(getTranslation("review.accept"), e -> review(card, item, true, feedback.getValue()));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var back = new Button(getTranslation("review.return"), e -> review(card, item, false, feedback.getValue()));
        card.add(feedback, new HorizontalLayout(accept, back));
        return card;
    }

    private void review(Article card, ReviewItem item, boolean accepted, String feedback) {
        try {
            reviews.review(item.submissionId(), accepted, feedback);
        } catch (IllegalArgumentException | IllegalStateException e) {
            ErrorMessages.show(this, e.getMessage());
            return;
        }
        remove(card);
        Notification.show(getTranslation(accepted ? "review.accepted" : "review.returned", item.learnerName()));
    }
}
