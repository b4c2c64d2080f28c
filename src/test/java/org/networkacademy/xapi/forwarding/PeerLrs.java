package org.networkacademy.xapi.forwarding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A real peer LRS on loopback for tests: Learning Locker's statement service, npm package
 * {@code xapi-statements@5.0.1} (see ../shared/TOOLCHAIN.md), installed on first use into
 * {@code target/peer-lrs} (never committed) and run with node, in memory, bound to 127.0.0.1.
 * It speaks xAPI 1.0.3 at {@code http://127.0.0.1:<port>/xAPI/} and accepts any credentials.
 */
public final class PeerLrs implements AutoCloseable {

    private static final Path DIR = Path.of("target", "peer-lrs").toAbsolutePath();
    private static final String PACKAGE = "xapi-statements@5.0.1";

    private final int port;
    private Process process;

    private PeerLrs(int port) {
        this.port = port;
    }

    /** Installs (once) and starts the peer on a free port; waits until it answers. */
    public static PeerLrs start() {
        install();
        PeerLrs peer = new PeerLrs(freePort());
        peer.launch();
        return peer;
    }

    /** @return true when node and npm are on the PATH */
    public static boolean nodeAvailable() {
        try {
            return new ProcessBuilder("node", "--version").start().waitFor() == 0
                    && new ProcessBuilder("npm", "--version").start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static synchronized void install() {
        Path entry = DIR.resolve("node_modules/xapi-statements/dist/index.js");
        try {
            Files.createDirectories(DIR);
            // node -r preload: listen(port) → listen(port, "127.0.0.1") so the peer is never exposed.
            Files.writeString(DIR.resolve("bind-loopback.js"), """
                    const net = require('net'); const listen = net.Server.prototype.listen;
                    net.Server.prototype.listen = function (...a) {
                      if ((typeof a[0] === 'number' || typeof a[0] === 'string') && (a.length === 1 || typeof a[1] === 'function')) a.splice(1, 0, '127.0.0.1');
                      return listen.apply(this, a);
                    };
                    """);
            if (Files.exists(entry)) {
                return;
            }
            Process npm = new ProcessBuilder("npm", "install", "--prefix", DIR.toString(), "--no-save", "--no-audit",
                    "--no-fund", PACKAGE).redirectErrorStream(true).redirectOutput(DIR.resolve("npm-install.log").toFile()).start();
            if (!npm.waitFor(10, TimeUnit.MINUTES) || npm.exitValue() != 0 || !Files.exists(entry)) {
                throw new IllegalStateException("npm install " + PACKAGE + " failed; see " + DIR.resolve("npm-install.log"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void launch() {
        try {
            var pb = new ProcessBuilder("node", "-r", DIR.resolve("bind-loopback.js").toString(),
                    DIR.resolve("node_modules/xapi-statements/dist/index.js").toString())
                    .directory(DIR.toFile()) // it writes storage/ and accessLogs/ into its working directory
                    .redirectErrorStream(true).redirectOutput(DIR.resolve("peer-" + port + ".log").toFile());
            pb.environment().put("MODELS_REPO", "memory");
            pb.environment().put("STORAGE_REPO", "memory");
            pb.environment().put("AUTH_REPO", "test");
            pb.environment().put("EVENTS_REPO", "test");
            pb.environment().put("EXPRESS_PORT", Integer.toString(port));
            process = pb.start();
            HttpClient http = HttpClient.newHttpClient();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                try {
                    var r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/xAPI/about"))
                            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // starting
                }
                if (!process.isAlive()) {
                    throw new IllegalStateException("peer LRS exited; see " + DIR.resolve("peer-" + port + ".log"));
                }
                Thread.sleep(250);
            }
            throw new IllegalStateException("peer LRS did not start within 60 s");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** @return the peer's node process, e.g. to read its CPU time */
    public ProcessHandle process() {
        return process.toHandle();
    }

    /** @return the xAPI endpoint, ending with {@code /} */
    public String endpoint() {
        return "http://127.0.0.1:" + port + "/xAPI/";
    }

    /** Larger than any test or benchmark stores in the peer: {@link #statements()} reads one page. */
    private static final int READ_LIMIT = 1_000_000;

    /**
     * Reads every statement the peer holds, as xAPI 1.0.3, in one page.
     *
     * <p>Not page by page: the peer's {@code more} cursor is unreliable. Its in-memory store sorts by
     * {@code stored} but pages with {@code _id < cursor}, and {@code _id} is a version-1 UUID whose
     * first field (the low 32 bits of the clock) wraps every 429.5 s; a read whose statements span
     * a wrap silently skipped hundreds of them (CI: 1180 of 1500 read back, all 1500 delivered).
     *
     * @return the statements in the peer's order, one entry per statement it returned (a duplicate would show twice)
     * @throws IllegalStateException when the peer does not answer 200, or holds more than one page
     */
    public java.util.List<tools.jackson.databind.JsonNode> statements() throws java.io.IOException, InterruptedException {
        var all = new java.util.ArrayList<tools.jackson.databind.JsonNode>();
        var http = java.net.http.HttpClient.newHttpClient();
        var r = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(endpoint()).resolve("statements?limit=" + READ_LIMIT))
                        .header("Authorization", "Basic YW55OmFueQ==").header("X-Experience-API-Version", "1.0.3").build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("peer answered " + r.statusCode() + ": " + r.body());
        }
        var page = org.networkacademy.xapi.model.XapiJson.readTree(r.body());
        page.path("statements").forEach(all::add);
        if (!page.path("more").asString("").isEmpty()) {
            throw new IllegalStateException("the peer holds more than " + READ_LIMIT + " statements; its paging is unreliable");
        }
        return all;
    }

    /**
     * Stops the peer process (SIGSTOP): it neither answers nor loses its in-memory statements, so
     * from the sender's side it is down (requests time out) until {@link #resume()}.
     */
    public void suspend() {
        signal("STOP");
    }

    /** Starts the stopped process again (SIGCONT). */
    public void resume() {
        signal("CONT");
    }

    private void signal(String name) {
        try {
            if (new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).start().waitFor() != 0) {
                throw new IllegalStateException("kill -" + name + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            resume();
            process.destroy();
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
