package org.networkacademy.xapi.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import tools.jackson.databind.annotation.JsonDeserialize;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A Statement used as the object of another Statement (xAPI 1.0.3 Data §2.4.4.3, SubStatements).
 * It has no {@code id}, {@code stored}, {@code version} or {@code authority} and cannot contain
 * another SubStatement (the validator checks the latter).
 *
 * @param objectType  always {@code "SubStatement"}
 * @param actor       the actor
 * @param verb        the verb
 * @param object      the object (not a SubStatement)
 * @param result      optional result
 * @param context     optional context
 * @param timestamp   optional timestamp text, as sent (may be in the future)
 * @param attachments optional attachment headers
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize
@JsonPropertyOrder({"objectType", "actor", "verb", "object", "result", "context", "timestamp", "attachments"})
public record SubStatement(String objectType, Actor actor, Verb verb, StatementTarget object, Result result,
                           Context context, String timestamp, List<Attachment> attachments) implements StatementTarget {

    /** The {@code objectType} value of a SubStatement. */
    public static final String OBJECT_TYPE = "SubStatement";

    /**
     * Copies the attachment list so that the record stays immutable.
     *
     * @throws NullPointerException if the list contains null
     */
    public SubStatement {
        attachments = attachments == null ? null : List.copyOf(attachments);
    }

    /**
     * Creates a SubStatement with actor, verb and object only.
     *
     * @param actor  the actor
     * @param verb   the verb
     * @param object the object
     * @return the SubStatement
     */
    public static SubStatement of(Actor actor, Verb verb, StatementTarget object) {
        return new SubStatement(OBJECT_TYPE, actor, verb, object, null, null, null, null);
    }

    /** @return the timestamp as an instant, or empty if absent or not an ISO 8601 date-time */
    public Optional<Instant> timestampInstant() {
        return XapiTime.parse(timestamp);
    }
}
