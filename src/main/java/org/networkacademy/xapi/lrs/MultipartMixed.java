package org.networkacademy.xapi.lrs;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads and writes {@code multipart/mixed} bodies as xAPI uses them for attachments (xAPI 1.0.3
 * Communication §1.5.2, RFC 2046 §5.1): the first part is the statement(s) as JSON, each further
 * part one payload with an {@code X-Experience-API-Hash} header.
 */
final class MultipartMixed {

    /** One part: lower-cased header names and the raw bytes. */
    record BodyPart(Map<String, String> headers, byte[] body) {
    }

    private MultipartMixed() {
    }

    /**
     * @param contentType the request's Content-Type with its {@code boundary} parameter
     * @return the boundary
     * @throws LrsRequestException 400 if there is none
     */
    static String boundary(String contentType) {
        for (String param : contentType.split(";")) {
            String p = param.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                String b = p.substring("boundary=".length()).strip();
                if (b.length() >= 2 && b.startsWith("\"") && b.endsWith("\"")) {
                    b = b.substring(1, b.length() - 1);
                }
                if (!b.isEmpty()) {
                    return b;
                }
            }
        }
        throw new LrsRequestException(400, "Content-Type: multipart/mixed needs a boundary parameter");
    }

    /**
     * @throws LrsRequestException 400 for a body that is not well-formed multipart
     */
    static List<BodyPart> parse(byte[] body, String boundary) {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        List<BodyPart> parts = new ArrayList<>();
        int pos = indexOf(body, delimiter, 0);
        if (pos < 0) {
            throw new LrsRequestException(400, "multipart/mixed: boundary not found in the body");
        }
        while (true) {
            int after = pos + delimiter.length;
            if (after + 1 < body.length && body[after] == '-' && body[after + 1] == '-') {
                break; // close delimiter
            }
            int lineEnd = indexOf(body, new byte[]{'\r', '\n'}, after);
            if (lineEnd < 0) {
                throw new LrsRequestException(400, "multipart/mixed: missing close delimiter");
            }
            int headersEnd = indexOf(body, new byte[]{'\r', '\n', '\r', '\n'}, lineEnd);
            int next = indexOf(body, ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1), lineEnd);
            if (next < 0) {
                throw new LrsRequestException(400, "multipart/mixed: missing close delimiter");
            }
            Map<String, String> headers = new LinkedHashMap<>();
            int bodyStart;
            if (headersEnd < 0 || headersEnd > next) {
                bodyStart = lineEnd + 2; // no headers
            } else {
                String head = new String(body, lineEnd + 2, headersEnd - lineEnd - 2, StandardCharsets.ISO_8859_1);
                for (String line : head.split("\r\n")) {
                    int colon = line.indexOf(':');
                    if (colon > 0) {
                        headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
                    }
                }
                bodyStart = headersEnd + 4;
            }
            byte[] content = java.util.Arrays.copyOfRange(body, Math.min(bodyStart, next), next);
            parts.add(new BodyPart(headers, content));
            pos = next + 2;
        }
        return parts;
    }

    /** Writes parts with CRLF line ends and the given boundary. */
    static byte[] write(String boundary, List<BodyPart> parts) {
        var out = new ByteArrayOutputStream();
        for (BodyPart part : parts) {
            out.writeBytes(("--" + boundary + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            part.headers().forEach((k, v) -> out.writeBytes((k + ": " + v + "\r\n").getBytes(StandardCharsets.ISO_8859_1)));
            out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.writeBytes(part.body());
            out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
