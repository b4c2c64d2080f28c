package org.networkacademy.xapi.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A user account on an existing system, used as an inverse functional identifier (xAPI 1.0.3 Data §2.4.2.4).
 *
 * @param homePage IRL of the system's canonical home page, as sent
 * @param name     the account's unique name or id on that system
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgentAccount(String homePage, String name) {

    /**
     * Creates an account.
     *
     * @param homePage IRL of the system's home page
     * @param name     the account name
     * @return the account
     */
    public static AgentAccount of(String homePage, String name) {
        return new AgentAccount(homePage, name);
    }
}
