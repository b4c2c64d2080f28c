package org.networkacademy.xapi.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * An xAPI Statement (xAPI 1.0.3 Data §2.4; also the xAPI 2.0.0 statement shape). Values an LRS must
 * keep as sent are kept as the original text: {@code id}, {@code timestamp}, {@code stored} and
 * {@code version} are Strings; {@code Instant}/{@code UUID} helpers convert on demand.
 * Serialise and parse with {@link XapiJson}; check with
 * {@code org.networkacademy.xapi.validation.StatementValidator}.
 *
 * @param id          statement UUID text, optional (the LRS assigns one)
 * @param actor       whom the statement is about (required)
 * @param verb        the action (required)
 * @param object      what was acted on (required)
 * @param result      measured outcome, optional
 * @param context     context, optional
 * @param timestamp   when the experience happened (ISO 8601 text), optional
 * @param stored      when the LRS stored it (ISO 8601 text), set by the LRS
 * @param authority   who asserts the statement, set by the LRS
 * @param version     statement version, e.g. {@code 1.0.0}
 * @param attachments attachment headers, optional
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "actor", "verb", "object", "result", "context", "timestamp", "stored", "authority",
        "version", "attachments"})
public record Statement(String id, Actor actor, Verb verb, StatementTarget object, Result result, Context context,
                        String timestamp, String stored, Actor authority, String version,
                        List<Attachment> attachments) {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /**
     * Copies the attachment list so that the record stays immutable.
     *
     * @throws NullPointerException if the list contains null
     */
    public Statement {
        attachments = attachments == null ? null : List.copyOf(attachments);
    }

    /** @return a new, empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder preset with all properties of this statement, e.g. to add LRS-set values */
    public Builder toBuilder() {
        return new Builder().id(id).actor(actor).verb(verb).object(object).result(result).context(context)
                .timestamp(timestamp).stored(stored).authority(authority).version(version).attachments(attachments);
    }

    /** @return the id as a UUID, or empty if absent or not in standard UUID form */
    public Optional<UUID> idAsUuid() {
        return uuidOf(id);
    }

    /** @return the timestamp as an instant (no zone = UTC), or empty if absent or not ISO 8601 */
    public Optional<Instant> timestampInstant() {
        return XapiTime.parse(timestamp);
    }

    /** @return the stored time as an instant, or empty if absent or not ISO 8601 */
    public Optional<Instant> storedInstant() {
        return XapiTime.parse(stored);
    }

    /** @return {@code true} if this statement voids another (verb {@link Verb#VOIDED}, xAPI 1.0.3 Data §2.3.2) */
    @JsonIgnore
    public boolean isVoiding() {
        return verb != null && Verb.VOIDED.equals(verb.id());
    }

    static Optional<UUID> uuidOf(String text) {
        return text != null && UUID_TEXT.matcher(text).matches() ? Optional.of(UUID.fromString(text)) : Optional.empty();
    }

    /**
     * Fluent builder for {@link Statement}, e.g.
     * {@code Statement.builder().id(uuid).actor(agent).verb(verb).object(activity).timestamp(now).build()}.
     * Unset properties are omitted from the JSON; the builder does not validate.
     */
    public static final class Builder {
        private String id;
        private Actor actor;
        private Verb verb;
        private StatementTarget object;
        private Result result;
        private Context context;
        private String timestamp;
        private String stored;
        private Actor authority;
        private String version;
        private List<Attachment> attachments;

        private Builder() {
        }

        /** Sets the statement id; returns this builder. */
        public Builder id(UUID v) { id = v == null ? null : v.toString(); return this; }

        /** Sets the statement id text, kept as given; returns this builder. */
        public Builder id(String v) { id = v; return this; }

        /** Sets the actor; returns this builder. */
        public Builder actor(Actor v) { actor = v; return this; }

        /** Sets the verb; returns this builder. */
        public Builder verb(Verb v) { verb = v; return this; }

        /** Sets the object; returns this builder. */
        public Builder object(StatementTarget v) { object = v; return this; }

        /** Sets the result; returns this builder. */
        public Builder result(Result v) { result = v; return this; }

        /** Sets the context; returns this builder. */
        public Builder context(Context v) { context = v; return this; }

        /** Sets the timestamp, written as UTC RFC 3339 ({@link XapiTime#format}); returns this builder. */
        public Builder timestamp(Instant v) { timestamp = v == null ? null : XapiTime.format(v); return this; }

        /** Sets the timestamp text, kept as given; returns this builder. */
        public Builder timestamp(String v) { timestamp = v; return this; }

        /** Sets the stored time, written as UTC RFC 3339; returns this builder. */
        public Builder stored(Instant v) { stored = v == null ? null : XapiTime.format(v); return this; }

        /** Sets the stored time text, kept as given; returns this builder. */
        public Builder stored(String v) { stored = v; return this; }

        /** Sets the authority; returns this builder. */
        public Builder authority(Actor v) { authority = v; return this; }

        /** Sets the statement version, e.g. {@code 1.0.0}; returns this builder. */
        public Builder version(String v) { version = v; return this; }

        /** Sets the attachment headers; returns this builder. */
        public Builder attachments(List<Attachment> v) { attachments = v; return this; }

        /** @return the immutable statement */
        public Statement build() {
            return new Statement(id, actor, verb, object, result, context, timestamp, stored, authority, version,
                    attachments);
        }
    }
}
