package org.networkacademy.learning.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.networkacademy.AbstractAppTest;
import org.networkacademy.account.AppUser;
import org.networkacademy.account.Registration;
import org.networkacademy.account.Role;
import org.networkacademy.cohort.ExerciseReviews;
import org.networkacademy.content.CourseCatalog;
import org.networkacademy.content.CourseModule;
import org.networkacademy.learning.LearningService;
import org.springframework.beans.factory.annotation.Autowired;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browser trial finding: after a trainer returned an exercise with feedback, the trainee's lesson page and progress
 * page said "Draft saved". They now say "Returned for revision" (the lesson page with the feedback and a link to all
 * feedback), "Submitted" again once resubmitted, and "Reviewed: accepted" once accepted.
 */
class ReturnedExerciseUiTest extends AbstractAppTest {

    @Autowired
    LearningService learning;
    @Autowired
    ExerciseReviews reviews;
    @Autowired
    CourseCatalog catalog;

    @Test
    @SuppressWarnings("unchecked")
    void aReturnedExerciseIsShownAsReturnedWithItsFeedbackThenAsAccepted() {
        CourseModule module = catalog.defaultModule();
        String lesson = module.lessons().getFirst().id();
        AppUser trainee = newTrainee("Wanjiru Kamau");
        AppUser trainer = accounts.create(new Registration("Trainer Tom", "tr-" + UUID.randomUUID() + "@example.org",
                "correct-horse-battery", "ITC", "CH"), Set.of(Role.TRAINER));
        long cohort = cohortOf(trainer, trainee, module);

        login(trainee);
        learning.submitExercise(module.id(), lesson, "Our network serves exporters.");
        login(trainer);
        reviews.review(reviews.queue(cohort).getFirst().submissionId(), false, "Name two partner institutions, please.");

        login(trainee);
        UI.getCurrent().navigate("lesson/" + lesson);
        var status = _get(Div.class, s -> s.withId("exercise-status"));
        assertThat(status.getElement().getTextRecursively()).contains("Returned for revision").doesNotContain("Draft saved")
                .contains("Name two partner institutions, please.");
        assertThat(_find(status, Anchor.class)).anySatisfy(a -> assertThat(a.getHref()).isEqualTo("feedback"));
        UI.getCurrent().navigate("progress");
        Grid<?> grid = _get(Grid.class, s -> s.withId("progress-grid"));
        assertThat(_getFormattedRow(grid, 0)).contains("Returned for revision").doesNotContain("Draft saved");

        learning.submitExercise(module.id(), lesson, "Partners: the chamber and the export agency.");
        UI.getCurrent().navigate("progress");
        assertThat(_getFormattedRow(_get(Grid.class, s -> s.withId("progress-grid")), 0)).contains("Submitted");

        login(trainer);
        reviews.review(reviews.queue(cohort).getFirst().submissionId(), true, "Good.");
        login(trainee);
        UI.getCurrent().navigate("lesson/" + lesson);
        assertThat(_get(Div.class, s -> s.withId("exercise-status")).getElement().getTextRecursively())
                .contains("Reviewed: accepted").contains("Good.");
        UI.getCurrent().navigate("progress");
        assertThat(_getFormattedRow(_get(Grid.class, s -> s.withId("progress-grid")), 0)).contains("Reviewed: accepted");
    }

    private long cohortOf(AppUser trainer, AppUser trainee, CourseModule module) {
        String code = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        var now = Timestamp.from(Instant.now());
        jdbc.update("INSERT INTO cohort (name, module_id, language, status, join_code, created_at, version) VALUES (?, ?, 'en', 'RUNNING', ?, ?, 0)",
                "Review cohort", module.id(), code, now);
        long id = jdbc.queryForObject("SELECT id FROM cohort WHERE join_code = ?", Long.class, code);
        jdbc.update("INSERT INTO cohort_trainer (cohort_id, user_id) VALUES (?, ?)", id, trainer.getId());
        jdbc.update("INSERT INTO enrolment (registration, user_id, module_id, status, enrolled_at, last_activity_at, cohort_id, version) "
                + "VALUES (?, ?, ?, 'IN_PROGRESS', ?, ?, ?, 0)", UUID.randomUUID().toString(), trainee.getId(), module.id(), now, now, id);
        return id;
    }
}
