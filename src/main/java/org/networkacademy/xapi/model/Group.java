package org.networkacademy.xapi.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.annotation.JsonDeserialize;

import java.util.List;

/**
 * A collection of Agents (xAPI 1.0.3 Data §2.4.2.2). An anonymous Group has no inverse functional
 * identifier and must list its {@code member}s; an identified Group has exactly one identifier and
 * may list members. Members are Agents only.
 *
 * @param objectType  always {@code "Group"} (required by the spec)
 * @param name        display name, optional
 * @param mbox        {@code mailto:} IRI
 * @param mboxSha1sum hex SHA-1 of a mailto IRI (JSON {@code mbox_sha1sum})
 * @param openid      OpenID URI
 * @param account     account on an existing system
 * @param member      the members (unordered), or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize
public record Group(String objectType, String name, String mbox,
                    @JsonProperty("mbox_sha1sum") String mboxSha1sum,
                    String openid, AgentAccount account, List<Agent> member) implements Actor, StatementTarget {

    /** The {@code objectType} value of a Group. */
    public static final String OBJECT_TYPE = "Group";

    /**
     * Copies the member list so that the record stays immutable.
     *
     * @throws NullPointerException if the member list contains null
     */
    public Group {
        member = member == null ? null : List.copyOf(member);
    }

    /**
     * Creates an anonymous Group (no identifier, members required).
     *
     * @param name    display name, may be null
     * @param members the member Agents
     * @return the group
     */
    public static Group anonymous(String name, List<Agent> members) {
        return new Group(OBJECT_TYPE, name, null, null, null, null, members);
    }

    /**
     * Creates a Group identified by an account, e.g. a course cohort.
     *
     * @param name     display name, may be null
     * @param homePage IRL of the system's home page
     * @param account  account name of the group
     * @param members  members, may be null
     * @return the group
     */
    public static Group withAccount(String name, String homePage, String account, List<Agent> members) {
        return new Group(OBJECT_TYPE, name, null, null, null, AgentAccount.of(homePage, account), members);
    }
}
