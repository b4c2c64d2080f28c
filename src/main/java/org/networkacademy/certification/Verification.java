package org.networkacademy.certification;

import java.time.Instant;

/**
 * What the public verification page may show about a code.
 *
 * @param state       valid, revoked, unknown, or refused because the client asked too often
 * @param name        recipient name as registered (null unless valid or revoked)
 * @param moduleTitle the module's title as stored on the certificate, in English (null unless valid or revoked)
 * @param issuedAt    issue time, UTC (null unless valid or revoked)
 * @param revokedAt   revocation time, UTC (null unless revoked)
 * @param moduleId    the module's id, to show its title in the reader's language (null unless valid or revoked)
 */
public record Verification(State state, String name, String moduleTitle, Instant issuedAt, Instant revokedAt, String moduleId) {

    /** Outcome of a look-up. */
    public enum State { VALID, REVOKED, UNKNOWN, TOO_MANY_REQUESTS }

    static Verification of(State state) {
        return new Verification(state, null, null, null, null, null);
    }
}
