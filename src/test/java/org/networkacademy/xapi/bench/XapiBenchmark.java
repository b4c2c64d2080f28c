package org.networkacademy.xapi.bench;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.networkacademy.xapi.forwarding.ForwardingService;
import org.networkacademy.xapi.forwarding.LrsTarget;
import org.networkacademy.xapi.forwarding.PeerLrs;
import org.networkacademy.xapi.lrs.AbstractLrsHttpTest;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmarks of issue 3 (not part of {@code verify}; run with {@code ./mvnw -Pbench test}):
 * ingest rate into our endpoint next to the xapi-statements peer, forwarding drain time of a
 * 100,000-statement backlog into the peer, and p95 of agent+since queries over 1,000,000 statements.
 * Figures are printed and appended to {@code target/bench-results.txt}.
 */
@Tag("bench")
class XapiBenchmark extends AbstractLrsHttpTest {

    private static final int CLIENTS = Integer.getInteger("bench.clients", 4);
    private static final int BATCHES_PER_CLIENT = Integer.getInteger("bench.batches", 50);
    private static final int BATCH = 50;
    private static final int BACKLOG = Integer.getInteger("bench.backlog", 100_000);
    /** Batch size of the forwarding target in the drain benchmark (the product's default is 50). */
    private static final int TARGET_BATCH = Integer.getInteger("bench.targetBatch", 50);
    private static final int ROWS = Integer.getInteger("bench.rows", 1_000_000);
    /** Concurrent requests of the peer-floor client (part "floor"). */
    private static final int FLOOR_CLIENTS = Integer.getInteger("bench.floorClients", 2);
    /**
     * Which parts run: any of ingest, drain, query (comma-separated; default those three), and
     * floor: the same backlog POSTed straight to a fresh peer in batches of bench.targetBatch by a
     * minimal client (no database work), the peer's own time, which no sender can beat.
     */
    private static final List<String> PARTS = List.of(System.getProperty("bench.parts", "ingest,drain,query").split(","));

    private static final List<PeerLrs> peers = new ArrayList<>();

    @Autowired
    ForwardingService forwarding;

    @AfterAll
    static void stopPeers() {
        peers.forEach(PeerLrs::close);
    }

    private static void report(String line) {
        System.out.println("BENCH " + line);
        try {
            Files.writeString(Path.of("target", "bench-results.txt"), Instant.now() + " " + line + "\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }

    private static String statement(int i) {
        return """
                {"id":"%s","actor":{"objectType":"Agent","mbox":"mailto:ingest-%d@bench.example.org","name":"Learner %d"},
                 "verb":{"id":"http://adlnet.gov/expapi/verbs/completed","display":{"en-US":"completed"}},
                 "object":{"id":"https://bench.example.org/activities/%d","definition":{"name":{"en-GB":"Lesson %d"},
                   "type":"http://adlnet.gov/expapi/activities/lesson"}},
                 "result":{"duration":"PT1H0.5S","score":{"scaled":0.75,"raw":7.5,"min":0,"max":10},"success":true,"completion":true},
                 "context":{"registration":"%s","contextActivities":{"parent":[{"id":"https://bench.example.org/course"}]},
                   "extensions":{"urn:x:y":%d}},
                 "timestamp":"2026-11-29T12:00:00.123Z"}"""
                .formatted(UUID.randomUUID(), i % 1000, i % 1000, i % 100, i % 100, UUID.randomUUID(), i);
    }

    /** @return statements per second */
    private double ingest(String url, String credentials) throws Exception {
        List<List<String>> bodies = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            List<String> mine = new ArrayList<>();
            for (int b = 0; b < BATCHES_PER_CLIENT; b++) {
                List<String> batch = new ArrayList<>();
                for (int i = 0; i < BATCH; i++) {
                    batch.add(statement((c * BATCHES_PER_CLIENT + b) * BATCH + i));
                }
                mine.add("[" + String.join(",", batch) + "]");
            }
            bodies.add(mine);
        }
        String auth = "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes());
        try (ExecutorService pool = Executors.newFixedThreadPool(CLIENTS)) {
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (List<String> mine : bodies) {
                done.add(pool.submit(() -> {
                    for (String body : mine) {
                        var r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth)
                                .header("X-Experience-API-Version", "1.0.3").header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return CLIENTS * BATCHES_PER_CLIENT * BATCH / seconds;
        }
    }

    @Test
    void benchmarks() throws Exception {
        // 1. Ingest, ours and the peer's, same statements, same clients, same run.
        if (PARTS.contains("ingest")) {
            ingestBenchmark();
        }
        // 2. Synthetic history (valid statements, stored in 2026-01), then forwarding drain of a backlog into a fresh peer.
        synthesize(0, ROWS);
        if (PARTS.contains("floor")) {
            peerFloor();
        }
        if (PARTS.contains("drain")) {
            drainBenchmark();
        }
        if (PARTS.contains("query")) {
            queryBenchmark();
        }
    }

    private void ingestBenchmark() throws Exception {
        PeerLrs ingestPeer = PeerLrs.start();
        peers.add(ingestPeer);
        ingest(uri("/xapi/statements").toString(), all); // warm-up (JIT, pools)
        ingest(ingestPeer.endpoint() + "statements", "any:any");
        double ours = ingest(uri("/xapi/statements").toString(), all);
        double theirs = ingest(ingestPeer.endpoint() + "statements", "any:any");
        report(String.format("ingest: %d clients x %d batches of %d: ours %.0f statements/s, xapi-statements peer %.0f statements/s (ratio %.2f)",
                CLIENTS, BATCHES_PER_CLIENT, BATCH, ours, theirs, ours / theirs));
        ingestPeer.close();
    }

    /** The backlog of the drain benchmark, POSTed straight to a fresh peer: the peer's own time. */
    private void peerFloor() throws Exception {
        List<String> bodies = new ArrayList<>();
        StringBuilder body = new StringBuilder("[");
        int inBody = 0;
        for (String json : jdbc.queryForList("SELECT full_json FROM xapi_statement WHERE stored <= ? ORDER BY seq LIMIT ?",
                String.class, java.sql.Timestamp.from(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(BACKLOG - 1)), BACKLOG)) {
            body.append(inBody == 0 ? "" : ",").append(json);
            if (++inBody == TARGET_BATCH) {
                bodies.add(body.append("]").toString());
                body = new StringBuilder("[");
                inBody = 0;
            }
        }
        if (inBody > 0) {
            bodies.add(body.append("]").toString());
        }
        PeerLrs floorPeer = PeerLrs.start();
        peers.add(floorPeer);
        var next = new java.util.concurrent.atomic.AtomicInteger();
        var http = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < FLOOR_CLIENTS; c++) {
                clients.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < bodies.size(); i = next.getAndIncrement()) {
                        var r = http.send(HttpRequest.newBuilder(URI.create(floorPeer.endpoint() + "statements"))
                                .header("Authorization", "Basic YW55OmFueQ==").header("X-Experience-API-Version", "1.0.3")
                                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(bodies.get(i))).build(),
                                HttpResponse.BodyHandlers.ofString());
                        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                    }
                    return null;
                }));
            }
            for (Future<?> f : clients) {
                f.get();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        report(String.format("peer floor: %d statements POSTed straight to the peer in batches of %d, %d requests in flight: %.1f s (%.0f statements/s)",
                BACKLOG, TARGET_BATCH, FLOOR_CLIENTS, seconds, BACKLOG / seconds));
        floorPeer.close();
    }

    private void drainBenchmark() throws Exception {
        PeerLrs drainPeer = PeerLrs.start();
        peers.add(drainPeer);
        LrsTarget target = forwarding.add("bench peer", drainPeer.endpoint(), "1.0.3", "any", "any", TARGET_BATCH);
        forwarding.pause(target.id());
        int queued = forwarding.backfill(target.id(), null, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(BACKLOG - 1), null);
        assertThat(queued).isEqualTo(BACKLOG);
        long start = System.nanoTime();
        forwarding.resume(target.id());
        while (forwarding.hasPending(target.id())) {
            Thread.sleep(500);
        }
        double drain = (System.nanoTime() - start) / 1e9;
        var status = forwarding.status(target.id());
        report(String.format("forwarding drain: %d statements in batches of " + TARGET_BATCH + " into the peer, %s workers: %.1f s (%.0f statements/s), dead letters %d",
                BACKLOG, System.getProperty("networkacademy.forwarding.workers", "2 (default)"), drain, BACKLOG / drain, status.deadLettered()));
        assertThat(status.deadLettered()).isZero();
        drainPeer.close();
    }

    private void queryBenchmark() throws Exception {
        // 3. Query p95: agent + since over the stored statements.
        long total = jdbc.queryForObject("SELECT COUNT(*) FROM xapi_statement", Long.class);
        List<Long> millis = new ArrayList<>();
        int[] sizes = new int[2];
        for (int i = 0; i < 320; i++) {
            int agent = ThreadLocalRandom.current().nextInt(10_000);
            Instant since = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(ThreadLocalRandom.current().nextInt(ROWS));
            String query = "?agent=" + q("{\"mbox\":\"mailto:b" + agent + "@bench.example.org\"}") + "&since=" + q(since.toString());
            long t0 = System.nanoTime();
            var r = get(query);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertThat(r.statusCode()).isEqualTo(200);
            if (i >= 20) {
                millis.add(ms);
                sizes[0] += json(r).path("statements").size();
                sizes[1]++;
            }
        }
        long[] sorted = millis.stream().mapToLong(Long::longValue).sorted().toArray();
        report(String.format("query agent+since over %d statements: %d queries, mean %.1f statements returned, p50 %d ms, p95 %d ms, p99 %d ms, max %d ms",
                total, sorted.length, sizes[0] / (double) sizes[1], sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.95)],
                sorted[(int) (sorted.length * 0.99)], Arrays.stream(sorted).max().orElse(0)));
    }

    /** Inserts synthetic, valid statements: 10,000 agents, 1,000 activities, one per second of stored time from 2026-01-01. */
    private void synthesize(int from, int to) {
        long t0 = System.nanoTime();
        for (int lo = from; lo < to; lo += 100_000) {
            int hi = Math.min(to, lo + 100_000);
            jdbc.update("""
                    INSERT INTO xapi_statement (id, actor_key, verb_id, activity_id, registration, statement_timestamp, stored,
                                                voided, xapi_version, full_json, content_hash)
                    SELECT u, CONCAT('mbox|mailto:b', n % 10000, '@bench.example.org'), 'http://adlnet.gov/expapi/verbs/experienced',
                           CONCAT('http://bench.example.org/a/', n % 1000), NULL, ts, ts, FALSE, '1.0.3',
                           CONCAT('{"id":"', u, '","actor":{"objectType":"Agent","mbox":"mailto:b', n % 10000,
                                  '@bench.example.org"},"verb":{"id":"http://adlnet.gov/expapi/verbs/experienced","display":{"en-US":"experienced"}},',
                                  '"object":{"objectType":"Activity","id":"http://bench.example.org/a/', n % 1000,
                                  '"},"result":{"duration":"PT1H0.5S","score":{"scaled":0.5}},"timestamp":"',
                                  DATE_FORMAT(ts, '%Y-%m-%dT%H:%i:%s.000Z'), '","stored":"', DATE_FORMAT(ts, '%Y-%m-%dT%H:%i:%s.000Z'),
                                  '","authority":{"objectType":"Agent","account":{"homePage":"https://academy.example.org","name":"bench"}},"version":"1.0.0"}'),
                           SHA2(u, 256)
                    FROM (SELECT seq - 1 AS n, UUID() AS u, TIMESTAMP('2026-01-01 00:00:00') + INTERVAL (seq - 1) SECOND AS ts
                          FROM seq_1_to_HI WHERE seq > LO) t""".replace("HI", Integer.toString(hi)).replace("LO", Integer.toString(lo)));
        }
        jdbc.update("""
                INSERT IGNORE INTO xapi_statement_agent (key_hash, seq, direct)
                SELECT UNHEX(SHA1(actor_key)), seq, TRUE FROM xapi_statement WHERE actor_key LIKE 'mbox|mailto:b%@bench.example.org'""");
        jdbc.update("""
                INSERT IGNORE INTO xapi_statement_activity (key_hash, seq, direct)
                SELECT UNHEX(SHA1(activity_id)), seq, TRUE FROM xapi_statement WHERE activity_id LIKE 'http://bench.example.org/a/%'""");
        report(String.format("synthesized %d statements with index rows in %.1f s", to - from, (System.nanoTime() - t0) / 1e9));
    }
}
