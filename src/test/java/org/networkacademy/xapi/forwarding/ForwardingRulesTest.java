package org.networkacademy.xapi.forwarding;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.networkacademy.xapi.lrs.AbstractLrsHttpTest;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sender rules against a scripted LRS on loopback: 401 pauses the target, 5xx is retried with
 * backoff, 409 counts as delivered; backfill queues the history for a new target.
 */
class ForwardingRulesTest extends AbstractLrsHttpTest {

    @Autowired
    ForwardingService forwarding;

    private HttpServer server;
    private final AtomicInteger status = new AtomicInteger(200);
    private final List<String> bodies = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/lrs/statements", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] answer = ("{\"status\":" + status.get() + "}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        jdbc.update("DELETE FROM lrs_target");
    }

    @AfterEach
    void stopStub() {
        server.stop(0);
        jdbc.update("DELETE FROM lrs_target");
    }

    private String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/lrs/";
    }

    private void store(int n) {
        StringBuilder batch = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            batch.append(i == 0 ? "" : ",").append("""
                    {"actor":{"mbox":"mailto:rules@example.org"},"verb":{"id":"http://example.org/v"},"object":{"id":"http://example.org/%s"}}"""
                    .formatted(UUID.randomUUID()));
        }
        var r = send(request("/xapi/statements", all, "1.0.3").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(batch.append("]").toString())).build());
        assertThat(r.statusCode()).isEqualTo(200);
    }

    @Test
    void unauthorizedPausesTheTargetAndKeepsTheQueue() throws InterruptedException {
        status.set(401);
        LrsTarget target = forwarding.add("stub", endpoint(), "1.0.3", "u", "wrong", 10);
        store(3);
        waitFor(() -> forwarding.find(target.id()).orElseThrow().status() == LrsTarget.Status.AUTH_FAILED);
        assertThat(forwarding.status(target.id()).pending()).isEqualTo(3);
        int calls = bodies.size();
        Thread.sleep(500);
        assertThat(bodies).hasSize(calls); // paused: no more attempts
        status.set(200);
        forwarding.resume(target.id());
        waitFor(() -> forwarding.status(target.id()).pending() == 0);
        assertThat(forwarding.find(target.id()).orElseThrow().sentCount()).isEqualTo(3);
    }

    @Test
    void serverErrorsAreRetriedAndConflictMeansDelivered() throws InterruptedException {
        status.set(503);
        LrsTarget target = forwarding.add("stub", endpoint(), "2.0.0", "u", "p", 10);
        store(1);
        waitFor(() -> bodies.size() >= 3);
        var during = forwarding.status(target.id());
        assertThat(during.pending()).isEqualTo(1);
        assertThat(during.target().consecutiveFailures()).isGreaterThanOrEqualTo(2);
        assertThat(during.target().lastError()).contains("503");
        status.set(409);
        waitFor(() -> forwarding.status(target.id()).pending() == 0);
        assertThat(forwarding.status(target.id()).deadLettered()).isZero();
    }

    @Test
    void backfillSendsTheHistoryToANewTarget() throws InterruptedException {
        store(25);
        long stored = jdbc.queryForObject("SELECT COUNT(*) FROM xapi_statement", Long.class);
        LrsTarget target = forwarding.add("late", endpoint(), "1.0.3", "u", "p", 50);
        forwarding.pause(target.id());
        assertThat(forwarding.backfill(target.id(), null, null, null)).isEqualTo((int) stored);
        assertThat(forwarding.backfill(target.id(), null, null, null)).as("not queued twice").isZero();
        forwarding.resume(target.id());
        waitFor(() -> forwarding.status(target.id()).pending() == 0);
        assertThat(forwarding.find(target.id()).orElseThrow().sentCount()).isEqualTo(stored);
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met within 30 s");
            }
            Thread.sleep(100);
        }
    }
}
