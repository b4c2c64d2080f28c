package org.networkacademy.xapi.model;

import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Whom a Statement is about: an {@link Agent} or a {@link Group} (xAPI 1.0.3 Data §2.4.2).
 * Also the type of {@code authority} and {@code context.instructor}. When parsing, an actor
 * without {@code objectType} is read as an Agent; {@code "Group"} selects a Group.
 */
@JsonDeserialize(using = PolymorphicDeserializers.ActorDeserializer.class)
public sealed interface Actor permits Agent, Group {

    /** @return {@code "Agent"}, {@code "Group"} or {@code null} when it was omitted (Agents only) */
    String objectType();

    /** @return the display name, or {@code null} */
    String name();

    /** @return the {@code mailto:} IRI inverse functional identifier, or {@code null} */
    String mbox();

    /** @return the hex SHA-1 of a mailto IRI ({@code mbox_sha1sum}), or {@code null} */
    String mboxSha1sum();

    /** @return the OpenID URI, or {@code null} */
    String openid();

    /** @return the account inverse functional identifier, or {@code null} */
    AgentAccount account();
}
