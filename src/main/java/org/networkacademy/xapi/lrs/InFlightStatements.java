package org.networkacademy.xapi.lrs;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The statement writes of this LRS instance that have begun but not yet committed (or rolled back).
 * <p>
 * Two answers depend on them. {@code X-Experience-API-Consistent-Through} (xAPI 1.0.3 Communication 2.1.3,
 * 2.0.0 §4.1.6.1) promises that every statement stored at or before it is returned; a write under way gets its
 * {@code stored} time before it commits, so the header must stay before the earliest write under way. And a GET
 * by {@code statementId} that finds nothing waits (briefly) for the write of that very id, or for the statement
 * writes that arrived before it and are still being handled, instead of answering 404 for a statement whose POST or
 * PUT the LRS already received. Writes are tracked twice: from arrival to answer ({@link #arrive()}, ids unknown yet)
 * and, with their ids, from just before the stored time is chosen to the end of the transaction ({@link #begin}).
 */
@Component
class InFlightStatements {

    /** How long a GET by id waits for a write of that id under way. */
    static final Duration MAX_WAIT = Duration.ofSeconds(2);

    private final Clock clock;
    private final Map<Write, Instant> writes = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> byId = new ConcurrentHashMap<>();
    private final Map<Arrival, Instant> arrivals = new ConcurrentHashMap<>();

    InFlightStatements(Clock clock) {
        this.clock = clock;
    }

    /** One write under way: its statement ids (lower case; those the request named) and its latch. */
    static final class Write {
        private final List<String> ids;
        private final CountDownLatch done = new CountDownLatch(1);

        private Write(List<String> ids) {
            this.ids = ids;
        }
    }

    /** The current time on the clock that registrations use. */
    Instant now() {
        return clock.instant();
    }

    /** A POST or PUT of statements received and not yet answered (its ids are not known before its body is read). */
    static final class Arrival {
        private final CountDownLatch done = new CountDownLatch(1);
    }

    /**
     * Registers a statement write request as it arrives, before its body is read ({@link StatementWriteArrivalFilter}).
     *
     * @return the handle to pass to {@link #leave(Arrival)} once the request has been answered
     */
    Arrival arrive() {
        Arrival arrival = new Arrival();
        arrivals.put(arrival, clock.instant());
        return arrival;
    }

    /** Ends an arrival registered with {@link #arrive()}. */
    void leave(Arrival arrival) {
        arrivals.remove(arrival);
        arrival.done.countDown();
    }

    /**
     * Waits (at most {@link #MAX_WAIT} in all) for the statement write requests that arrived before {@code time} and are
     * still being handled: one of them may hold a statement a GET did not find.
     *
     * @param time when the GET arrived
     * @return true if there was such a request
     */
    boolean awaitWritesArrivedBefore(Instant time) {
        List<CountDownLatch> earlier = arrivals.entrySet().stream().filter(e -> !e.getValue().isAfter(time))
                .map(e -> e.getKey().done).toList();
        long deadline = System.nanoTime() + MAX_WAIT.toNanos();
        try {
            for (CountDownLatch latch : earlier) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !latch.await(left, TimeUnit.NANOSECONDS)) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !earlier.isEmpty();
    }

    /**
     * Registers a write that is about to choose its {@code stored} time.
     *
     * @param ids the ids the request gave its statements (lower case)
     * @return the handle to pass to {@link #end(Write)} once the transaction has completed
     */
    Write begin(List<String> ids) {
        Write write = new Write(ids);
        writes.put(write, clock.instant());
        for (String id : ids) {
            byId.put(id, write.done);
        }
        return write;
    }

    /** Ends a write registered with {@link #begin(List)} (after commit or rollback). */
    void end(Write write) {
        writes.remove(write);
        for (String id : write.ids) {
            byId.remove(id, write.done);
        }
        write.done.countDown();
    }

    /**
     * The value of {@code X-Experience-API-Consistent-Through} now: the current time, or just before the
     * earliest write under way (stored times are kept to the millisecond).
     */
    Instant consistentThrough() {
        Instant now = clock.instant();
        Optional<Instant> earliest = java.util.stream.Stream.concat(writes.values().stream(), arrivals.values().stream())
                .min(Instant::compareTo);
        if (earliest.isEmpty()) {
            return now;
        }
        Instant before = earliest.get().truncatedTo(ChronoUnit.MILLIS).minusMillis(1);
        return before.isBefore(now) ? before : now;
    }

    /**
     * Waits (at most {@link #MAX_WAIT}) for a write of the statement {@code id} under way.
     *
     * @return true if such a write was under way (it has now completed, or the wait ran out)
     */
    boolean awaitWriteOf(String id) {
        CountDownLatch latch = byId.get(id.toLowerCase(java.util.Locale.ROOT));
        if (latch == null) {
            return false;
        }
        try {
            latch.await(MAX_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }
}
