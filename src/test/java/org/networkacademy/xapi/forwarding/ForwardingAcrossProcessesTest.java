package org.networkacademy.xapi.forwarding;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.networkacademy.base.config.DatabaseServer;
import org.networkacademy.xapi.lrs.AbstractLrsHttpTest;
import org.networkacademy.xapi.model.XapiJson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 3, forwarding, with the sender in real application processes (new JVMs on this test's database).
 *
 * <p>"Nothing is lost on restart or {@code kill -9}": the statements are stored and
 * queued by this test's application (its own sender is off); a second application process on the
 * same database sends them to the real peer LRS and is killed with SIGKILL in the middle of the
 * backlog; a third process takes over. Every statement arrives at the peer exactly once, with its
 * JSON intact, and the target's counters are exact.
 *
 * <p>"Two app instances on one database never send the same batch twice": see
 * {@link #twoInstancesOnOneDatabaseNeverSendTheSameBatch()}.
 */
@TestPropertySource(properties = "networkacademy.forwarding.enabled=false")
class ForwardingAcrossProcessesTest extends AbstractLrsHttpTest {

    @org.junit.jupiter.api.extension.RegisterExtension
    static final PeerLrsExtension PEER = new PeerLrsExtension();
    private final List<Process> senders = new ArrayList<>();

    @Autowired
    ForwardingService forwarding;

    @Autowired
    DatabaseServer database;

    @AfterEach
    void cleanUp() {
        senders.forEach(Process::destroyForcibly);
        jdbc.update("DELETE FROM lrs_target");
    }

    @Test
    void aSenderKilledMidBacklogLosesNothingAndSendsNothingTwice() throws Exception {
        // small batches, no catch-up: many batches, so that the kill lands in the middle of the backlog
        LrsTarget target = forwarding.add("peer", PEER.peer().endpoint(), "1.0.3", "any", "any", 20, 20);
        int total = 1500;
        List<String> statements = storeAll(total, "kill-");
        assertThat(pending(target)).isEqualTo(total);

        Process first = startSender(1);
        waitFor(Duration.ofSeconds(180), () -> pending(target) <= total - 200, first);
        first.destroyForcibly(); // SIGKILL: no shutdown hook, batches on the wire are cut off
        assertThat(first.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        long left = pending(target);
        assertThat(left).as("killed in the middle of the backlog").isPositive();

        Process second = startSender(2);
        waitFor(Duration.ofSeconds(180), () -> pending(target) == 0, second);

        Map<String, Integer> seen = new HashMap<>();
        Map<String, JsonNode> atPeer = new HashMap<>();
        for (JsonNode s : PEER.peer().statements()) {
            seen.merge(s.path("id").asString(), 1, Integer::sum);
            atPeer.put(s.path("id").asString(), s);
        }
        assertThat(seen).hasSize(total);
        assertThat(seen.values()).allMatch(n -> n == 1);
        for (String sent : statements) {
            JsonNode ours = XapiJson.readTree(sent);
            JsonNode theirs = atPeer.get(ours.path("id").asString());
            assertThat(theirs).as("statement %s at the peer", ours.path("id")).isNotNull();
            assertThat(JsonSubset.contains(ours, theirs, Set.of("stored", "authority", "version"))).isTrue();
        }
        TargetStatus status = forwarding.status(target.id());
        assertThat(status.deadLettered()).isZero();
        assertThat(status.target().sentCount()).as("a batch cut off by the kill is counted once, when it commits")
                .isEqualTo(total);
        assertThat(jdbc.queryForObject("SELECT ABS(TIMESTAMPDIFF(MINUTE, last_sent_at, UTC_TIMESTAMP())) FROM lrs_target WHERE id = ?",
                Long.class, target.id())).as("written in UTC by a process whose default zone is +05:30").isLessThan(30);
    }

    /**
     * Two application processes on one database, sending the same backlog at once to an LRS that
     * counts every statement id it receives: each id arrives once (no batch is sent by both), and
     * both processes did part of the work.
     */
    @Test
    void twoInstancesOnOneDatabaseNeverSendTheSameBatch() throws Exception {
        Map<String, Integer> received = new java.util.concurrent.ConcurrentHashMap<>();
        // The first batches are held until more are on the wire at once than one instance's two workers can
        // send: then both instances are sending. Without this, a busy machine could let the first instance to
        // tick drain the whole backlog before the other's first tick (CI clone, load 5: B sent nothing).
        var onTheWire = new java.util.concurrent.atomic.AtomicInteger();
        var bothSending = new java.util.concurrent.CountDownLatch(1);
        var server = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(16));
        server.createContext("/lrs/statements", exchange -> {
            try {
                JsonNode batch = XapiJson.readTree(new String(exchange.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                if (onTheWire.incrementAndGet() > WORKERS_PER_INSTANCE) {
                    bothSending.countDown();
                }
                // well within the senders' request timeout: a held batch is answered, never timed out and sent again
                bothSending.await(45, java.util.concurrent.TimeUnit.SECONDS);
                batch.forEach(st -> received.merge(st.path("id").asString(), 1, Integer::sum));
                Thread.sleep(20); // time on the wire, so that both instances have batches out at once
                exchange.sendResponseHeaders(200, -1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                onTheWire.decrementAndGet();
                exchange.close();
            }
        });
        server.start();
        try {
            LrsTarget target = forwarding.add("counting", "http://127.0.0.1:" + server.getAddress().getPort() + "/lrs/",
                    "1.0.3", "u", "p", 20, 20);
            int total = 3000;
            // paused until both processes are up: on a busy machine one JVM can start many seconds after the
            // other, time enough for the first to drain the whole backlog alone
            forwarding.pause(target.id());
            storeAll(total, "two-");
            Process a = startSender(3, Duration.ofSeconds(90));
            Process b = startSender(4, Duration.ofSeconds(90));
            waitFor(Duration.ofSeconds(240), () -> started(3), a);
            waitFor(Duration.ofSeconds(240), () -> started(4), b);
            forwarding.resume(target.id());
            waitFor(Duration.ofSeconds(240), () -> pending(target) == 0, a);
            assertThat(b.isAlive()).isTrue();
            assertThat(bothSending.getCount()).as("more batches on the wire at once than one instance sends").isZero();

            assertThat(received).hasSize(total);
            assertThat(received.values()).as("no statement sent twice").allMatch(n -> n == 1);
            assertThat(forwarding.status(target.id()).target().sentCount()).isEqualTo(total);
            a.destroy();
            b.destroy();
            a.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
            b.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(sentBy(3)).as("instance A sent part of the backlog").isPositive();
            assertThat(sentBy(4)).as("instance B sent part of the backlog").isPositive();
            assertThat(sentBy(3) + sentBy(4)).isEqualTo(total);
        } finally {
            server.stop(0);
        }
    }

    /** @return true once the sender process {@code n} has logged that the application started */
    private static boolean started(int n) {
        try {
            return Files.readString(Path.of("target", "forwarding-process-" + n + ".log")).contains("Started Application");
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** @return statements the sender process {@code n} reports as delivered in its log (DEBUG lines of OutboxSender) */
    private static long sentBy(int n) throws Exception {
        var pattern = java.util.regex.Pattern.compile("target \\d+: (\\d+) statements in \\d+ batches");
        var m = pattern.matcher(Files.readString(Path.of("target", "forwarding-process-" + n + ".log")));
        long sum = 0;
        while (m.find()) {
            sum += Long.parseLong(m.group(1));
        }
        return sum;
    }

    /** Stores {@code total} statements through the LRS in batches of 250 (queued for every target) and returns their JSON. */
    private List<String> storeAll(int total, String tagPrefix) {
        String tag = tagPrefix + UUID.randomUUID();
        List<String> statements = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            statements.add(statement(i, tag));
        }
        for (int b = 0; b < total; b += 250) {
            var r = send(request("/xapi/statements", all, "1.0.3").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("[" + String.join(",", statements.subList(b, b + 250)) + "]")).build());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        }
        return statements;
    }

    private long pending(LrsTarget target) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM lrs_outbox WHERE target_id = ?", Long.class, target.id());
    }

    /** Workers per target in each sender process (networkacademy.forwarding.workers, set on its command line). */
    private static final int WORKERS_PER_INSTANCE = 2;

    /** Starts the application in a new JVM on this test's database, with its sender on and a 10 s request timeout. */
    private Process startSender(int n) throws Exception {
        return startSender(n, Duration.ofSeconds(10));
    }

    /** Starts the application in a new JVM on this test's database, with its sender on. */
    private Process startSender(int n, Duration requestTimeout) throws Exception {
        String url = database.databaseUrl();
        String server = url.substring(0, url.lastIndexOf('/'));
        String dbName = jdbc.queryForObject("SELECT DATABASE()", String.class);
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path log = Path.of("target", "forwarding-process-" + n + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // a server in another time zone (+05:30): the app still writes UTC into the DATETIME columns
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Duser.timezone=Asia/Kolkata", "-cp", classPath, "org.networkacademy.Application",
                "--spring.profiles.active=test",
                "--networkacademy.database.url=" + server,
                "--networkacademy.database.name=" + dbName,
                "--networkacademy.database.drop-on-close=false",
                "--networkacademy.forwarding.enabled=true",
                "--networkacademy.forwarding.request-timeout=" + requestTimeout.toSeconds() + "s",
                "--networkacademy.forwarding.workers=" + WORKERS_PER_INSTANCE,
                "--logging.level.org.networkacademy.xapi.forwarding=debug",
                "--server.port=0");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        senders.add(p);
        return p;
    }

    private static void waitFor(Duration timeout, BooleanSupplier condition, Process sender) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (!sender.isAlive()) {
                throw new AssertionError("the sender process exited with " + sender.exitValue() + "; see target/forwarding-process-*.log");
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met within " + timeout + "; see target/forwarding-process-*.log");
            }
            Thread.sleep(50);
        }
    }

    private static String statement(int i, String runTag) {
        return """
                {"id":"%s","actor":{"objectType":"Agent","mbox":"mailto:kill-%d@example.org","name":"Learner %d"},
                 "verb":{"id":"http://adlnet.gov/expapi/verbs/completed","display":{"en-US":"completed"}},
                 "object":{"id":"https://example.org/%s/activities/%d"},
                 "result":{"duration":"PT1H0.5S","score":{"scaled":0.5}},
                 "context":{"extensions":{"urn:x:y":"%s"}},
                 "timestamp":"2026-11-29T15:%02d:%02d.123+02:00"}"""
                .formatted(UUID.randomUUID(), i, i, runTag, i, runTag, (i / 60) % 60, i % 60);
    }
}
