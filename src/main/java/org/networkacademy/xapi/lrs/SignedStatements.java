package org.networkacademy.xapi.lrs;

import org.networkacademy.xapi.model.XapiJson;
import org.networkacademy.xapi.model.XapiJsonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Checks signed statements (xAPI 1.0.3 Data §2.6): the signature attachment is a JWS compact
 * serialisation with alg RS256/RS384/RS512 whose payload matches the statement (ignoring the
 * properties an LRS sets and the attachments); when the JWS header carries {@code x5c}, the
 * signature is verified with the first certificate's public key.
 */
final class SignedStatements {

    private static final Map<String, String> ALGORITHMS = Map.of(
            "RS256", "SHA256withRSA", "RS384", "SHA384withRSA", "RS512", "SHA512withRSA");
    private static final JsonMapper SORTED = XapiJson.MAPPER.rebuild().enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED).build();
    private static final List<String> LRS_SET = List.of("id", "stored", "authority", "version", "timestamp", "attachments");

    private SignedStatements() {
    }

    static void verify(ObjectNode statement, AttachmentStore.Part part, String where) {
        if (!"application/octet-stream".equals(statement.path("attachments").isArray() ? contentType(statement, part) : "")) {
            throw new LrsRequestException(400, where + ".contentType: a signature must be application/octet-stream (Data 2.6)");
        }
        String jws = new String(part.content(), StandardCharsets.US_ASCII).strip();
        String[] pieces = jws.split("\\.");
        if (pieces.length != 3) {
            throw new LrsRequestException(400, where + ": the signature is not a JWS compact serialisation (Data 2.6)");
        }
        JsonNode header;
        JsonNode payload;
        try {
            header = XapiJson.readTree(new String(Base64.getUrlDecoder().decode(pieces[0]), StandardCharsets.UTF_8));
            payload = XapiJson.readTree(new String(Base64.getUrlDecoder().decode(pieces[1]), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | XapiJsonException e) {
            throw new LrsRequestException(400, where + ": the JWS header or payload is not Base64url JSON (Data 2.6)");
        }
        String algorithm = ALGORITHMS.get(header.path("alg").asString(""));
        if (algorithm == null) {
            throw new LrsRequestException(400, where + ": JWS alg must be RS256, RS384 or RS512 (Data 2.6)");
        }
        if (!(payload instanceof ObjectNode p) || !comparable(p).equals(comparable(statement))) {
            throw new LrsRequestException(400, where + ": the JWS payload does not match the statement (Data 2.6)");
        }
        JsonNode x5c = header.path("x5c");
        if (x5c.isArray() && !x5c.isEmpty()) {
            try {
                var cert = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
                        new ByteArrayInputStream(Base64.getMimeDecoder().decode(x5c.get(0).asString(""))));
                Signature signature = Signature.getInstance(algorithm);
                signature.initVerify(cert.getPublicKey());
                signature.update((pieces[0] + "." + pieces[1]).getBytes(StandardCharsets.US_ASCII));
                if (!signature.verify(Base64.getUrlDecoder().decode(pieces[2]))) {
                    throw new LrsRequestException(400, where + ": the JWS signature does not verify (Data 2.6)");
                }
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                throw new LrsRequestException(400, where + ": the JWS signature cannot be verified: " + e.getMessage());
            }
        }
    }

    private static String contentType(ObjectNode statement, AttachmentStore.Part part) {
        for (JsonNode a : statement.path("attachments")) {
            if (part.sha2().equalsIgnoreCase(a.path("sha2").asString(""))) {
                return a.path("contentType").asString("");
            }
        }
        return "";
    }

    private static String comparable(ObjectNode s) {
        ObjectNode copy = s.deepCopy();
        copy.remove(LRS_SET);
        hundredths(copy.path("result"));
        hundredths(copy.path("object").path("result"));
        return SORTED.writeValueAsString(copy);
    }

    private static final java.util.regex.Pattern SECONDS = java.util.regex.Pattern.compile("(\\d+)(?:\\.(\\d*))?S$");

    /**
     * 2.0.0 §4.2.7: durations compare at 0.01 second precision, so a signature over {@code PT0.12S} matches
     * a statement carrying {@code PT0.1237S}; the seconds are cut (not rounded) to two decimals.
     */
    private static void hundredths(JsonNode result) {
        if (result instanceof ObjectNode r && r.path("duration").isString()) {
            String duration = r.get("duration").asString();
            var m = SECONDS.matcher(duration);
            if (m.find()) {
                String fraction = ((m.group(2) == null ? "" : m.group(2)) + "00").substring(0, 2);
                r.put("duration", duration.substring(0, m.start()) + m.group(1) + "." + fraction + "S");
            }
        }
    }
}
