package org.networkacademy.xapi;

import org.networkacademy.base.config.PlatformProperties;
import org.networkacademy.xapi.model.Activity;
import org.networkacademy.xapi.model.Agent;
import org.networkacademy.xapi.model.Context;
import org.networkacademy.xapi.model.Result;
import org.networkacademy.xapi.model.Statement;
import org.networkacademy.xapi.model.Verb;
import org.networkacademy.xapi.model.XapiJson;
import org.networkacademy.xapi.validation.StatementValidator;
import org.networkacademy.xapi.validation.XapiVersion;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * What every statement the platform builds has in common, in one place for all features
 * (learning, cohorts, plan, certification): the actor as an account Agent (homePage = public base
 * URL, name = the user's UUID, never an e-mail), the platform's authority, a millisecond UTC
 * timestamp, version 1.0.3, and validation against xAPI 1.0.3 before the statement is returned.
 */
@Component
public class PlatformStatements {

    /** Language of the display texts in our statements. */
    public static final String LANG = "en";

    private final String homePage;
    private final String activityBase;
    private final Agent authority;
    private final StatementValidator validator = new StatementValidator();

    /**
     * @param platform the public base URL (actor account homePage)
     * @param xapi     the activity IRI base
     */
    public PlatformStatements(PlatformProperties platform, XapiProperties xapi) {
        this.homePage = platform.baseUrl();
        this.activityBase = xapi.activityBase().endsWith("/") ? xapi.activityBase() : xapi.activityBase() + "/";
        this.authority = Agent.withAccount("Network Academy", homePage, "network-academy");
    }

    /** @return the public base URL, without trailing slash: the account homePage of our actors */
    public String homePage() {
        return homePage;
    }

    /** @return the activity IRI base, ending with {@code /} */
    public String activityBase() {
        return activityBase;
    }

    /** @return the Agent of a user: account {homePage, name = user UUID} (xAPI 1.0.3 Data §2.4.2.2) */
    public Agent agent(String userUuid) {
        return Agent.withAccount(null, homePage, userUuid);
    }

    /**
     * Builds and validates a statement.
     *
     * @param id          the (deterministic) statement id
     * @param actorUuid   the acting user's UUID
     * @param verbId      verb IRI
     * @param verbDisplay verb display text (English)
     * @param object      the activity
     * @param result      result, or null
     * @param context     context, or null
     * @param now         when it happened; truncated to milliseconds, written in UTC
     * @return the statement
     * @throws org.networkacademy.xapi.validation.InvalidStatementException when it breaks an xAPI 1.0.3 rule
     */
    public Statement build(UUID id, String actorUuid, String verbId, String verbDisplay, Activity object, Result result,
                           Context context, Instant now) {
        var statement = Statement.builder()
                .id(id)
                .actor(agent(actorUuid))
                .verb(Verb.of(verbId, LANG, verbDisplay))
                .object(object)
                .result(result)
                .context(context)
                .timestamp(now.truncatedTo(ChronoUnit.MILLIS))
                .authority(authority)
                .version("1.0.3")
                .build();
        validator.requireValid(XapiJson.toTree(statement), XapiVersion.V1_0_3);
        return statement;
    }
}
