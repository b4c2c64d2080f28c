package org.networkacademy.xapi.lrs;

import org.networkacademy.xapi.model.XapiJson;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The opaque {@code more} token of a statements page (xAPI 1.0.3 Communication §2.1.3 StatementResult):
 * the original query parameters, the storage position reached and an expiry, signed with HMAC-SHA256
 * under a per-installation key kept in the database (so tokens survive restarts and work on every
 * instance). Valid for {@link #VALIDITY} (the spec asks for at least 24 hours).
 */
@Component
class MoreCursor {

    static final Duration VALIDITY = Duration.ofDays(7);
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    /** A decoded token. */
    record Position(Map<String, String> params, long afterSeq, long clientId) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private volatile byte[] key;

    MoreCursor(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    String encode(Map<String, String> params, long afterSeq, long clientId) {
        ObjectNode node = XapiJson.MAPPER.createObjectNode();
        ObjectNode p = node.putObject("p");
        params.forEach((k, v) -> {
            if (!k.equals("more")) p.put(k, v);
        });
        node.put("s", afterSeq);
        node.put("c", clientId);
        node.put("x", clock.instant().plus(VALIDITY).getEpochSecond());
        String body = B64.encodeToString(node.toString().getBytes(StandardCharsets.UTF_8));
        return body + "." + B64.encodeToString(mac(body));
    }

    /**
     * @throws LrsRequestException 400 for a token that is malformed, forged, expired or someone else's
     */
    Position decode(String token, long clientId) {
        int dot = token.indexOf('.');
        if (dot < 0) {
            throw new LrsRequestException(400, "more: not a token issued by this LRS");
        }
        String body = token.substring(0, dot);
        byte[] sig;
        try {
            sig = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw new LrsRequestException(400, "more: not a token issued by this LRS");
        }
        if (!MessageDigest.isEqual(sig, mac(body))) {
            throw new LrsRequestException(400, "more: not a token issued by this LRS");
        }
        JsonNode node = XapiJson.readTree(new String(Base64.getUrlDecoder().decode(body), StandardCharsets.UTF_8));
        if (Instant.ofEpochSecond(node.path("x").asLong()).isBefore(clock.instant())) {
            throw new LrsRequestException(400, "more: the token has expired; run the query again");
        }
        if (node.path("c").asLong() != clientId) {
            throw new LrsRequestException(400, "more: the token was issued to other credentials");
        }
        Map<String, String> params = new LinkedHashMap<>();
        node.path("p").properties().forEach(e -> params.put(e.getKey(), e.getValue().asString()));
        return new Position(params, node.path("s").asLong(), clientId);
    }

    private byte[] mac(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] key() {
        byte[] k = key;
        if (k == null) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            jdbc.update("INSERT IGNORE INTO lrs_secret (name, value) VALUES ('more-cursor', ?)", B64.encodeToString(fresh));
            String stored = jdbc.queryForObject("SELECT value FROM lrs_secret WHERE name = 'more-cursor'", String.class);
            k = key = Base64.getUrlDecoder().decode(stored);
        }
        return k;
    }
}
