package org.networkacademy.xapi.forwarding;

import io.github.resilience4j.core.IntervalFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Delivers the outbox to the targets (xAPI 1.0.3 Communication §2.1.2 POST of statement arrays).
 *
 * <p>A batch is claimed with {@code SELECT … FOR UPDATE SKIP LOCKED} (READ COMMITTED, so no gap
 * locks hold up statement storage) and stays locked until it is sent and its rows deleted: two
 * instances on one database never send the same batch. Outcomes:
 * <ul>
 *   <li>2xx: delivered; 409 for a single statement: the target has it already, delivered;</li>
 *   <li>400/413 (or 409) for several: the batch is split in halves until the refused statement is
 *   alone; a single refused statement goes to the dead-letter list with the target's answer;</li>
 *   <li>401/403: the target is paused ({@code AUTH_FAILED}) until an admin resumes it;</li>
 *   <li>5xx, other answers, timeouts, connection errors: retried after an exponential backoff with
 *   jitter (resilience4j {@link IntervalFunction}).</li>
 * </ul>
 * Delivery is at-least-once (a crash after the target accepted but before commit resends the batch);
 * statement ids make it exactly-once at a conformant target.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final Duration DRAIN_BUDGET = Duration.ofSeconds(20);

    private final JdbcTemplate jdbc;
    private final ForwardingService targets;
    private final ForwardingProperties properties;
    private final Clock clock;
    private final TransactionTemplate claimTx;
    private final TransactionTemplate tx;
    private final HttpClient http;
    private final IntervalFunction backoff;
    private final java.util.concurrent.ExecutorService workers = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor();

    OutboxSender(JdbcTemplate jdbc, ForwardingService targets, ForwardingProperties properties, Clock clock,
                 PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.targets = targets;
        this.properties = properties;
        this.clock = clock;
        this.claimTx = new TransactionTemplate(transactions);
        this.claimTx.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.tx = new TransactionTemplate(transactions);
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        this.backoff = IntervalFunction.ofExponentialRandomBackoff(properties.initialBackoff().toMillis(), 2.0, 0.5,
                properties.maxBackoff().toMillis());
    }

    @Scheduled(fixedDelayString = "${networkacademy.forwarding.poll-interval:1s}", initialDelayString = "5s")
    void tick() {
        if (!properties.enabled()) {
            return;
        }
        List<Long> due = jdbc.queryForList("SELECT id FROM lrs_target WHERE status = 'ACTIVE' AND next_attempt_at <= ?",
                Long.class, Timestamp.from(clock.instant()));
        List<java.util.concurrent.Future<?>> running = new ArrayList<>();
        for (Long id : due) {
            // Several workers per target: each claims its own batches (SKIP LOCKED), so sends overlap.
            for (int w = 0; w < properties.workers(); w++) {
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
            } catch (java.util.concurrent.ExecutionException e) {
                log.warn("Forwarding worker failed", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    /** How a batch went. */
    enum Result { DONE, EMPTY, TRANSIENT, AUTH }

    /**
     * Sends batches to one target until its queue is empty, a failure, or the time budget is spent.
     *
     * @return statements delivered (including dead-lettered ones removed from the queue)
     */
    int drain(long targetId, Duration budget) {
        LrsTarget target = targets.find(targetId).orElse(null);
        if (target == null || target.status() != LrsTarget.Status.ACTIVE) {
            return 0;
        }
        String password = targets.password(targetId);
        Instant end = clock.instant().plus(budget);
        int total = 0;
        while (clock.instant().isBefore(end)) {
            Batch batch = claimTx.execute(status -> sendOneBatch(target, password));
            total += batch.delivered() + batch.dead();
            if (batch.delivered() + batch.dead() > 0) {
                tx.executeWithoutResult(s -> jdbc.update("""
                        UPDATE lrs_target SET sent_count = sent_count + ?, last_sent_at = ?, consecutive_failures = 0
                        WHERE id = ?""", batch.delivered(), Timestamp.from(clock.instant()), targetId));
            }
            if (batch.result() == Result.EMPTY) {
                break;
            }
            if (batch.result() == Result.TRANSIENT || batch.result() == Result.AUTH) {
                fail(target, batch);
                break;
            }
        }
        return total;
    }

    private void fail(LrsTarget target, Batch batch) {
        tx.executeWithoutResult(s -> {
            int failures = jdbc.queryForObject("SELECT consecutive_failures FROM lrs_target WHERE id = ?", Integer.class, target.id()) + 1;
            long delay = backoff.apply(Math.min(failures, 30));
            String error = batch.error() == null ? null : batch.error().substring(0, Math.min(2000, batch.error().length()));
            jdbc.update("UPDATE lrs_target SET consecutive_failures = ?, next_attempt_at = ?, last_error = ?, status = ? WHERE id = ?",
                    failures, Timestamp.from(clock.instant().plusMillis(delay)), error,
                    batch.result() == Result.AUTH ? LrsTarget.Status.AUTH_FAILED.name() : target.status().name(), target.id());
            if (batch.result() == Result.AUTH) {
                log.warn("Forwarding target {} ({}) refused our credentials; paused until an admin resumes it", target.id(), target.name());
            } else {
                log.info("Forwarding target {} failed ({} in a row), retry in {} ms: {}", target.id(), failures, delay, error);
            }
        });
    }

    private record Batch(Result result, int delivered, int dead, String error) {
    }

    private record Item(long outboxId, long seq, String json) {
    }

    /** Runs inside the claim transaction: the claimed rows stay locked until commit. */
    private Batch sendOneBatch(LrsTarget target, String password) {
        List<long[]> claimed = jdbc.query("SELECT id, seq FROM lrs_outbox WHERE target_id = ? ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED",
                (rs, i) -> new long[]{rs.getLong(1), rs.getLong(2)}, target.id(), target.batchSize());
        if (claimed.isEmpty()) {
            return new Batch(Result.EMPTY, 0, 0, null);
        }
        String in = claimed.stream().map(c -> Long.toString(c[1])).collect(Collectors.joining(","));
        Map<Long, String> json = jdbc.query("SELECT seq, full_json FROM xapi_statement WHERE seq IN (" + in + ")",
                rs -> {
                    Map<Long, String> m = new java.util.HashMap<>();
                    while (rs.next()) m.put(rs.getLong(1), rs.getString(2));
                    return m;
                });
        List<Item> items = new ArrayList<>();
        for (long[] c : claimed) {
            items.add(new Item(c[0], c[1], json.get(c[1])));
        }
        Outcome outcome = new Outcome();
        deliver(target, password, items, outcome);
        if (!outcome.delivered.isEmpty()) {
            jdbc.update("DELETE FROM lrs_outbox WHERE id IN (" + outcome.delivered.stream().map(i -> Long.toString(i.outboxId()))
                    .collect(Collectors.joining(",")) + ")");
        }
        for (var dead : outcome.dead) {
            jdbc.update("INSERT IGNORE INTO lrs_dead_letter (target_id, seq, http_status, response, failed_at) VALUES (?, ?, ?, ?, ?)",
                    target.id(), dead.item().seq(), dead.status(), dead.response(), Timestamp.from(clock.instant()));
            jdbc.update("DELETE FROM lrs_outbox WHERE id = ?", dead.item().outboxId());
        }
        Result result = outcome.failure != null ? outcome.failure : Result.DONE;
        return new Batch(result, outcome.delivered.size(), outcome.dead.size(), outcome.error);
    }

    private static final class Outcome {
        final List<Item> delivered = new ArrayList<>();
        final List<Dead> dead = new ArrayList<>();
        Result failure;
        String error;
    }

    private record Dead(Item item, int status, String response) {
    }

    private void deliver(LrsTarget target, String password, List<Item> items, Outcome outcome) {
        if (outcome.failure != null || items.isEmpty()) {
            return;
        }
        String body = items.stream().map(i -> i.json() == null ? "null" : i.json()).collect(Collectors.joining(",", "[", "]"));
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(URI.create(target.endpoint() + "statements"))
                    .timeout(properties.requestTimeout())
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (target.username() + ":" + password).getBytes(StandardCharsets.UTF_8)))
                    .header("X-Experience-API-Version", target.xapiVersion())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            outcome.failure = Result.TRANSIENT;
            outcome.error = e.getClass().getSimpleName() + ": " + e.getMessage();
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
                deliver(target, password, items.subList(0, half), outcome);
                deliver(target, password, items.subList(half, items.size()), outcome);
            }
        } else {
            outcome.failure = Result.TRANSIENT;
            outcome.error = "HTTP " + status + ": " + response.body();
        }
    }
}
