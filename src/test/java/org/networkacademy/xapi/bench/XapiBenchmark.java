package org.networkacademy.xapi.bench;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.networkacademy.xapi.forwarding.ForwardingService;
import org.networkacademy.xapi.forwarding.LrsTarget;
import org.networkacademy.xapi.forwarding.PeerLrs;
import org.networkacademy.xapi.lrs.AbstractLrsHttpTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

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
 * 100,000-statement backlog into the peer, p95 of agent+since queries over 1,000,000 statements,
 * and the live heap of a JSON Lines export ({@code -Dbench.parts=export}).
 * Figures are printed and appended to {@code target/bench-results.txt}.
 */
@Tag("bench")
// the product's request timeout (the test profile's 2 s would time out big catch-up batches on a loaded machine)
@TestPropertySource(properties = "networkacademy.forwarding.request-timeout=30s")
class XapiBenchmark extends AbstractLrsHttpTest {

    private static final int CLIENTS = Integer.getInteger("bench.clients", 4);
    private static final int BATCHES_PER_CLIENT = Integer.getInteger("bench.batches", 50);
    private static final int BATCH = 50;
    private static final int BACKLOG = Integer.getInteger("bench.backlog", 100_000);
    /** Batch size of the forwarding target in the drain benchmark (the product's default is 50). */
    private static final int TARGET_BATCH = Integer.getInteger("bench.targetBatch", 50);
    /** The drain target's catch-up batch size (default: the product's default for TARGET_BATCH; = TARGET_BATCH turns catch-up off). */
    private static final int TARGET_CATCH_UP = Integer.getInteger("bench.catchUp", ForwardingService.defaultCatchUp(TARGET_BATCH));
    private static final int ROWS = Integer.getInteger("bench.rows", 1_000_000);
    /**
     * Warm-up rounds of the ingest benchmark on our LRS (the peer always gets one: its cost per request grows with what it
     * stores); more rounds leave less JIT compilation in the measured round.
     */
    private static final int INGEST_WARM_UPS = Integer.getInteger("bench.ingestWarmUps", 1);
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
        if (PARTS.contains("export")) {
            exportBenchmark();
        }
    }

    /**
     * 4. Export memory: JSON Lines of a tenth of the synthetic history, then of all of it. The live heap
     * (used right after a full GC, sampled every 250 ms while the export streams) must not grow with
     * the number of statements exported.
     */
    private void exportBenchmark() throws Exception {
        String until = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(ROWS / 10).toString();
        exportOnce("a tenth", "?until=" + q(until));
        exportOnce("all", "");
    }

    private void exportOnce(String label, String query) throws Exception {
        var memory = java.lang.management.ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        var peak = new java.util.concurrent.atomic.AtomicLong();
        var done = new java.util.concurrent.atomic.AtomicBoolean();
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!done.get()) {
                System.gc();
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long t0 = System.nanoTime();
        var response = HTTP.send(HttpRequest.newBuilder(uri("/xapi/export/statements.jsonl" + query))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(all.getBytes())).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        long lines = 0;
        long bytes = 0;
        try (var in = new java.io.BufferedInputStream(response.body(), 1 << 16)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                bytes += n;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') lines++;
                }
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        done.set(true);
        sampler.join();
        assertThat(response.statusCode()).isEqualTo(200);
        report(String.format("export %s: %d statements, %.1f MB of JSON Lines in %.1f s (%.0f statements/s); live heap during export "
                        + "%.1f MB above the %.1f MB before it (largest of %s samples after a full GC)",
                label, lines, bytes / 1e6, seconds, lines / seconds, Math.max(0, peak.get() - baseline) / 1e6, baseline / 1e6,
                seconds < 0.25 ? "1" : Long.toString(Math.round(seconds / 0.25))));
    }

    private void ingestBenchmark() throws Exception {
        PeerLrs ingestPeer = PeerLrs.start();
        peers.add(ingestPeer);
        for (int i = 0; i < INGEST_WARM_UPS; i++) {
            ingest(uri("/xapi/statements").toString(), all); // warm-up (JIT, pools)
        }
        ingest(ingestPeer.endpoint() + "statements", "any:any");
        Cpu cpu = new Cpu(ingestPeer.process());
        double ours = ingest(uri("/xapi/statements").toString(), all);
        String oursCpu = cpu.next();
        double theirs = ingest(ingestPeer.endpoint() + "statements", "any:any");
        String theirsCpu = cpu.next();
        report(String.format("ingest: %d clients x %d batches of %d: ours %.0f statements/s, xapi-statements peer %.0f statements/s (ratio %.2f)",
                CLIENTS, BATCHES_PER_CLIENT, BATCH, ours, theirs, ours / theirs));
        report("ingest CPU ms per 1,000 statements, ours: " + oursCpu + "; peer: " + theirsCpu);
        ingestPeer.close();
    }

    /**
     * CPU time used between two calls by this JVM (our LRS and the benchmark's clients), the MariaDB server (when it runs
     * on this machine and its CPU time is readable) and the peer's node process: less sensitive to the machine's load
     * than the rates.
     */
    private static final class Cpu {
        private final ProcessHandle peer;
        private final ProcessHandle database = ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/mariadbd") || c.endsWith("/mysqld")).orElse(false))
                .findFirst().orElse(null);
        private long jvm;
        private long db;
        private long node;

        Cpu(ProcessHandle peer) {
            this.peer = peer;
            next();
        }

        private static long nanos(ProcessHandle p) {
            return p == null ? -1 : p.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(-1L);
        }

        /** @return the CPU ms per 1,000 ingested statements since the last call */
        String next() {
            long jvmNow = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime();
            long dbNow = nanos(database);
            long nodeNow = nanos(peer);
            double per = CLIENTS * BATCHES_PER_CLIENT * BATCH / 1000.0;
            String line = String.format("JVM %.0f, MariaDB %s, node %.0f", (jvmNow - jvm) / 1e6 / per,
                    dbNow < 0 || db < 0 ? "n/a" : String.format("%.0f", (dbNow - db) / 1e6 / per), (nodeNow - node) / 1e6 / per);
            jvm = jvmNow;
            db = dbNow;
            node = nodeNow;
            return line;
        }
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
        LrsTarget target = forwarding.add("bench peer", drainPeer.endpoint(), "1.0.3", "any", "any", TARGET_BATCH, TARGET_CATCH_UP);
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
        report(String.format("forwarding drain: %d statements in batches of " + TARGET_BATCH + " (catch-up up to " + TARGET_CATCH_UP
                        + ") into the peer, %s workers: %.1f s (%.0f statements/s), dead letters %d",
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
        SyntheticStatements.insert(jdbc, from, to);
        report(String.format("synthesized %d statements with index rows in %.1f s", to - from, (System.nanoTime() - t0) / 1e9));
    }
}
