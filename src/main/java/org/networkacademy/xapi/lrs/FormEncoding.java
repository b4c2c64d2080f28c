package org.networkacademy.xapi.lrs;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Strict decoding of query strings and {@code application/x-www-form-urlencoded} bodies for the LRS: a
 * {@code %} must start two hex digits (RFC 3986 §2.1) and the decoded bytes must be UTF-8 (xAPI 1.0.3
 * Communication §1.4). The servlet container fails on such input while reading parameters (500); the LRS
 * decodes itself so that it can answer 400 naming the parameter.
 */
final class FormEncoding {

    private FormEncoding() {
    }

    /** A parameter whose name or value is not decodable. */
    static final class MalformedException extends RuntimeException {
        private final String parameter;

        MalformedException(String parameter, String message) {
            super(message);
            this.parameter = parameter;
        }

        /** @return the parameter's name as sent (still encoded when the name itself is at fault) */
        String parameter() {
            return parameter;
        }
    }

    /**
     * @param encoded a query string or form body ({@code a=1&b=%7B…}); null or empty gives no parameters
     * @return the decoded parameters in order, each with its values
     * @throws MalformedException naming the first parameter with a malformed escape or non-UTF-8 bytes
     */
    static Map<String, List<String>> parse(String encoded) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return params;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String rawName = eq < 0 ? pair : pair.substring(0, eq);
            String name = decode(rawName, rawName);
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1), name);
            params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return params;
    }

    /** Decodes one name or value ({@code +} is a space); {@code parameter} names it in the error. */
    private static String decode(String s, String parameter) {
        if (s.indexOf('%') < 0 && s.indexOf('+') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                int hi = i + 1 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
                int lo = i + 2 < s.length() ? Character.digit(s.charAt(i + 2), 16) : -1;
                if (hi < 0 || lo < 0) {
                    String escape = s.substring(i, Math.min(s.length(), i + 3));
                    throw new MalformedException(parameter, "malformed percent-encoding \"" + escape
                            + "\": % must be followed by two hexadecimal digits (RFC 3986 2.1)");
                }
                bytes.write(hi << 4 | lo);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
                    utf8 = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.writeBytes(utf8);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedException(parameter, "the percent-encoded bytes are not UTF-8 (xAPI Communication 1.4)");
        }
    }
}
