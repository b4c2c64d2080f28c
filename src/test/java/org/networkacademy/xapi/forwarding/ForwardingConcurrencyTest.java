package org.networkacademy.xapi.forwarding;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.networkacademy.xapi.lrs.AbstractLrsHttpTest;
import org.networkacademy.xapi.model.XapiJson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several senders on one database — the application's scheduled one and two more instances, each
 * with several workers — drain one target's queue into a loopback LRS that counts the statement ids
 * it accepts, answering some requests 503 (nothing stored, retried later): every statement is
 * accepted exactly once, the queue ends empty and the sent counter is exact.
 */
class ForwardingConcurrencyTest extends AbstractLrsHttpTest {

    private static final int STATEMENTS = 1_200;
    private static final int WORKERS_PER_INSTANCE = 3;

    @Autowired
    ForwardingService forwarding;
    @Autowired
    CredentialCipher cipher;
    @Autowired
    ForwardingProperties properties;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Clock clock;
    @Autowired
    org.networkacademy.xapi.lrs.AttachmentStore attachments;

    @Autowired
    OutboxSender scheduledSender;

    private HttpServer lrs;
    private ExecutorService lrsThreads;
    private final Map<String, AtomicInteger> accepted = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    /** When set, each request waits for a permit before answering: batches stay on the wire. */
    private volatile java.util.concurrent.Semaphore hold;

    @BeforeEach
    void startCountingLrs() throws IOException {
        lrs = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        lrsThreads = Executors.newFixedThreadPool(16);
        lrs.setExecutor(lrsThreads);
        lrs.createContext("/lrs/statements", exchange -> {
            int now = inFlight.incrementAndGet();
            maxInFlight.accumulateAndGet(now, Math::max);
            try {
                JsonNode batch = XapiJson.readTree(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                var gate = hold;
                if (gate != null) {
                    gate.acquire();
                    exchange.sendResponseHeaders(200, -1);
                    return;
                }
                Thread.sleep(ThreadLocalRandom.current().nextInt(2, 12)); // time on the wire, so that batches overlap
                int status = ThreadLocalRandom.current().nextInt(20) == 0 ? 503 : 200;
                if (status == 200) {
                    for (JsonNode s : batch) {
                        accepted.computeIfAbsent(s.path("id").asString(), k -> new AtomicInteger()).incrementAndGet();
                    }
                } else {
                    refused.incrementAndGet();
                }
                exchange.sendResponseHeaders(status, -1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inFlight.decrementAndGet();
                exchange.close();
            }
        });
        lrs.start();
        jdbc.update("DELETE FROM lrs_target");
    }

    @AfterEach
    void stopLrs() {
        lrs.stop(0);
        lrsThreads.shutdownNow();
        jdbc.update("DELETE FROM lrs_target");
    }

    @Test
    void concurrentSendersNeverSendAStatementTwice() throws Exception {
        // batches of 7 and no catch-up: many small batches, so that many are on the wire at once and the 5 % of 503s hit some
        LrsTarget target = forwarding.add("counting", "http://127.0.0.1:" + lrs.getAddress().getPort() + "/lrs/", "1.0.3",
                "u", "p", 7, 7);
        forwarding.pause(target.id());
        List<String> ids = new ArrayList<>();
        for (int b = 0; b < STATEMENTS; b += 50) {
            StringBuilder batch = new StringBuilder("[");
            for (int i = b; i < b + 50; i++) {
                String id = UUID.randomUUID().toString();
                ids.add(id);
                batch.append(i == b ? "" : ",").append("""
                        {"id":"%s","actor":{"mbox":"mailto:concurrency@example.org"},"verb":{"id":"http://example.org/v"},
                         "object":{"id":"http://example.org/a/%d"}}""".formatted(id, i));
            }
            var r = send(request("/xapi/statements", all, "1.0.3").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(batch.append("]").toString())).build());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        }
        assertThat(forwarding.status(target.id()).pending()).isEqualTo(STATEMENTS);

        // Two more sender instances beside the application's scheduled one (which starts at resume).
        var mine = new ForwardingProperties(properties.key(), properties.pollInterval(), properties.requestTimeout(),
                Duration.ofMillis(20), Duration.ofMillis(200), false, WORKERS_PER_INSTANCE, WORKERS_PER_INSTANCE);
        List<OutboxSender> senders = List.of(new OutboxSender(jdbc, cipher, mine, clock, transactions, attachments),
                new OutboxSender(jdbc, cipher, mine, clock, transactions, attachments));
        long uncertainBefore = scheduledSender.uncertainStatements();
        forwarding.resume(target.id());
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> workers = new ArrayList<>();
            for (OutboxSender sender : senders) {
                for (int w = 0; w < WORKERS_PER_INSTANCE; w++) {
                    workers.add(pool.submit(() -> {
                        while (forwarding.hasPending(target.id()) && System.nanoTime() < deadline) {
                            sender.drain(target.id(), Duration.ofSeconds(5));
                            Thread.sleep(10); // after a 503 the target backs off; try again when it is due
                        }
                        return null;
                    }));
                }
            }
            for (Future<?> w : workers) {
                w.get();
            }
        } finally {
            senders.forEach(OutboxSender::stop);
        }

        TargetStatus after = forwarding.status(target.id());
        assertThat(after.pending()).isZero();
        assertThat(after.deadLettered()).isZero();
        assertThat(maxInFlight.get()).as("batches were on the wire at the same time").isGreaterThanOrEqualTo(2);
        assertThat(refused.get()).as("some requests were refused with 503 and retried").isPositive();
        assertThat(accepted.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        // one copy each, bar resends of batches whose outcome a sender could not know (a POST that timed out after
        // sending on a loaded machine, or a rollback after the answer): those each sender reports
        long uncertain = scheduledSender.uncertainStatements() - uncertainBefore
                + senders.stream().mapToLong(OutboxSender::uncertainStatements).sum();
        long repeats = accepted.values().stream().mapToLong(n -> n.get() - 1).sum();
        assertThat(repeats).as("copies beyond the first (only resends after an unknown outcome)").isLessThanOrEqualTo(uncertain);
        assertThat(after.target().sentCount()).isEqualTo(STATEMENTS);
    }

    /**
     * Admin actions on a target while one of its batches is on the wire (its rows locked) wait for
     * the batch to commit and then succeed: no deadlock with the sender's bookkeeping.
     */
    @Test
    void backfillAndDeleteWaitForTheBatchOnTheWire() throws Exception {
        for (int i = 0; i < 120; i++) { // history for the backfill
            json(post("""
                    {"actor":{"mbox":"mailto:history@example.org"},"verb":{"id":"http://example.org/v"},"object":{"id":"http://example.org/h/%d"}}"""
                    .formatted(i)));
        }
        hold = new java.util.concurrent.Semaphore(0);
        LrsTarget target = forwarding.add("held", "http://127.0.0.1:" + lrs.getAddress().getPort() + "/lrs/", "1.0.3",
                "u", "p", 50);
        // three statements queued for the target (in one POST)
        json(post("[" + String.join(",", java.util.stream.IntStream.range(0, 3).mapToObj(i -> """
                {"actor":{"mbox":"mailto:held@example.org"},"verb":{"id":"http://example.org/v"},"object":{"id":"http://example.org/held/%d"}}"""
                .formatted(i)).toList()) + "]"));
        try (ExecutorService admin = Executors.newSingleThreadExecutor()) {
            // the scheduled sender's batch is on the wire; its two workers start on the same tick, and SKIP LOCKED
            // may give each a part of the three statements, so there may be two batches
            waitFor(() -> inFlight.get() >= 1);
            Thread.sleep(200);
            int onTheWire = inFlight.get();
            Future<Integer> backfill = admin.submit(() -> {
                asAdmin();
                return forwarding.backfill(target.id(), null, null, null);
            });
            Thread.sleep(300); // the backfill now waits for the claimed rows
            hold.release(onTheWire); // only those batches are answered
            assertThat(backfill.get(30, java.util.concurrent.TimeUnit.SECONDS)).isGreaterThanOrEqualTo(120);

            waitFor(() -> inFlight.get() >= 1); // a batch of the backfilled history is on the wire
            Future<?> delete = admin.submit(() -> {
                asAdmin();
                forwarding.delete(target.id());
                return null;
            });
            Thread.sleep(300);
            hold.release(1000);
            delete.get(30, java.util.concurrent.TimeUnit.SECONDS);
        } finally {
            hold.release(1000);
            hold = null;
        }
        assertThat(forwarding.find(target.id())).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM lrs_outbox WHERE target_id = ?", Long.class, target.id())).isZero();
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met within 30 s");
            }
            Thread.sleep(20);
        }
    }
}
