package org.networkacademy.xapi.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Contextual information of a Statement (xAPI 1.0.3 Data §2.4.6), plus the xAPI 2.0.0
 * {@code contextAgents} and {@code contextGroups}.
 *
 * @param registration      registration (attempt/enrolment) UUID, as sent
 * @param instructor        instructor Agent or Group
 * @param team              team Group
 * @param contextActivities related activities
 * @param revision          activity revision (only when the object is an Activity)
 * @param platform          platform used (only when the object is an Activity)
 * @param language          RFC 5646 tag of the experience's language
 * @param statement         another Statement giving context
 * @param extensions        context extensions
 * @param contextAgents     xAPI 2.0.0 context agents
 * @param contextGroups     xAPI 2.0.0 context groups
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Context(String registration, Actor instructor, Group team, ContextActivities contextActivities,
                      String revision, String platform, String language, StatementRef statement,
                      Extensions extensions, List<ContextAgent> contextAgents, List<ContextGroup> contextGroups) {

    /**
     * Copies the lists so that the record stays immutable.
     *
     * @throws NullPointerException if a list contains null
     */
    public Context {
        contextAgents = contextAgents == null ? null : List.copyOf(contextAgents);
        contextGroups = contextGroups == null ? null : List.copyOf(contextGroups);
    }

    /** @return the registration as a UUID, or empty if absent or not a UUID */
    public Optional<UUID> registrationAsUuid() {
        return Statement.uuidOf(registration);
    }

    /** @return a new, empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder for {@link Context}; unset properties are omitted from the JSON. */
    public static final class Builder {
        private String registration;
        private Actor instructor;
        private Group team;
        private ContextActivities contextActivities;
        private String revision;
        private String platform;
        private String language;
        private StatementRef statement;
        private Extensions extensions;
        private List<ContextAgent> contextAgents;
        private List<ContextGroup> contextGroups;

        private Builder() {
        }

        /** Sets the registration UUID; returns this builder. */
        public Builder registration(UUID v) { registration = v == null ? null : v.toString(); return this; }

        /** Sets the registration UUID text, kept as given; returns this builder. */
        public Builder registration(String v) { registration = v; return this; }

        /** Sets the instructor Agent or Group; returns this builder. */
        public Builder instructor(Actor v) { instructor = v; return this; }

        /** Sets the team Group; returns this builder. */
        public Builder team(Group v) { team = v; return this; }

        /** Sets the context activities; returns this builder. */
        public Builder contextActivities(ContextActivities v) { contextActivities = v; return this; }

        /** Sets the activity revision; returns this builder. */
        public Builder revision(String v) { revision = v; return this; }

        /** Sets the platform name; returns this builder. */
        public Builder platform(String v) { platform = v; return this; }

        /** Sets the RFC 5646 language tag; returns this builder. */
        public Builder language(String v) { language = v; return this; }

        /** Sets the statement given as context; returns this builder. */
        public Builder statement(StatementRef v) { statement = v; return this; }

        /** Sets the context extensions; returns this builder. */
        public Builder extensions(Extensions v) { extensions = v; return this; }

        /** Sets the xAPI 2.0.0 context agents; returns this builder. */
        public Builder contextAgents(List<ContextAgent> v) { contextAgents = v; return this; }

        /** Sets the xAPI 2.0.0 context groups; returns this builder. */
        public Builder contextGroups(List<ContextGroup> v) { contextGroups = v; return this; }

        /** @return the immutable context */
        public Context build() {
            return new Context(registration, instructor, team, contextActivities, revision, platform, language,
                    statement, extensions, contextAgents, contextGroups);
        }
    }
}
