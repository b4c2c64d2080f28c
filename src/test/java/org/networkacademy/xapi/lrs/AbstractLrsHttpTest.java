package org.networkacademy.xapi.lrs;

import org.junit.jupiter.api.BeforeEach;
import org.networkacademy.xapi.model.XapiJson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Set;

/**
 * Base of LRS tests through real HTTP on a random port (the whole filter chain: version filter,
 * Spring Security, MVC) against the test run's MariaDB database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class AbstractLrsHttpTest {

    protected static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    protected int port;
    @Autowired
    protected LrsClientService clients;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected org.springframework.context.ApplicationContext applicationContext;

    /** Full-scope credentials "key:secret" for the test. */
    protected String all;

    @BeforeEach
    void issueCredentials() {
        // This context's static security-context strategy (other test contexts install their own).
        org.springframework.security.core.context.SecurityContextHolder.setContextHolderStrategy(applicationContext.getBean(
                org.springframework.security.core.context.SecurityContextHolderStrategy.class));
        // LRS credentials and forwarding targets are managed by admins only (@RolesAllowed):
        // the test's own service calls run as an admin; HTTP requests authenticate themselves.
        asAdmin();
        var issued = clients.issue("test client", Set.of(LrsScope.ALL));
        all = issued.client().key() + ":" + issued.secret();
    }

    /** Runs this thread's service calls as a programme admin. */
    protected static void asAdmin() {
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated("test-admin", null,
                        java.util.List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_ADMIN"))));
    }

    @org.junit.jupiter.api.AfterEach
    void clearAuthentication() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }

    protected String credentials(String... scopes) {
        var issued = clients.issue("scoped client", Set.of(scopes));
        return issued.client().key() + ":" + issued.secret();
    }

    protected URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    protected static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    protected HttpRequest.Builder request(String pathAndQuery, String credentials, String version) {
        var b = HttpRequest.newBuilder(uri(pathAndQuery));
        if (credentials != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        if (version != null) {
            b.header("X-Experience-API-Version", version);
        }
        return b;
    }

    protected HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected HttpResponse<String> post(String json) {
        return send(request("/xapi/statements", all, "1.0.3").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    protected HttpResponse<String> put(String id, String json) {
        return send(request("/xapi/statements?statementId=" + id, all, "1.0.3").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    protected HttpResponse<String> get(String query) {
        return send(request("/xapi/statements" + query, all, "1.0.3").GET().build());
    }

    protected static JsonNode json(HttpResponse<String> response) {
        return XapiJson.readTree(response.body());
    }

    protected static String testData(String path) {
        try {
            return Files.readString(Path.of("src/test/resources/xapi-testdata", path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected static byte[] testBytes(String path) {
        try {
            return Files.readAllBytes(Path.of("src/test/resources/xapi-testdata", path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
