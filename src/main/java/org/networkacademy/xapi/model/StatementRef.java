package org.networkacademy.xapi.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.annotation.JsonDeserialize;

import java.util.Optional;
import java.util.UUID;

/**
 * A pointer to another Statement by id (xAPI 1.0.3 Data §2.4.4.3, Statement References); the object of
 * voiding Statements and the type of {@code context.statement}.
 *
 * @param objectType always {@code "StatementRef"}
 * @param id         the referenced Statement's UUID, as sent
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize
public record StatementRef(String objectType, String id) implements StatementTarget {

    /** The {@code objectType} value of a Statement Reference. */
    public static final String OBJECT_TYPE = "StatementRef";

    /**
     * Creates a reference to a Statement.
     *
     * @param id the statement id
     * @return the reference
     * @throws NullPointerException if {@code id} is null
     */
    public static StatementRef of(UUID id) {
        return new StatementRef(OBJECT_TYPE, id.toString());
    }

    /** @return the id as a UUID, or empty if it is not one */
    public Optional<UUID> idAsUuid() {
        return Statement.uuidOf(id);
    }
}
