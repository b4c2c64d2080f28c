package org.networkacademy.learning;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.networkacademy.AbstractAppTest;
import org.networkacademy.base.ui.NotFoundView;
import org.networkacademy.content.CourseCatalog;
import org.networkacademy.content.CourseModule;
import org.networkacademy.content.SelfAssessment;
import org.networkacademy.learning.ui.SelfAssessmentView;
import org.networkacademy.xapi.XapiProfile;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.HashMap;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rules found by a newcomer's browser trial: submitted answers, the after-module self-assessment, unknown pages. */
class LearningRulesTest extends AbstractAppTest {

    @Autowired
    LearningService learning;
    @Autowired
    CourseCatalog catalog;
    CourseModule module;

    @BeforeEach
    void setUp() {
        module = catalog.defaultModule();
        login(newTrainee("Rules Trainee"));
    }

    @Test
    void aDraftNeverOverwritesASubmittedAnswerButARevisionCanBeSubmitted() {
        var lesson = module.lessons().getFirst();
        learning.submitExercise(module.id(), lesson.id(), "first answer");
        assertThatThrownBy(() -> learning.saveExerciseDraft(module.id(), lesson.id(), "a draft"))
                .hasMessage("exercise.error.submitted");
        assertThat(learning.exercise(module.id(), lesson.id()).orElseThrow().getAnswerText()).isEqualTo("first answer");
        learning.submitExercise(module.id(), lesson.id(), "revised answer");
        assertThat(learning.exercise(module.id(), lesson.id()).orElseThrow().getAnswerText()).isEqualTo("revised answer");
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM xapi_statement s JOIN enrolment e ON e.registration = s.registration
                WHERE e.user_id = ? AND s.verb_id = ?""", Integer.class, accounts.currentUser().getId(), XapiProfile.SUBMITTED))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void afterModuleSelfAssessmentOpensOnlyOnceEveryLessonIsCompleted() {
        Map<String, Integer> answers = new HashMap<>();
        module.selfAssessment().items().forEach(i -> answers.put(i.id(), 3));
        assertThatThrownBy(() -> learning.submitSelfAssessment(module.id(), LearningService.POST, answers))
                .hasMessage("readiness.error.post-too-early");
        learning.submitSelfAssessment(module.id(), LearningService.PRE, answers);
        UI.getCurrent().navigate(SelfAssessmentView.class);
        _get(Paragraph.class, s -> s.withId("readiness-post-later"));

        module.lessons().forEach(l -> learning.completeLesson(module.id(), l.id()));
        module.selfAssessment().items().forEach(i -> answers.put(i.id(), 4));
        var post = learning.submitSelfAssessment(module.id(), LearningService.POST, answers);
        assertThat(post.values()).allSatisfy(v -> assertThat(v).isEqualByComparingTo("4.00"));
        UI.getCurrent().navigate(SelfAssessmentView.class);
        SelfAssessment.Dimension first = module.selfAssessment().dimensions().getFirst();
        assertThat(_get(Paragraph.class, s -> s.withId("readiness-comparison")).getText())
                .startsWith("Change since before the module: " + first.title() + " +1.00");
        assertThatThrownBy(() -> learning.submitSelfAssessment(module.id(), LearningService.POST, answers))
                .hasMessage("readiness.error.taken");
    }

    @Test
    void unknownLessonShowsAFriendlyNotFoundPage() {
        UI.getCurrent().navigate("lesson/does-not-exist");
        _assertOne(NotFoundView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Page not found | Network Academy");
    }
}
