package org.networkacademy.xapi.forwarding;

import java.time.Instant;

/**
 * An external LRS statements are forwarded to (credentials are never part of this view).
 *
 * @param id                  database id
 * @param name                label
 * @param endpoint            the LRS base IRL, ending with {@code /} (statements go to {@code endpoint + "statements"})
 * @param xapiVersion         {@code 1.0.3} or {@code 2.0.0}: the version header sent
 * @param username            Basic user name
 * @param batchSize           statements per POST for live traffic
 * @param catchUpBatchSize    the largest batch for a backlog: while batches leave the queue full, a worker doubles its
 *                            batch from {@code batchSize} up to this ({@code == batchSize}: no catch-up)
 * @param status              {@link Status}
 * @param consecutiveFailures transient failures since the last success
 * @param nextAttemptAt       not before this instant (backoff)
 * @param sentCount           statements delivered so far
 * @param lastSentAt          last successful delivery, or null
 * @param lastError           last error text, or null
 * @param scopeModuleId       only the statements of this module's enrolments, or null
 * @param scopeCohortId       only the statements of this cohort's enrolments, or null (both null: every statement)
 */
public record LrsTarget(long id, String name, String endpoint, String xapiVersion, String username, int batchSize, int catchUpBatchSize,
                        Status status, int consecutiveFailures, Instant nextAttemptAt, long sentCount,
                        Instant lastSentAt, String lastError, String scopeModuleId, Long scopeCohortId) {

    /** Target states. */
    public enum Status {
        /** Sending. */
        ACTIVE,
        /** Paused by an admin; statements keep being queued. */
        PAUSED,
        /** Paused because the target answered 401/403: credentials need fixing (statements keep being queued). */
        AUTH_FAILED
    }
}
