package org.networkacademy.xapi.lrs;

import org.junit.jupiter.api.Test;
import org.networkacademy.xapi.model.XapiJson;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Query strings and alternate-syntax form bodies with a malformed {@code %} escape or non-UTF-8 bytes
 * (RFC 3986 §2.1, xAPI 1.0.3 Communication §1.4, §1.3): 400 naming the parameter, with the version header,
 * never the container's 500.
 */
class MalformedEscapeHttpTest extends AbstractLrsHttpTest {

    /** A raw HTTP answer (java.net.http refuses to send a malformed URI, so requests go over a socket). */
    private record Raw(int status, Map<String, String> headers, String body) {
        JsonNode json() {
            return XapiJson.readTree(body);
        }
    }

    /** Sends one HTTP/1.1 request as written (target not checked or re-encoded) and reads the answer. */
    private Raw raw(String method, String target, String body, String... headers) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
            for (int i = 0; i < headers.length; i += 2) {
                head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
            }
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            head.append("Content-Length: ").append(content.length).append("\r\n\r\n");
            socket.getOutputStream().write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(content);
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int end = response.indexOf("\r\n\r\n");
            String[] lines = response.substring(0, end).split("\r\n");
            Map<String, String> names = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                names.put(lines[i].substring(0, colon).strip(), lines[i].substring(colon + 1).strip());
            }
            String payload = response.substring(end + 4);
            if ("chunked".equalsIgnoreCase(names.get("Transfer-Encoding"))) {
                payload = dechunk(payload);
            }
            return new Raw(Integer.parseInt(lines[0].split(" ")[1]), names, payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String dechunk(String chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (true) {
            int eol = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, eol).strip().toLowerCase(Locale.ROOT), 16);
            if (size == 0) {
                return out.toString(StandardCharsets.UTF_8);
            }
            out.writeBytes(chunked.substring(eol + 2, eol + 2 + size).getBytes(StandardCharsets.UTF_8));
            at = eol + 2 + size + 2;
        }
    }

    private String basic() {
        return "Basic " + Base64.getEncoder().encodeToString(all.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertRefused(Raw r, String parameter, String version) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.headers().get("X-Experience-API-Version")).isEqualTo(version);
        assertThat(r.headers().get("Content-Type")).startsWith("application/json");
        assertThat(r.json().path("error").asString()).startsWith(parameter + ": ").contains("percent-encod");
    }

    /** Many xAPI clients put the agent's JSON into the query unescaped: the LRS reads it (not Tomcat's HTML 400). */
    @Test
    void unescapedJsonInTheQueryStringIsRead() {
        String mbox = "mailto:raw-" + java.util.UUID.randomUUID() + "@example.org";
        var stored = post("""
                {"actor":{"mbox":"%s"},"verb":{"id":"http://example.org/v"},"object":{"id":"http://example.org/a"}}""".formatted(mbox));
        assertThat(stored.statusCode()).isEqualTo(200);
        Raw r = raw("GET", "/xapi/statements?agent={\"mbox\":\"" + mbox + "\"}", null, "Authorization", basic(),
                "X-Experience-API-Version", "1.0.3");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("statements")).hasSize(1);
        assertThat(r.json().at("/statements/0/actor/mbox").asString()).isEqualTo(mbox);

        Raw bad = raw("GET", "/xapi/statements?agent={not-json}", null, "Authorization", basic(), "X-Experience-API-Version", "1.0.3");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("error").asString()).contains("agent");
    }

    @Test
    void malformedEscapeInTheQueryStringIs400NamingTheParameter() {
        assertRefused(raw("GET", "/xapi/statements?agent=%zz", null, "Authorization", basic(), "X-Experience-API-Version", "1.0.3"),
                "agent", "1.0.3");
        assertRefused(raw("GET", "/xapi/statements?verb=http%3A%2F%2Fexample.org&registration=%2", null,
                "Authorization", basic(), "X-Experience-API-Version", "2.0.0"), "registration", "2.0.0");
        // Escapes well-formed, but the bytes are not UTF-8.
        assertRefused(raw("GET", "/xapi/statements?agent=%C3%28", null, "Authorization", basic(), "X-Experience-API-Version", "1.0.3"),
                "agent", "1.0.3");
        // Other resources and methods, with or without credentials or version: the same answer.
        assertRefused(raw("GET", "/xapi/activities/state?activityId=%zz&stateId=x", null, "Authorization", basic(),
                "X-Experience-API-Version", "1.0.3"), "activityId", "1.0.3");
        assertRefused(raw("PUT", "/xapi/statements?statementId=%g1", "{}", "Content-Type", "application/json"), "statementId", "1.0.3");
        // Well-formed, the same request is answered as usual.
        Raw ok = raw("GET", "/xapi/statements?agent=" + q("{\"mbox\":\"mailto:ok@example.org\"}"), null,
                "Authorization", basic(), "X-Experience-API-Version", "1.0.3");
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
    }

    @Test
    void malformedEscapeInTheAlternateSyntaxFormIs400() {
        String form = "Content-Type";
        assertRefused(raw("POST", "/xapi/statements?method=GET", "agent=%zz&Authorization=" + q(basic()) + "&X-Experience-API-Version=1.0.3",
                form, "application/x-www-form-urlencoded", "X-Experience-API-Version", "1.0.3"), "agent", "1.0.3");
        assertRefused(raw("POST", "/xapi/statements?method=%zz", "Authorization=" + q(basic()) + "&X-Experience-API-Version=1.0.3",
                form, "application/x-www-form-urlencoded"), "method", "1.0.3");
        // The same form, well-formed, is a query.
        Raw ok = raw("POST", "/xapi/statements?method=GET", "agent=" + q("{\"mbox\":\"mailto:ok@example.org\"}")
                + "&Authorization=" + q(basic()) + "&X-Experience-API-Version=1.0.3", form, "application/x-www-form-urlencoded");
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(ok.json().path("statements").isArray()).isTrue();
    }
}
