package org.networkacademy.plan;

import org.networkacademy.xapi.StatementIds;
import org.networkacademy.xapi.PlatformStatements;
import org.networkacademy.xapi.XapiProfile;
import org.networkacademy.xapi.model.Activity;
import org.networkacademy.xapi.model.ActivityDefinition;
import org.networkacademy.xapi.model.Context;
import org.networkacademy.xapi.model.ContextActivities;
import org.networkacademy.xapi.model.Extensions;
import org.networkacademy.xapi.model.Result;
import org.networkacademy.xapi.model.Statement;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * Builds the xAPI statements of plan events (vocabulary: {@code docs/xapi-profile.md}, section
 * "Practice network plan"), in the style of the learning statements: account actors (no e-mail),
 * deterministic ids, validated against xAPI 1.0.3 before they are returned.
 *
 * <p>Object: the plan section ({@code …/cohorts/<id>/plan/sections/<key>}); grouping: the cohort
 * and its plan; context.registration: the trainee's enrolment in the cohort (absent for trainers).
 */
@Component
class PlanStatements {

    private static final String LANG = "en";

    private final PlatformStatements platform;
    private final String homePage;
    private final String activityBase;

    PlanStatements(PlatformStatements platform) {
        this.platform = platform;
        this.homePage = platform.homePage();
        this.activityBase = platform.activityBase();
    }

    /** @return the activity IRI of a plan section */
    String sectionIri(long cohortId, PlanSectionType type) {
        return planIri(cohortId) + "/sections/" + type.key();
    }

    String planIri(long cohortId) {
        return activityBase + "cohorts/" + cohortId + "/plan";
    }

    /** A member saved a section (edit, restore, exercise sent to the plan, or a map change): "updated". */
    Statement updated(PlanAccess.Membership m, PlanSectionType type, int revision, PlanRevision.Source source,
                      Integer restoredFrom, Instant now) {
        var ext = Extensions.empty().with(XapiProfile.EXT_PLAN_SECTION, type.key())
                .with(XapiProfile.EXT_PLAN_REVISION, revision)
                .with(XapiProfile.EXT_PLAN_SOURCE, source.name().toLowerCase(Locale.ROOT));
        if (restoredFrom != null) {
            ext = ext.with(XapiProfile.EXT_RESTORED_FROM, restoredFrom);
        }
        return build(m, XapiProfile.UPDATED, "updated", type, null, ext, now, "revision-" + revision);
    }

    /** A trainer commented on a section: "commented", the comment as result.response. */
    Statement commented(PlanAccess.Membership m, PlanSectionType type, String comment, Instant now) {
        return build(m, XapiProfile.COMMENTED, "commented", type, Result.builder().response(comment).build(),
                Extensions.empty().with(XapiProfile.EXT_PLAN_SECTION, type.key()), now,
                "comment-" + now.truncatedTo(ChronoUnit.MILLIS).toEpochMilli());
    }

    /** A trainer set a section's status: "approved", or "set status" with the status as result.response. */
    Statement statusSet(PlanAccess.Membership m, PlanSectionType type, SectionStatus status, int revision, Instant now) {
        boolean approved = status == SectionStatus.APPROVED;
        return build(m, approved ? XapiProfile.APPROVED : XapiProfile.STATUS_SET, approved ? "approved" : "set status", type,
                Result.builder().response(status.name().toLowerCase(Locale.ROOT).replace('_', '-')).build(),
                Extensions.empty().with(XapiProfile.EXT_PLAN_SECTION, type.key()).with(XapiProfile.EXT_PLAN_REVISION, revision),
                now, "status-" + now.truncatedTo(ChronoUnit.MILLIS).toEpochMilli());
    }

    private Statement build(PlanAccess.Membership m, String verbId, String verbDisplay, PlanSectionType type,
                            Result result, Extensions extensions, Instant now, String key) {
        var object = Activity.of(sectionIri(m.cohortId(), type), ActivityDefinition.builder()
                .name(LANG, type.key()).type(XapiProfile.TYPE_PLAN_SECTION).build());
        var grouping = List.of(
                Activity.of(activityBase + "cohorts/" + m.cohortId(), ActivityDefinition.builder()
                        .name(LANG, m.cohortName()).type(XapiProfile.TYPE_COHORT).build()),
                Activity.of(planIri(m.cohortId()), ActivityDefinition.builder().type(XapiProfile.TYPE_PLAN).build()));
        var context = Context.builder()
                .registration(m.registration())
                .contextActivities(ContextActivities.of(null, grouping, List.of(Activity.of(XapiProfile.PROFILE,
                        ActivityDefinition.builder().type(XapiProfile.TYPE_PROFILE).build())), null))
                .platform(XapiProfile.PLATFORM).language(LANG)
                .extensions(extensions)
                .build();
        String scope = m.registration() != null ? m.registration() : "user-" + m.user().getUuid();
        return platform.build(StatementIds.of(scope, verbId, object.id(), key), m.user().getUuid(), verbId, verbDisplay, object, result, context, now);
    }
}
