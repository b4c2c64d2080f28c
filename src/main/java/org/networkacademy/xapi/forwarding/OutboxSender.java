package org.networkacademy.xapi.forwarding;

import io.github.resilience4j.core.IntervalFunction;
import jakarta.annotation.PreDestroy;
import org.networkacademy.xapi.lrs.AttachmentStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Delivers the outbox to the targets (xAPI 1.0.3 Communication §2.1.2 POST of statement arrays).
 *
 * <p>Each due target gets {@link ForwardingProperties#workers()} workers; each worker claims its own
 * batch with {@code SELECT … FOR UPDATE SKIP LOCKED} (READ COMMITTED, so no gap locks hold up
 * statement storage), POSTs it, and in the same transaction deletes the delivered rows, files dead
 * letters and (when the target row is free at once) adds to the target's counters: one commit per batch. The rows stay locked while the
 * batch is on the wire, so two workers — of this instance or of another one on the same database —
 * never send the same batch; while one worker waits for the target's answer, another claims and
 * sends the next batch. At most {@link ForwardingProperties#maxInFlight()} batches are on the wire
 * at once over all targets (each holds a database connection while it is).
 *
 * <p>Catch-up: a worker starts with the target's batch size (live traffic: small batches, short
 * delay); each batch that fills up and goes in one POST doubles the next one, up to the target's
 * catch-up batch size, so a backlog (an outage, a backfill) needs fewer requests; a batch that does
 * not fill up, was split or failed brings the worker back to the batch size.
 *
 * <p>Outcomes of a POST:
 * <ul>
 *   <li>2xx: delivered; 409 for a single statement: the target has it already, delivered;</li>
 *   <li>400/413 (or 409) for several: the batch is split in halves until the refused statement is
 *   alone; a single refused statement goes to the dead-letter list with the target's answer;</li>
 *   <li>401/403: the target is paused ({@code AUTH_FAILED}) until an admin resumes it;</li>
 *   <li>5xx, other answers, timeouts, connection errors: retried after an exponential backoff with
 *   jitter (resilience4j {@link IntervalFunction}); the target's other workers stop at their next batch.</li>
 * </ul>
 * Statements go as stored, except to a target set to xAPI 1.0.x, which gets 2.0.0-only content converted by
 * {@link StatementDownConversion} (signed statements excepted).
 * Delivery is at-least-once (a crash after the target accepted but before commit resends the batch);
 * statement ids make it exactly-once at a conformant target. Order across batches is not kept when
 * a target has more than one worker.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final Duration DRAIN_BUDGET = Duration.ofSeconds(20);

    private final JdbcTemplate jdbc;
    private final AttachmentStore attachments;
    private final CredentialCipher cipher;
    private final ForwardingProperties properties;
    private final Clock clock;
    private final TransactionTemplate claimTx;
    private final TransactionTemplate tx;
    private final HttpClient http;
    private final IntervalFunction backoff;
    private final Semaphore inFlight;
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
    private final AtomicLong uncertain = new AtomicLong();

    OutboxSender(JdbcTemplate jdbc, CredentialCipher cipher, ForwardingProperties properties, Clock clock,
                 PlatformTransactionManager transactions, AttachmentStore attachments) {
        this.jdbc = jdbc;
        this.attachments = attachments;
        this.cipher = cipher;
        this.properties = properties;
        this.clock = clock;
        this.claimTx = new TransactionTemplate(transactions);
        this.claimTx.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.tx = new TransactionTemplate(transactions);
        // One client for all targets: it keeps HTTP/1.1 connections alive between batches (and
        // multiplexes on HTTP/2 where the target offers it over TLS).
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        this.backoff = IntervalFunction.ofExponentialRandomBackoff(properties.initialBackoff().toMillis(), 2.0, 0.5,
                properties.maxBackoff().toMillis());
        this.inFlight = new Semaphore(Math.max(1, properties.maxInFlight()), true);
    }

    @Scheduled(fixedDelayString = "${networkacademy.forwarding.poll-interval:1s}", initialDelayString = "5s")
    void tick() {
        if (!properties.enabled()) {
            return;
        }
        List<Long> due = jdbc.queryForList("SELECT id FROM lrs_target WHERE status = 'ACTIVE' AND next_attempt_at <= ?",
                Long.class, Timestamp.from(clock.instant()));
        List<Future<?>> running = new ArrayList<>();
        for (Long id : due) {
            // Several workers per target: each claims its own batches (SKIP LOCKED), so sends overlap.
            for (int w = 0; w < Math.max(1, properties.workers()); w++) {
                running.add(workers.submit(() -> {
                    try {
                        drain(id, DRAIN_BUDGET);
                    } catch (RuntimeException e) {
                        log.warn("Forwarding to target {} failed: {}", id, e.toString());
                    }
                }));
            }
        }
        for (var f : running) {
            try {
                f.get();
            } catch (ExecutionException e) {
                log.warn("Forwarding worker failed", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    /**
     * Statements sent again because a batch's outcome was not known: its POST timed out or lost its connection
     * after sending, or the claim transaction rolled back after the target's answer. The target may then get the
     * same statement twice; a conformant LRS keeps one (same id, same content: xAPI 1.0.3 Communication §2.1.2).
     *
     * @return the count since start, over all targets (this instance)
     */
    long uncertainStatements() {
        return uncertain.get();
    }

    private void countUncertain(long targetId, int statements) {
        if (statements > 0) {
            uncertain.addAndGet(statements);
            log.info("Forwarding target {}: {} statement(s) may have reached the target without an answer; they are sent again",
                    targetId, statements);
        }
    }

    /** How a batch went. */
    enum Result { DONE, EMPTY, STOPPED, TRANSIENT, AUTH }

    /**
     * One worker: sends batches to one target until its queue is empty, a failure, the target is
     * paused, edited into backoff or deleted, or the time budget is spent. Safe to run concurrently
     * (in this and other instances): each batch is claimed with {@code SKIP LOCKED}.
     *
     * @return statements delivered (including dead-lettered ones removed from the queue)
     */
    int drain(long targetId, Duration budget) {
        Instant end = clock.instant().plus(budget);
        int total = 0;
        Timings timings = new Timings();
        Credentials credentials = new Credentials();
        int size = 0; // this worker's next batch size; 0: the target's batch size
        while (clock.instant().isBefore(end)) {
            long t0 = System.nanoTime();
            Batch batch;
            try {
                inFlight.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            int limit = size;
            Instant started = clock.instant();
            Outcome outcome = new Outcome();
            try {
                try {
                    batch = claimTx.execute(status -> sendOneBatch(targetId, credentials, timings, limit, outcome));
                    countUncertain(targetId, outcome.uncertain);
                } catch (RuntimeException e) {
                    // rolled back after the target may have taken the batch: its rows are still queued and go again
                    countUncertain(targetId, outcome.uncertain + outcome.delivered.size());
                    throw e;
                }
            } catch (CredentialCipher.KeyProblem e) {
                // NA_FORWARDING_KEY missing or changed: nothing can be sent to this target until it is fixed. Shown as the
                // target's last error on the admin page and retried with the usual backoff (not logged on every tick).
                recordFailure(targetId, Result.TRANSIENT, e.getMessage(), started);
                break;
            } catch (PessimisticLockingFailureException e) {
                // e.g. a deadlock with an admin deleting the target: nothing was recorded, the rows are
                // still queued and will be sent again (the target keeps one copy per statement id).
                log.info("Forwarding batch for target {} rolled back, will be sent again: {}", targetId, e.getMessage());
                continue;
            } finally {
                inFlight.release();
            }
            total += batch.delivered() + batch.dead();
            size = batch.nextSize();
            if (batch.countLater()) {
                tx.executeWithoutResult(s -> foldDeliveries(targetId));
            }
            if (batch.claimed() > 0) {
                timings.batch(System.nanoTime() - t0);
            }
            if (batch.result() == Result.EMPTY || batch.result() == Result.STOPPED) {
                break;
            }
            if (batch.result() == Result.TRANSIENT || batch.result() == Result.AUTH) {
                recordFailure(targetId, batch.result(), batch.error(), started);
                break;
            }
        }
        timings.log(targetId, total);
        return total;
    }

    /**
     * Records a failed attempt on the target: one more consecutive failure, its error, the backoff (and for
     * {@link Result#AUTH} the pause). A transient failure is not recorded when a delivery to the target was counted
     * after the attempt started: another worker's batch went through meanwhile (the target answers again), and
     * recorded now the failure would outlive that success, so the admin page said "retrying" with nothing pending
     * until the next failure or delivery. The failed batch's rows are still queued and are sent at the next tick.
     * Nor is it counted again when another worker recorded a failure since the attempt started (the target's next
     * attempt was moved past that start): the target's workers fail together when it is down, and counting each of
     * them would double the backoff per round instead of per failed round (a trial saw "2 in a row", "3 in a row"
     * 3 ms apart, and a 76 s wait after three rounds).
     *
     * @param started when the failed attempt began (before its claim)
     */
    void recordFailure(long targetId, Result result, String message, Instant started) {
        tx.executeWithoutResult(s -> {
            var row = jdbc.query("SELECT consecutive_failures, last_sent_at, next_attempt_at FROM lrs_target WHERE id = ? FOR UPDATE",
                    rs -> rs.next() ? new Object[]{rs.getInt(1), rs.getTimestamp(2), rs.getTimestamp(3)} : null, targetId);
            if (row == null) {
                return; // deleted meanwhile
            }
            boolean auth = result == Result.AUTH;
            Timestamp lastSent = (Timestamp) row[1];
            if (!auth && lastSent != null && !lastSent.toInstant().isBefore(started.truncatedTo(java.time.temporal.ChronoUnit.MILLIS))) {
                log.info("Forwarding target {} failed ({}), but a delivery succeeded since: not counted as a failure", targetId, message);
                return;
            }
            Timestamp nextAttempt = (Timestamp) row[2];
            if (!auth && nextAttempt.toInstant().isAfter(started)) {
                // another worker's failure of the same round is recorded already (with its backoff): keep it, but
                // show this attempt's error, which is as recent
                jdbc.update("UPDATE lrs_target SET last_error = ? WHERE id = ?",
                        message == null ? null : message.substring(0, Math.min(2000, message.length())), targetId);
                return;
            }
            int failures = (Integer) row[0] + 1;
            long delay = backoff.apply(Math.min(failures, 30));
            String error = message == null ? null : message.substring(0, Math.min(2000, message.length()));
            jdbc.update("UPDATE lrs_target SET consecutive_failures = ?, next_attempt_at = ?, last_error = ?"
                            + (auth ? ", status = 'AUTH_FAILED'" : "") + " WHERE id = ?",
                    failures, Timestamp.from(clock.instant().plusMillis(delay)), error, targetId);
            if (auth) {
                log.warn("Forwarding target {} refused our credentials; paused until an admin resumes it", targetId);
            } else {
                log.info("Forwarding target {} failed ({} in a row), retry in {} ms: {}", targetId, failures, delay, error);
            }
        });
    }

    /**
     * What one claim transaction did.
     *
     * @param nextSize the worker's next batch size (catch-up: doubled after a full batch that went in one POST)
     */
    private record Batch(Result result, int claimed, int delivered, int dead, String error, boolean countLater, int nextSize) {

        static Batch stopped(Result result) {
            return new Batch(result, 0, 0, 0, null, false, 0);
        }
    }

    private record Item(long outboxId, long seq, String json) {
    }

    /** The target as a worker sends to it, re-read for every batch so that edits and pauses apply at once. */
    private record Target(long id, String endpoint, String xapiVersion, String authorization, int batchSize, int catchUpBatchSize) {

        /** @return the size to claim for a worker that asks for {@code wanted} (0: the batch size), within the target's limits */
        int limit(int wanted) {
            return wanted <= batchSize ? batchSize : Math.min(wanted, Math.max(batchSize, catchUpBatchSize));
        }
    }

    /** The decrypted Basic credentials of a worker's target, decrypted again only when they change. */
    private final class Credentials {
        private String encrypted;
        private String username;
        private String authorization;

        String authorization(String username, String passwordEnc) {
            if (!passwordEnc.equals(encrypted) || !username.equals(this.username)) {
                String password = cipher.decrypt(passwordEnc);
                authorization = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
                encrypted = passwordEnc;
                this.username = username;
            }
            return authorization;
        }
    }

    /**
     * Runs inside the claim transaction: the claimed rows stay locked until commit, and the rows'
     * deletion, the dead letters and the target's counters commit together.
     */
    private Batch sendOneBatch(long targetId, Credentials credentials, Timings timings, int wantedSize, Outcome outcome) {
        long t0 = System.nanoTime();
        Timestamp now = Timestamp.from(clock.instant());
        Target target = jdbc.query("""
                SELECT endpoint, xapi_version, username, password_enc, batch_size, catch_up_batch_size FROM lrs_target
                WHERE id = ? AND status = 'ACTIVE' AND next_attempt_at <= ?""",
                rs -> rs.next() ? new Target(targetId, rs.getString(1), rs.getString(2),
                        credentials.authorization(rs.getString(3), rs.getString(4)), rs.getInt(5), rs.getInt(6)) : null,
                targetId, now);
        if (target == null) {
            return Batch.stopped(Result.STOPPED); // paused, deleted, or backing off after another worker's failure
        }
        int limit = target.limit(wantedSize);
        List<long[]> claimed = jdbc.query("SELECT id, seq FROM lrs_outbox WHERE target_id = ? ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED",
                (rs, i) -> new long[]{rs.getLong(1), rs.getLong(2)}, target.id(), limit);
        if (claimed.isEmpty()) {
            return Batch.stopped(Result.EMPTY);
        }
        String in = claimed.stream().map(c -> Long.toString(c[1])).collect(Collectors.joining(","));
        Map<Long, String> json = jdbc.query("SELECT seq, full_json FROM xapi_statement WHERE seq IN (" + in + ")",
                rs -> {
                    Map<Long, String> m = new HashMap<>();
                    while (rs.next()) m.put(rs.getLong(1), rs.getString(2));
                    return m;
                });
        // A 1.0.x target refuses what only 2.0.0 allows: such statements go converted (a parse only for the few whose
        // text may need it, see StatementDownConversion.mayNeedConversion); a 2.0.0 target gets them as stored.
        boolean version1 = target.xapiVersion().startsWith("1.");
        List<Item> items = new ArrayList<>(claimed.size());
        for (long[] c : claimed) {
            String stored = json.get(c[1]);
            items.add(new Item(c[0], c[1], version1 ? StatementDownConversion.toVersion1(stored) : stored));
        }
        long t1 = System.nanoTime();
        deliver(target, items, outcome);
        long t2 = System.nanoTime();

        // Bookkeeping: one batch of DELETEs for everything that left the queue, one multi-row INSERT of the dead
        // letters, and the target's counters. The counters go on the target row only if it can be locked at
        // once: an admin's backfill, replay or delete (or statement storage, by its foreign-key check, or
        // another worker's bookkeeping) may hold it while waiting for our claimed rows, and waiting for it
        // here would be a deadlock. Otherwise the count goes into lrs_target_delivery, still in this
        // transaction (exact across a kill -9), and is folded into the target row after commit.
        List<Item> done = new ArrayList<>(outcome.delivered);
        outcome.dead.forEach(d -> done.add(d.item()));
        boolean counted = false;
        if (!done.isEmpty()) {
            counted = !jdbc.queryForList("SELECT id FROM lrs_target WHERE id = ? FOR UPDATE SKIP LOCKED", Long.class, target.id()).isEmpty();
            if (counted) {
                countDelivered(target.id(), outcome.delivered.size());
            } else if (!outcome.delivered.isEmpty()) {
                jdbc.update("INSERT INTO lrs_target_delivery (target_id, delivered, delivered_at) VALUES (?, ?, ?)",
                        target.id(), outcome.delivered.size(), now);
            }
            // Point deletes by primary key in one batched round trip: a DELETE … WHERE id IN (…) may be
            // planned as a scan on a small queue and then wait for rows other workers hold (deadlock).
            jdbc.batchUpdate("DELETE FROM lrs_outbox WHERE id = ?", done, done.size(),
                    (ps, item) -> ps.setLong(1, item.outboxId()));
        }
        if (!outcome.dead.isEmpty()) {
            List<Object> args = new ArrayList<>();
            for (Dead dead : outcome.dead) {
                args.addAll(List.of(target.id(), dead.item().seq(), dead.status(), dead.response(), now));
            }
            jdbc.update("INSERT IGNORE INTO lrs_dead_letter (target_id, seq, http_status, response, failed_at) VALUES "
                    + String.join(",", java.util.Collections.nCopies(outcome.dead.size(), "(?, ?, ?, ?, ?)")), args.toArray());
        }
        timings.add(t1 - t0, t2 - t1, System.nanoTime() - t2);
        Result result = outcome.failure != null ? outcome.failure : Result.DONE;
        // Catch-up: a full batch that went in one POST means a backlog the target takes well, so the next
        // one may be twice as big (up to the catch-up size); anything else goes back to the batch size.
        int next = result == Result.DONE && claimed.size() == limit && outcome.posts == 1 ? limit * 2 : 0;
        return new Batch(result, claimed.size(), outcome.delivered.size(), outcome.dead.size(), outcome.error,
                !done.isEmpty() && !counted, next);
    }

    /**
     * Adds the deliveries counted in {@code lrs_target_delivery} to the target row (any left by this or another
     * worker, or by a process killed before it folded them). Locks the target row first, then the delivery rows
     * (skipping those another fold holds), the same order as a target's deletion.
     */
    private void foldDeliveries(long targetId) {
        if (jdbc.queryForList("SELECT id FROM lrs_target WHERE id = ? FOR UPDATE", Long.class, targetId).isEmpty()) {
            return; // deleted meanwhile
        }
        List<long[]> rows = jdbc.query("SELECT id, delivered FROM lrs_target_delivery WHERE target_id = ? FOR UPDATE SKIP LOCKED",
                (rs, i) -> new long[]{rs.getLong(1), rs.getLong(2)}, targetId);
        if (rows.isEmpty()) {
            return;
        }
        countDelivered(targetId, (int) rows.stream().mapToLong(r -> r[1]).sum());
        jdbc.batchUpdate("DELETE FROM lrs_target_delivery WHERE id = ?", rows, rows.size(), (ps, r) -> ps.setLong(1, r[0]));
    }

    private void countDelivered(long targetId, int delivered) {
        // a delivery clears the last error: the admin page then shows a healthy target
        jdbc.update("UPDATE lrs_target SET sent_count = sent_count + ?, last_sent_at = ?, consecutive_failures = 0, last_error = NULL WHERE id = ?",
                delivered, Timestamp.from(clock.instant()), targetId);
    }

    private static final class Outcome {
        final List<Item> delivered = new ArrayList<>();
        final List<Dead> dead = new ArrayList<>();
        int posts;
        /** statements of failed POSTs that may have reached the target (a timeout or reset after sending) */
        int uncertain;
        Result failure;
        String error;
    }

    private record Dead(Item item, int status, String response) {
    }

    private void deliver(Target target, List<Item> items, Outcome outcome) {
        if (outcome.failure != null || items.isEmpty()) {
            return;
        }
        StringBuilder body = new StringBuilder(items.size() * 1024).append('[');
        for (Item i : items) {
            body.append(body.length() == 1 ? "" : ",").append(i.json() == null ? "null" : i.json());
        }
        body.append(']');
        // Statements whose attachments came as payloads (no fileUrl, signatures) go with them: multipart/mixed.
        var payloads = attachments.find(AttachmentStore.hashesOf(items.stream().map(Item::json).toList()));
        String contentType = "application/json";
        HttpRequest.BodyPublisher publisher = HttpRequest.BodyPublishers.ofString(body.toString());
        if (!payloads.isEmpty()) {
            String boundary = "na-" + java.util.UUID.randomUUID();
            contentType = "multipart/mixed; boundary=" + boundary;
            publisher = HttpRequest.BodyPublishers.ofByteArray(
                    AttachmentStore.multipart(boundary, body.toString().getBytes(StandardCharsets.UTF_8), payloads.values()));
        }
        HttpResponse<String> response;
        outcome.posts++;
        try {
            response = http.send(HttpRequest.newBuilder(URI.create(target.endpoint() + "statements"))
                    .timeout(properties.requestTimeout())
                    .header("Authorization", target.authorization())
                    .header("X-Experience-API-Version", target.xapiVersion())
                    .header("Content-Type", contentType)
                    .POST(publisher).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            if (!(e instanceof java.net.ConnectException)) {
                outcome.uncertain += items.size(); // sent, perhaps taken, but no answer (e.g. HttpTimeoutException)
            }
            outcome.failure = Result.TRANSIENT;
            // e.g. "ConnectException: could not reach lrs.example.org:443" rather than "ConnectException: null"
            outcome.error = e.getClass().getSimpleName() + ": " + (e.getMessage() != null ? e.getMessage()
                    : "could not reach " + URI.create(target.endpoint()).getAuthority());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome.failure = Result.TRANSIENT;
            outcome.error = "interrupted";
            return;
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            outcome.delivered.addAll(items);
        } else if (status == 401 || status == 403) {
            outcome.failure = Result.AUTH;
            outcome.error = "HTTP " + status + ": " + response.body();
        } else if (status == 409 || status == 400 || status == 413) {
            if (items.size() == 1) {
                if (status == 409) {
                    outcome.delivered.addAll(items); // the target has a statement with this id
                } else {
                    String answer = response.body();
                    outcome.dead.add(new Dead(items.getFirst(), status, answer.substring(0, Math.min(4000, answer.length()))));
                }
            } else {
                int half = items.size() / 2;
                deliver(target, items.subList(0, half), outcome);
                deliver(target, items.subList(half, items.size()), outcome);
            }
        } else {
            outcome.failure = Result.TRANSIENT;
            outcome.error = "HTTP " + status + ": " + response.body();
        }
    }

    /** Where a worker's drain pass spent its time, per batch (logged at DEBUG: tuning and benchmarks). */
    private static final class Timings {
        private long batches;
        private long claim;
        private long post;
        private long bookkeeping;
        private long total;

        void add(long claimNanos, long postNanos, long bookkeepingNanos) {
            claim += claimNanos;
            post += postNanos;
            bookkeeping += bookkeepingNanos;
        }

        void batch(long totalNanos) {
            batches++;
            total += totalNanos;
        }

        void log(long targetId, int statements) {
            if (batches > 0 && log.isDebugEnabled()) {
                log.debug(String.format("target %d: %d statements in %d batches; per batch: target+claim+read %.1f ms, POST %.1f ms, "
                                + "bookkeeping %.1f ms, commit and waits %.1f ms", targetId, statements, batches,
                        claim / 1e6 / batches, post / 1e6 / batches, bookkeeping / 1e6 / batches,
                        (total - claim - post - bookkeeping) / 1e6 / batches));
            }
        }
    }
}
