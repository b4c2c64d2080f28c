package org.networkacademy.certification;

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
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * Builds the statements of certification events (vocabulary: {@code docs/xapi-profile.md}).
 * Like the learning statements: actor by account (no e-mail), registration = the enrolment,
 * deterministic ids, validated against xAPI 1.0.3 before they are returned.
 */
@Component
class CertificationStatements {

    private static final String LANG = "en";

    private final PlatformStatements platform;
    private final String homePage;
    private final String activityBase;

    CertificationStatements(PlatformStatements platform) {
        this.platform = platform;
        this.homePage = platform.homePage();
        this.activityBase = platform.activityBase();
    }

    /** @return the public verification URL of a certificate */
    String verificationUrl(String code) {
        return homePage + "/verify/" + code;
    }

    /**
     * The trainee "earned" the module's certificate: result.success true, the verification URL in
     * a result extension, the issue mode (and a manual issue's reason and issuer as instructor) in context.
     */
    Statement earned(Certificate c, String learnerUuid, String issuerUuid) {
        var ext = Extensions.empty().with(XapiProfile.EXT_ISSUE_MODE, c.getIssueMode().name().toLowerCase(java.util.Locale.ROOT));
        if (c.getIssueReason() != null) {
            ext = ext.with(XapiProfile.EXT_REASON, c.getIssueReason());
        }
        var context = context(c, ext).instructor(issuerUuid == null ? null : Agent.withAccount(null, homePage, issuerUuid)).build();
        var result = Result.builder().success(true).completion(true)
                .extensions(Extensions.empty().with(XapiProfile.EXT_CERTIFICATE, verificationUrl(c.getCode()))).build();
        return build(c, learnerUuid, XapiProfile.EARNED, "earned", result, context, c.getIssuedAt());
    }

    /** A trainer or admin "revoked" the certificate; the reason in a context extension. */
    Statement revoked(Certificate c, String staffUuid) {
        var context = context(c, Extensions.empty().with(XapiProfile.EXT_REASON, c.getRevocationReason())).build();
        var result = Result.builder().success(false)
                .extensions(Extensions.empty().with(XapiProfile.EXT_CERTIFICATE, verificationUrl(c.getCode()))).build();
        return build(c, staffUuid, XapiProfile.REVOKED, "revoked", result, context, c.getRevokedAt());
    }

    private Context.Builder context(Certificate c, Extensions ext) {
        var module = Activity.of(activityBase + "modules/" + c.getModuleId(),
                ActivityDefinition.builder().name(LANG, c.getModuleTitle()).type(XapiProfile.TYPE_COURSE).build());
        var profile = Activity.of(XapiProfile.PROFILE, ActivityDefinition.builder().type(XapiProfile.TYPE_PROFILE).build());
        return Context.builder()
                .registration(c.getRegistration())
                .contextActivities(ContextActivities.of(List.of(module), null, List.of(profile), null))
                .platform(XapiProfile.PLATFORM)
                .language(LANG)
                .extensions(ext.with(XapiProfile.EXT_CONTENT_VERSION, c.getModuleVersion()));
    }

    private Statement build(Certificate c, String actorUuid, String verbId, String display, Result result,
                            Context context, Instant when) {
        var object = Activity.of(activityBase + "modules/" + c.getModuleId() + "/certificate",
                ActivityDefinition.builder().name(LANG, "Certificate: " + c.getModuleTitle())
                        .type(XapiProfile.TYPE_CERTIFICATE).build());
        return platform.build(StatementIds.of(c.getRegistration(), verbId, object.id(), c.getCode()), actorUuid, verbId, display, object, result, context, when);
    }
}
