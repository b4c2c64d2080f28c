package org.networkacademy.xapi.model;

import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The {@code object} of a Statement (xAPI 1.0.3 Data §2.4.4): an {@link Activity}, {@link Agent},
 * {@link Group}, {@link StatementRef} or {@link SubStatement}. Named after TinCan's
 * {@code StatementTarget}. When parsing, the JSON {@code objectType} selects the type and an
 * absent {@code objectType} means Activity.
 */
@JsonDeserialize(using = PolymorphicDeserializers.TargetDeserializer.class)
public sealed interface StatementTarget permits Activity, Agent, Group, StatementRef, SubStatement {

    /** @return the {@code objectType} as sent, or {@code null} if it was omitted (Activity only) */
    String objectType();
}
