package org.networkacademy.xapi.lrs;

import org.junit.jupiter.api.Test;
import org.networkacademy.xapi.model.XapiJson;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The LRS's request body limit (xAPI Communication §3.2: 413, default 50 MiB, {@link RequestSizeLimitFilter}) and its
 * refusal of JSON bodies that are not UTF-8 (Communication §1.4): clear answers, nothing stored.
 */
class RequestLimitsHttpTest extends AbstractLrsHttpTest {

    private static final long LIMIT = 50L * 1024 * 1024;

    /** Sends only the head of a request (no body) over a socket and returns the status line and the rest. */
    private String head(String method, String target, String... headers) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
            for (int i = 0; i < headers.length; i += 2) {
                head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
            }
            socket.getOutputStream().write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            // the answer comes while the server still expects the body: read its head, then Content-Length bytes
            InputStream in = socket.getInputStream();
            java.io.ByteArrayOutputStream read = new java.io.ByteArrayOutputStream();
            while (!read.toString(StandardCharsets.ISO_8859_1).contains("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                read.write(b);
            }
            String answerHead = read.toString(StandardCharsets.ISO_8859_1);
            var length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(answerHead);
            byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
            return answerHead + new String(body, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String basic() {
        return "Basic " + Base64.getEncoder().encodeToString(all.getBytes(StandardCharsets.UTF_8));
    }

    private long statements() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM xapi_statement", Long.class);
    }

    /** A body of {@code size} bytes: a statement array padded with JSON white space, sent chunked (no length). */
    private static HttpRequest.BodyPublisher chunked(String json, long size) {
        byte[] start = json.getBytes(StandardCharsets.UTF_8);
        InputStream spaces = new InputStream() {
            private long left = size - start.length;

            @Override
            public int read() {
                return left-- > 0 ? ' ' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) ' ');
                left -= n;
                return n;
            }
        };
        return HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(new ByteArrayInputStream(start), spaces));
    }

    private static String statement() {
        return """
                [{"id":"%s","actor":{"mbox":"mailto:limits@example.org"},"verb":{"id":"http://example.org/v"},"object":{"id":"http://example.org/a"}}]"""
                .formatted(UUID.randomUUID());
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedWith413BeforeTheBodyIsRead() {
        long before = statements();
        String answer = head("POST", "/xapi/statements", "Authorization", basic(), "X-Experience-API-Version", "2.0.0",
                "Content-Type", "application/json", "Content-Length", String.valueOf(LIMIT + 1));
        assertThat(answer).startsWith("HTTP/1.1 413");
        assertThat(answer).containsIgnoringCase("X-Experience-API-Version: 2.0.0");
        assertThat(answer).contains("50 MiB").contains(String.valueOf(LIMIT)).contains("max-request-size");
        assertThat(statements()).isEqualTo(before);
    }

    @Test
    void theLimitComesBeforeAuthenticationAndAppliesToDocumentsToo() {
        String answer = head("PUT", "/xapi/activities/state?activityId=" + q("http://example.org/a") + "&stateId=s&agent="
                        + q("{\"mbox\":\"mailto:limits@example.org\"}"),
                "X-Experience-API-Version", "1.0.3", "Content-Type", "application/octet-stream", "Content-Length", String.valueOf(LIMIT + 10));
        assertThat(answer).as("no credentials sent: still 413, nothing read").startsWith("HTTP/1.1 413");
        assertThat(answer).containsIgnoringCase("X-Experience-API-Version: 1.0.3");
    }

    @Test
    void aChunkedBodyPassingTheLimitIsRefusedWith413AndNothingIsStored() {
        long before = statements();
        HttpResponse<String> r = send(request("/xapi/statements", all, "1.0.3").header("Content-Type", "application/json")
                .POST(chunked(statement(), LIMIT + 512 * 1024)).build());
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(json(r).get("error").asString()).contains("50 MiB");
        assertThat(r.headers().firstValue("X-Experience-API-Version")).hasValue("1.0.3");
        assertThat(statements()).isEqualTo(before);
    }

    @Test
    void aChunkedAlternateSyntaxFormPassingTheLimitIsRefusedWith413() {
        long before = statements();
        String form = "Authorization=" + q(basic()) + "&X-Experience-API-Version=1.0.3&Content-Type=application%2Fjson&content="
                + q(statement());
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/xapi/statements?method=POST"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(chunked(form, LIMIT + 512 * 1024)).build());
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(statements()).isEqualTo(before);
    }

    @Test
    void aBodyJustUnderTheLimitIsTaken() {
        long before = statements();
        HttpResponse<String> r = send(request("/xapi/statements", all, "1.0.3").header("Content-Type", "application/json")
                .POST(chunked(statement(), 2L * 1024 * 1024)).build());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(statements()).isEqualTo(before + 1);
    }

    @Test
    void aStatementBodyThatIsNotUtf8IsRefusedNamingTheByteOffset() {
        long before = statements();
        byte[] good = statement().getBytes(StandardCharsets.UTF_8);
        int at = new String(good, StandardCharsets.UTF_8).indexOf("limits@");
        byte[] bad = good.clone();
        bad[at] = (byte) 0xE9; // "é" in ISO-8859-1: not UTF-8
        HttpResponse<String> r = send(request("/xapi/statements", all, "1.0.3").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bad)).build());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).get("error").asString()).contains("not UTF-8").contains("byte offset " + at);
        assertThat(statements()).isEqualTo(before);

        byte[] utf8 = new String(good, StandardCharsets.UTF_8).replace("limits@", "lémits@").getBytes(StandardCharsets.UTF_8);
        r = send(request("/xapi/statements", all, "1.0.3").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(utf8)).build());
        assertThat(r.statusCode()).as("the same text in UTF-8 is taken").isEqualTo(200);
        String id = XapiJson.readTree(new String(utf8, StandardCharsets.UTF_8)).get(0).get("id").asString();
        assertThat(json(get("?statementId=" + id)).at("/actor/mbox").asString()).isEqualTo("mailto:lémits@example.org");
    }

    @Test
    void aJsonDocumentThatIsNotUtf8IsRefusedAndNotStored() {
        String path = "/xapi/activities/state?activityId=" + q("http://example.org/a") + "&stateId=" + UUID.randomUUID()
                + "&agent=" + q("{\"mbox\":\"mailto:limits@example.org\"}");
        byte[] bad = "{\"name\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<String> r = send(request(path, all, "1.0.3").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bad)).build());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).get("error").asString()).contains("not UTF-8").contains("byte offset 12");
        assertThat(send(request(path, all, "1.0.3").GET().build()).statusCode()).as("nothing stored").isEqualTo(404);
    }
}
