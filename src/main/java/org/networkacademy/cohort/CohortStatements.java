package org.networkacademy.cohort;

import org.networkacademy.account.AppUser;
import org.networkacademy.content.CourseModule;
import org.networkacademy.content.Lesson;
import org.networkacademy.learning.LearningStatements;
import org.networkacademy.xapi.StatementIds;
import org.networkacademy.xapi.PlatformStatements;
import org.networkacademy.xapi.XapiProfile;
import org.networkacademy.xapi.model.Activity;
import org.networkacademy.xapi.model.ActivityDefinition;
import org.networkacademy.xapi.model.Agent;
import org.networkacademy.xapi.model.Context;
import org.networkacademy.xapi.model.ContextActivities;
import org.networkacademy.xapi.model.Extensions;
import org.networkacademy.xapi.model.Result;
import org.networkacademy.xapi.model.Statement;
import org.networkacademy.xapi.model.StatementRef;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds the xAPI statements of cohort events (vocabulary: {@code docs/xapi-profile.md}, section
 * "Cohorts and exercise review"), in the style of {@link LearningStatements}: account actors, no
 * e-mail, deterministic ids, validated against xAPI 1.0.3 before they are returned.
 */
@Component
class CohortStatements {

    private static final String LANG = "en";

    private final PlatformStatements platform;
    private final String homePage;
    private final String activityBase;
    private final LearningStatements learning;

    CohortStatements(PlatformStatements platform, LearningStatements learning) {
        this.platform = platform;
        this.homePage = platform.homePage();
        this.activityBase = platform.activityBase();
        this.learning = learning;
    }

    /** @return the cohort's activity IRI, e.g. {@code …/activities/cohorts/42} */
    String cohortIri(Cohort cohort) {
        return activityBase + "cohorts/" + cohort.getId();
    }

    /** @return the exercise activity IRI (as in the "submitted" statement) */
    String exerciseIri(CourseModule module, Lesson lesson) {
        return learning.lessonIri(module, lesson) + "/exercises/" + lesson.exercise().id();
    }

    /** The learner joined (or was imported into) a cohort: "registered" the module, cohort as grouping. */
    Statement registered(AppUser learner, String registration, CourseModule module, Cohort cohort, Instant now) {
        var object = Activity.of(learning.moduleIri(module),
                ActivityDefinition.builder().name(LANG, module.title()).type(XapiProfile.TYPE_COURSE).build());
        var context = Context.builder().registration(registration)
                .contextActivities(ContextActivities.of(null, List.of(cohortActivity(cohort)), List.of(profileActivity()), null))
                .platform(XapiProfile.PLATFORM).language(LANG)
                .extensions(Extensions.empty().with(XapiProfile.EXT_CONTENT_VERSION, module.version()))
                .build();
        return build(learner.getUuid(), XapiProfile.REGISTERED, "registered", object, null, context, now,
                StatementIds.of(registration, XapiProfile.REGISTERED, object.id(), "cohort-" + cohort.getId()));
    }

    /**
     * A trainer reviewed an exercise answer: actor = the trainer, verb "accepted" or "returned for
     * revision", object = the exercise, result.response = the feedback, context.registration = the
     * learner's enrolment, the learner in a context extension and, when it is stored, the
     * learner's "submitted" statement as context.statement.
     */
    Statement reviewed(AppUser trainer, String learnerUuid, String registration, CourseModule module, Lesson lesson,
                       boolean accepted, String feedback, UUID submittedStatementId, Instant now) {
        String verb = accepted ? XapiProfile.ACCEPTED : XapiProfile.RETURNED_FOR_REVISION;
        var object = Activity.of(exerciseIri(module, lesson), ActivityDefinition.builder()
                .name(LANG, lesson.exercise().title()).type(XapiProfile.TYPE_INTERACTION).interactionType("long-fill-in").build());
        var learnerAgent = Map.of("objectType", "Agent", "account", Map.of("homePage", homePage, "name", learnerUuid));
        var context = Context.builder().registration(registration)
                .contextActivities(ContextActivities.of(List.of(Activity.of(learning.lessonIri(module, lesson))),
                        List.of(Activity.of(learning.moduleIri(module))), List.of(profileActivity()), null))
                .statement(submittedStatementId == null ? null : StatementRef.of(submittedStatementId))
                .platform(XapiProfile.PLATFORM).language(LANG)
                .extensions(Extensions.empty().with(XapiProfile.EXT_LEARNER, learnerAgent)
                        .with(XapiProfile.EXT_CONTENT_VERSION, module.version()))
                .build();
        var result = Result.builder().response(feedback == null ? "" : feedback).success(accepted).build();
        long millis = now.truncatedTo(ChronoUnit.MILLIS).toEpochMilli();
        return build(trainer.getUuid(), verb, accepted ? "accepted" : "returned for revision", object, result, context, now,
                StatementIds.of(registration, verb, object.id(), "review-" + millis));
    }

    private Statement build(String actorUuid, String verbId, String verbDisplay, Activity object, Result result,
                            Context context, Instant now, UUID id) {
        return platform.build(id, actorUuid, verbId, verbDisplay, object, result, context, now);
    }

    private Activity cohortActivity(Cohort cohort) {
        return Activity.of(cohortIri(cohort), ActivityDefinition.builder().name(LANG, cohort.getName())
                .type(XapiProfile.TYPE_COHORT).build());
    }

    private static Activity profileActivity() {
        return Activity.of(XapiProfile.PROFILE, ActivityDefinition.builder().type(XapiProfile.TYPE_PROFILE).build());
    }
}
