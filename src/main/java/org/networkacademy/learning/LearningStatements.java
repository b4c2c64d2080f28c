package org.networkacademy.learning;

import org.networkacademy.content.CourseModule;
import org.networkacademy.content.Lesson;
import org.networkacademy.content.Option;
import org.networkacademy.content.Question;
import org.networkacademy.content.QuestionSet;
import org.networkacademy.xapi.StatementIds;
import org.networkacademy.xapi.PlatformStatements;
import org.networkacademy.xapi.XapiProfile;
import org.networkacademy.xapi.model.Activity;
import org.networkacademy.xapi.model.ActivityDefinition;
import org.networkacademy.xapi.model.Agent;
import org.networkacademy.xapi.model.Context;
import org.networkacademy.xapi.model.ContextActivities;
import org.networkacademy.xapi.model.Extensions;
import org.networkacademy.xapi.model.InteractionComponent;
import org.networkacademy.xapi.model.Result;
import org.networkacademy.xapi.model.Score;
import org.networkacademy.xapi.model.Statement;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds the xAPI statement of each learning event (vocabulary: {@code docs/xapi-profile.md}).
 *
 * <p>Actor: an Agent identified by account (homePage = public base URL, name = the user's UUID);
 * no e-mail. Context: registration = enrolment, parent/grouping activities, our profile as
 * category, platform and language. Ids are deterministic ({@link StatementIds}). Every statement
 * is validated against xAPI 1.0.3 before it is returned.
 */
@Component
public class LearningStatements {

    private static final String LANG = "en";

    private final PlatformStatements platform;
    private final String homePage;
    private final String activityBase;

    LearningStatements(PlatformStatements platform) {
        this.platform = platform;
        this.homePage = platform.homePage();
        this.activityBase = platform.activityBase();
    }

    // ---------------------------------------------------------------- activity ids

    /** @return the activity IRI of a module, e.g. {@code …/activities/modules/tsi-networks} */
    public String moduleIri(CourseModule m) {
        return activityBase + "modules/" + m.id();
    }

    /** @return the activity IRI of a lesson */
    public String lessonIri(CourseModule m, Lesson l) {
        return moduleIri(m) + "/lessons/" + l.id();
    }

    /** @return the activity IRI of a knowledge check or assessment */
    public String assessmentIri(CourseModule m, String setId) {
        return moduleIri(m) + "/assessments/" + setId;
    }

    /** @return the activity IRI of a question */
    public String questionIri(CourseModule m, QuestionSet set, Question q) {
        return assessmentIri(m, set.id()) + "/questions/" + q.id();
    }

    // ---------------------------------------------------------------- events

    /** Module started: "initialized" the module. */
    public Statement moduleInitialized(LearnerContext c, Instant now) {
        var module = moduleActivity(c.module());
        return build(c, XapiProfile.INITIALIZED, "initialized", module, null, context(c, List.of(), null), now, "1");
    }

    /** First visit of a lesson: "experienced" the lesson. */
    public Statement lessonExperienced(LearnerContext c, Lesson lesson, Instant now) {
        return build(c, XapiProfile.EXPERIENCED, "experienced", lessonActivity(c.module(), lesson), null,
                context(c, List.of(moduleActivity(c.module())), null), now, "1");
    }

    /** Lesson completed: "completed" the lesson, result.completion true. */
    public Statement lessonCompleted(LearnerContext c, Lesson lesson, Instant now) {
        return build(c, XapiProfile.COMPLETED, "completed", lessonActivity(c.module(), lesson),
                Result.builder().completion(true).build(),
                context(c, List.of(moduleActivity(c.module())), null), now, "1");
    }

    /** Exercise submitted: "submitted" the exercise, the answer text as result.response. */
    public Statement exerciseSubmitted(LearnerContext c, Lesson lesson, String answer, Instant now) {
        var exercise = lesson.exercise();
        var activity = Activity.of(lessonIri(c.module(), lesson) + "/exercises/" + exercise.id(),
                ActivityDefinition.builder().name(LANG, exercise.title()).description(LANG, exercise.prompt())
                        .type(XapiProfile.TYPE_INTERACTION).interactionType("long-fill-in").build());
        var ctx = context(c, List.of(lessonActivity(c.module(), lesson)), Extensions.empty()
                .with(XapiProfile.EXT_PLAN_SECTION, exercise.planSection()));
        return build(c, XapiProfile.SUBMITTED, "submitted", activity,
                Result.builder().response(answer).completion(true).build(), ctx, now,
                String.valueOf(now.truncatedTo(ChronoUnit.MILLIS).toEpochMilli()));
    }

    /** An attempt begins: "attempted" the knowledge check or assessment. */
    public Statement assessmentAttempted(LearnerContext c, QuestionSet set, CourseModule module, Attempt attempt, Instant now) {
        var activity = assessmentActivity(c.module(), set.id(), set.title());
        return build(c, XapiProfile.ATTEMPTED, "attempted", activity, null,
                context(c, parentOf(c, set), attemptExtension(attempt)), now, attempt.getUuid());
    }

    /**
     * A question answered: "answered" a cmi.interaction with choices and correctResponsesPattern;
     * result.response (ids joined by {@code [,]}) and success.
     */
    public Statement questionAnswered(LearnerContext c, QuestionSet set, Lesson lesson, Question q, Attempt attempt,
                                      Set<String> chosen, boolean correct, Instant now) {
        var definition = ActivityDefinition.builder()
                .name(LANG, q.id())
                .description(LANG, q.prompt())
                .type(XapiProfile.TYPE_INTERACTION)
                .interactionType(q.type().interactionType())
                .correctResponsesPattern(List.of(correctPattern(q)));
        if (q.type() != org.networkacademy.content.QuestionType.TRUE_FALSE) {
            definition.choices(q.options().stream().map(o -> InteractionComponent.of(o.id(), LANG, o.text())).toList());
        }
        var activity = Activity.of(questionIri(c.module(), set, q), definition.build());
        var parents = List.of(assessmentActivity(c.module(), set.id(), set.title()));
        var ctx = Context.builder()
                .registration(c.registration())
                .contextActivities(ContextActivities.of(parents,
                        List.of(moduleActivity(c.module()), lessonActivity(c.module(), lesson)), List.of(profileActivity()), null))
                .platform(XapiProfile.PLATFORM).language(LANG)
                .extensions(attemptExtension(attempt).with(XapiProfile.EXT_CONTENT_VERSION, c.module().version()))
                .build();
        return build(c, XapiProfile.ANSWERED, "answered", activity,
                Result.builder().response(Scoring.response(chosen)).success(correct).build(), ctx, now,
                attempt.getUuid());
    }

    /** Knowledge check finished: "completed" with the score; success when at or above the check threshold. */
    public Statement knowledgeCheckCompleted(LearnerContext c, QuestionSet set, Lesson lesson, Attempt attempt, Instant now) {
        var result = Result.builder().score(score(attempt)).success(Boolean.TRUE.equals(attempt.getPassed()))
                .completion(true).duration(Duration.between(attempt.getStartedAt(), now).truncatedTo(ChronoUnit.MILLIS)).build();
        return build(c, XapiProfile.COMPLETED, "completed", assessmentActivity(c.module(), set.id(), set.title()), result,
                context(c, List.of(lessonActivity(c.module(), lesson)), attemptExtension(attempt)), now, attempt.getUuid());
    }

    /** Final assessment submitted: "passed" or "failed" with score (scaled/raw/min/max) and duration. */
    public Statement finalAssessmentScored(LearnerContext c, Attempt attempt, Duration duration, Instant now) {
        boolean passed = Boolean.TRUE.equals(attempt.getPassed());
        var set = c.module().finalAssessment();
        var result = Result.builder().score(score(attempt)).success(passed).completion(true)
                .duration(duration.truncatedTo(ChronoUnit.MILLIS)).build();
        return build(c, passed ? XapiProfile.PASSED : XapiProfile.FAILED, passed ? "passed" : "failed",
                assessmentActivity(c.module(), set.id(), set.title()), result,
                context(c, List.of(moduleActivity(c.module())), attemptExtension(attempt)), now, attempt.getUuid());
    }

    /** Readiness self-assessment done: "completed", per-dimension averages in a result extension. */
    public Statement selfAssessmentCompleted(LearnerContext c, Attempt attempt, Map<String, BigDecimal> averages, Instant now) {
        var instrument = c.module().selfAssessment();
        var activity = assessmentActivity(c.module(), instrument.id(), instrument.title());
        var result = Result.builder().completion(true)
                .extensions(Extensions.empty().with(XapiProfile.EXT_READINESS_SCORES, averages)).build();
        var ctx = context(c, List.of(moduleActivity(c.module())),
                attemptExtension(attempt).with(XapiProfile.EXT_PHASE, attempt.getPhase().toLowerCase(java.util.Locale.ROOT)));
        return build(c, XapiProfile.COMPLETED, "completed", activity, result, ctx, now, attempt.getUuid());
    }

    /** Module completed: all lessons completed and the final assessment passed. */
    public Statement moduleCompleted(LearnerContext c, Attempt passedFinal, Instant now) {
        var result = Result.builder().completion(true).success(true).score(score(passedFinal)).build();
        return build(c, XapiProfile.COMPLETED, "completed", moduleActivity(c.module()), result, context(c, List.of(), null), now, "1");
    }

    // ---------------------------------------------------------------- parts

    private Statement build(LearnerContext c, String verbId, String verbDisplay, Activity object, Result result,
                            Context context, Instant now, String attemptKey) {
        return platform.build(StatementIds.of(c.registration(), verbId, object.id(), attemptKey), c.userUuid(), verbId, verbDisplay, object, result, context, now);
    }

    private Context context(LearnerContext c, List<Activity> parents, Extensions extensions) {
        Extensions ext = (extensions == null ? Extensions.empty() : extensions)
                .with(XapiProfile.EXT_CONTENT_VERSION, c.module().version());
        return Context.builder()
                .registration(c.registration())
                .contextActivities(ContextActivities.of(parents.isEmpty() ? null : parents,
                        parents.isEmpty() ? null : List.of(moduleActivity(c.module())), List.of(profileActivity()), null))
                .platform(XapiProfile.PLATFORM)
                .language(LANG)
                .extensions(ext)
                .build();
    }

    private List<Activity> parentOf(LearnerContext c, QuestionSet set) {
        return c.module().lessons().stream().filter(l -> l.knowledgeCheck().id().equals(set.id()))
                .map(l -> lessonActivity(c.module(), l)).findFirst()
                .map(List::of).orElse(List.of(moduleActivity(c.module())));
    }

    private static Extensions attemptExtension(Attempt attempt) {
        return Extensions.empty().with(XapiProfile.EXT_ATTEMPT, attempt.getAttemptNumber());
    }

    private static Score score(Attempt attempt) {
        BigDecimal raw = attempt.getScoreRaw().stripTrailingZeros();
        BigDecimal max = attempt.getScoreMax().stripTrailingZeros();
        BigDecimal scaled = raw.divide(max, 4, RoundingMode.HALF_UP).stripTrailingZeros();
        return Score.of(scaled, raw.setScale(Math.max(0, raw.scale())), BigDecimal.ZERO, max.setScale(Math.max(0, max.scale())));
    }

    /** correctResponsesPattern: option ids joined by {@code [,]} (choice) or "true"/"false" (true-false). */
    private static String correctPattern(Question q) {
        return String.join("[,]", new TreeSet<>(q.options().stream().filter(Option::correct).map(Option::id).toList()));
    }

    private Activity moduleActivity(CourseModule m) {
        return Activity.of(moduleIri(m), ActivityDefinition.builder().name(LANG, m.title()).type(XapiProfile.TYPE_COURSE).build());
    }

    private Activity lessonActivity(CourseModule m, Lesson l) {
        return Activity.of(lessonIri(m, l), ActivityDefinition.builder().name(LANG, l.title()).type(XapiProfile.TYPE_LESSON).build());
    }

    private Activity assessmentActivity(CourseModule m, String setId, String title) {
        return Activity.of(assessmentIri(m, setId), ActivityDefinition.builder().name(LANG, title).type(XapiProfile.TYPE_ASSESSMENT).build());
    }

    private static Activity profileActivity() {
        return Activity.of(XapiProfile.PROFILE, ActivityDefinition.builder().type(XapiProfile.TYPE_PROFILE).build());
    }
}
