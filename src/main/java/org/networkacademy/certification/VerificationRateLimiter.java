package org.networkacademy.certification;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client address for the public verification look-ups, so that codes cannot be
 * tried in bulk: each client may look up {@code capacity} codes at once and gains
 * {@code capacity} per minute. In memory, per server; buckets of idle clients are dropped.
 */
@Component
class VerificationRateLimiter {

    private static final long MINUTE_NANOS = 60_000_000_000L;
    private static final int MAX_CLIENTS = 100_000;

    private final int capacity;
    private final Clock clock;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    VerificationRateLimiter(CertificationProperties properties, Clock clock) {
        this.capacity = Math.max(1, properties.verifyRequestsPerMinute());
        this.clock = clock;
    }

    /**
     * @param client the client's address (or another key that identifies it)
     * @return true when the client may make one more look-up now (a token was taken)
     */
    boolean tryAcquire(String client) {
        long now = nanos();
        if (buckets.size() > MAX_CLIENTS) {
            buckets.values().removeIf(b -> b.idleSince(now));
        }
        return buckets.computeIfAbsent(client == null ? "?" : client, k -> new Bucket(capacity, now)).take(now);
    }

    private long nanos() {
        return clock.millis() * 1_000_000L;
    }

    private final class Bucket {
        private double tokens;
        private long updated;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updated = now;
        }

        synchronized boolean take(long now) {
            tokens = Math.min(capacity, tokens + (double) (now - updated) * capacity / MINUTE_NANOS);
            updated = now;
            if (tokens >= 1) {
                tokens -= 1;
                return true;
            }
            return false;
        }

        synchronized boolean idleSince(long now) {
            return now - updated > MINUTE_NANOS;
        }
    }
}
