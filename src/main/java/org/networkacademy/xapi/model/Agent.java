package org.networkacademy.xapi.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An individual persona or system (xAPI 1.0.3 Data §2.4.2.1), identified by exactly one inverse
 * functional identifier: {@code mbox}, {@code mbox_sha1sum}, {@code openid} or {@code account}.
 * The factories below set {@code objectType} to {@code "Agent"}.
 *
 * @param objectType  {@code "Agent"} or {@code null} if it was omitted (only allowed when not a statement object)
 * @param name        display name, optional
 * @param mbox        {@code mailto:} IRI
 * @param mboxSha1sum hex SHA-1 of a mailto IRI (JSON {@code mbox_sha1sum})
 * @param openid      OpenID URI
 * @param account     account on an existing system
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize
public record Agent(String objectType, String name, String mbox,
                    @JsonProperty("mbox_sha1sum") String mboxSha1sum,
                    String openid, AgentAccount account) implements Actor, StatementTarget {

    /** The {@code objectType} value of an Agent. */
    public static final String OBJECT_TYPE = "Agent";

    /**
     * Creates an Agent identified by e-mail.
     *
     * @param name  display name, may be null
     * @param email an address ({@code learner@example.com}) or a full {@code mailto:} IRI
     * @return the agent
     */
    public static Agent withMbox(String name, String email) {
        String mbox = email == null || email.startsWith("mailto:") ? email : "mailto:" + email;
        return new Agent(OBJECT_TYPE, name, mbox, null, null, null);
    }

    /**
     * Creates an Agent identified by an account, e.g. the platform's own user id.
     *
     * @param name     display name, may be null
     * @param homePage IRL of the system's home page
     * @param account  the account name on that system
     * @return the agent
     */
    public static Agent withAccount(String name, String homePage, String account) {
        return new Agent(OBJECT_TYPE, name, null, null, null, AgentAccount.of(homePage, account));
    }

    /**
     * Creates an Agent identified by the SHA-1 of its mailto IRI.
     *
     * @param name        display name, may be null
     * @param mboxSha1sum 40 hex digits
     * @return the agent
     */
    public static Agent withMboxSha1sum(String name, String mboxSha1sum) {
        return new Agent(OBJECT_TYPE, name, null, mboxSha1sum, null, null);
    }

    /**
     * Creates an Agent identified by OpenID.
     *
     * @param name   display name, may be null
     * @param openid the OpenID URI
     * @return the agent
     */
    public static Agent withOpenid(String name, String openid) {
        return new Agent(OBJECT_TYPE, name, null, null, openid, null);
    }
}
