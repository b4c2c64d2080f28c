package org.networkacademy.xapi;

/**
 * The IRIs of Network Academy's xAPI profile: ADL verbs and activity types where one exists, and
 * our own IRIs (under {@code https://network-academy.org/xapi/}) where none does. The vocabulary,
 * event by event, is documented in {@code docs/xapi-profile.md}.
 */
public final class XapiProfile {

    private XapiProfile() {
    }

    /** Category activity marking every statement of this profile. */
    public static final String PROFILE = "https://network-academy.org/xapi/profile/v1";
    /** context.platform of our statements. */
    public static final String PLATFORM = "Network Academy";

    private static final String ADL_VERBS = "http://adlnet.gov/expapi/verbs/";
    public static final String INITIALIZED = ADL_VERBS + "initialized";
    public static final String EXPERIENCED = ADL_VERBS + "experienced";
    public static final String COMPLETED = ADL_VERBS + "completed";
    public static final String ANSWERED = ADL_VERBS + "answered";
    public static final String ATTEMPTED = ADL_VERBS + "attempted";
    public static final String PASSED = ADL_VERBS + "passed";
    public static final String FAILED = ADL_VERBS + "failed";
    /** Activity Streams "submit", listed in the xAPI vocabulary registry with display "submitted". */
    public static final String SUBMITTED = "http://activitystrea.ms/schema/1.0/submit";

    /**
     * "earned" from the xAPI vocabulary registry (Tin Can / Rustici; ADL's own list has no such
     * verb): the trainee earned the module's certificate.
     */
    public static final String EARNED = "http://id.tincanapi.com/verb/earned";
    /** Our own verb (no registry verb fits): staff revoked a certificate. */
    public static final String REVOKED = "https://network-academy.org/xapi/verbs/revoked";

    private static final String ADL_TYPES = "http://adlnet.gov/expapi/activities/";
    public static final String TYPE_COURSE = ADL_TYPES + "course";
    public static final String TYPE_LESSON = ADL_TYPES + "lesson";
    public static final String TYPE_ASSESSMENT = ADL_TYPES + "assessment";
    public static final String TYPE_INTERACTION = ADL_TYPES + "cmi.interaction";
    public static final String TYPE_PROFILE = ADL_TYPES + "profile";

    /** Our own activity type: a module's certificate (the credential, not one copy of it). */
    public static final String TYPE_CERTIFICATE = "https://network-academy.org/xapi/activity-types/certificate";

    private static final String EXT = "https://network-academy.org/xapi/extensions/";
    /** Context extension: attempt number (integer, from 1). */
    public static final String EXT_ATTEMPT = EXT + "attempt";
    /** Context extension: content version of the module (text, e.g. "1.0.0"). */
    public static final String EXT_CONTENT_VERSION = EXT + "content-version";
    /** Context extension: self-assessment phase, "pre" or "post". */
    public static final String EXT_PHASE = EXT + "phase";
    /** Result extension: readiness averages, object dimension id → number on the 1–5 scale. */
    public static final String EXT_READINESS_SCORES = EXT + "readiness-scores";
    /** Context extension: the practice network plan section an exercise feeds. */
    public static final String EXT_PLAN_SECTION = EXT + "plan-section";

    // ---- cohorts and exercise review (issue 4)
    /** ADL "registered": a learner was enrolled in a module as part of a cohort. */
    public static final String REGISTERED = ADL_VERBS + "registered";
    /** Activity Streams "accept" (display "accepted"): a trainer accepted an exercise answer. */
    public static final String ACCEPTED = "http://activitystrea.ms/schema/1.0/accept";
    /** Our verb: a trainer returned an exercise answer for revision, with feedback. */
    public static final String RETURNED_FOR_REVISION = "https://network-academy.org/xapi/verbs/returned-for-revision";
    /** Activity type of a cohort (grouping activity of cohort statements). */
    public static final String TYPE_COHORT = "https://network-academy.org/xapi/activity-types/cohort";
    /** Context extension: the learner whose work a trainer reviewed (an Agent object). */
    public static final String EXT_LEARNER = EXT + "learner";

    // ---- certification (issue 6)
    /** Result extension: the certificate's public verification URL ({@code …/verify/<code>}). */
    public static final String EXT_CERTIFICATE = EXT + "certificate";
    /** Context extension: how a certificate was issued, "automatic" or "manual". */
    public static final String EXT_ISSUE_MODE = EXT + "issue-mode";
    /** Context extension: the written reason of a manual issue or of a revocation (text). */
    public static final String EXT_REASON = EXT + "reason";

    // ---- practice network plan (issue 5)
    /** Activity Streams "update" (display "updated"): a member saved a plan section. */
    public static final String UPDATED = "http://activitystrea.ms/schema/1.0/update";
    /** Activity Streams "approve" (display "approved"): a trainer approved a plan section. */
    public static final String APPROVED = "http://activitystrea.ms/schema/1.0/approve";
    /** ADL "commented": a trainer commented on a plan section (result.response = the comment). */
    public static final String COMMENTED = ADL_VERBS + "commented";
    /** Our verb: a trainer set a plan section's status to draft or in review (result.response = the status). */
    public static final String STATUS_SET = "https://network-academy.org/xapi/verbs/set-status";
    /** Activity type of a cohort's practice network plan. */
    public static final String TYPE_PLAN = "https://network-academy.org/xapi/activity-types/network-plan";
    /** Activity type of one section of a practice network plan. */
    public static final String TYPE_PLAN_SECTION = "https://network-academy.org/xapi/activity-types/network-plan-section";
    /** Context extension: the revision number a plan save created (integer, from 1). */
    public static final String EXT_PLAN_REVISION = EXT + "plan-revision";
    /** Context extension: how a plan revision came about: edit, restore, exercise or map. */
    public static final String EXT_PLAN_SOURCE = EXT + "plan-source";
    /** Context extension: for a restore, the revision number whose content was restored. */
    public static final String EXT_RESTORED_FROM = EXT + "restored-from";

    // ---- forwarding to xAPI 1.0.3 LRSs (forwarding.StatementDownConversion)
    /**
     * Context extension set by forwarding to an xAPI 1.0.x LRS: the statement's xAPI 2.0.0 {@code context.contextAgents}
     * array (IEEE 9274.1.1 §4.2.2.5), unchanged, which 1.0.3 has no property for. If the statement already has a
     * different value under this key, the array goes under {@code …/context-agents-2} (then {@code -3}, …).
     */
    public static final String EXT_CONTEXT_AGENTS = EXT + "context-agents";
    /** Context extension, as {@link #EXT_CONTEXT_AGENTS}, for {@code context.contextGroups}. */
    public static final String EXT_CONTEXT_GROUPS = EXT + "context-groups";
}
