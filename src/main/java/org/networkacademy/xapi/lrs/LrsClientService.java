package org.networkacademy.xapi.lrs;

import jakarta.annotation.security.RolesAllowed;
import org.networkacademy.account.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Issues, lists, revokes and checks LRS client credentials ({@code lrs_client}). Secrets are stored
 * as BCrypt hashes and shown only once, when issued.
 *
 * <p>BCrypt costs tens of milliseconds by design; a statement POST must not pay it every time. A
 * successful check is remembered as SHA-256(secret) for the same stored hash, in memory only; the
 * row (and so revocation) is still read on every request.
 */
@Service
public class LrsClientService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final Map<String, String> verified = new ConcurrentHashMap<>();

    LrsClientService(JdbcTemplate jdbc, PasswordEncoder passwordEncoder, Clock clock) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** Credentials as issued: the secret is only known at this moment. */
    public record IssuedCredentials(LrsClient client, String secret) {
    }

    /** Longest client name: the size of {@code lrs_client.name} (V10__lrs.sql). */
    public static final int MAX_NAME_LENGTH = 200;

    /**
     * Issues credentials with a random key and secret.
     *
     * @param name   label, stored without surrounding blanks
     * @param scopes scopes from {@link LrsScope#KNOWN}
     * @return the client and its secret (shown once)
     * @throws IllegalArgumentException for a blank name or one longer than {@link #MAX_NAME_LENGTH}, or no or an unknown scope
     */
    @Transactional
    @RolesAllowed(Role.Names.ADMIN)
    public IssuedCredentials issue(String name, Set<String> scopes) {
        return issue(name, scopes, random(15), random(30));
    }

    /**
     * Issues credentials with a given key and secret (demo client).
     *
     * @throws IllegalArgumentException for a blank name or one longer than {@link #MAX_NAME_LENGTH}, no or an unknown
     *                                  scope, or a key in use
     */
    @Transactional
    public IssuedCredentials issue(String name, Set<String> scopes, String key, String secret) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        name = name.strip();
        if (scopes == null) {
            throw new IllegalArgumentException("scopes must be some of " + LrsScope.KNOWN + ", got none");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("name must be at most " + MAX_NAME_LENGTH + " characters");
        }
        if (scopes.isEmpty() || !LrsScope.KNOWN.containsAll(scopes)) {
            throw new IllegalArgumentException("scopes must be some of " + LrsScope.KNOWN + ", got " + scopes);
        }
        if (findByKey(key).isPresent()) {
            throw new IllegalArgumentException("key already in use");
        }
        jdbc.update("INSERT INTO lrs_client (api_key, secret_hash, name, scopes, active, created_at) VALUES (?, ?, ?, ?, TRUE, ?)",
                key, passwordEncoder.encode(secret), name, String.join(" ", scopes), Timestamp.from(clock.instant()));
        return new IssuedCredentials(findByKey(key).orElseThrow(), secret);
    }

    /** @return every client, newest first */
    @Transactional(readOnly = true)
    @RolesAllowed(Role.Names.ADMIN)
    public List<LrsClient> list() {
        return jdbc.query("SELECT * FROM lrs_client ORDER BY id DESC", (rs, i) -> map(rs));
    }

    /** @return the client with this key, active or not */
    @Transactional(readOnly = true)
    public Optional<LrsClient> findByKey(String key) {
        return jdbc.query("SELECT * FROM lrs_client WHERE api_key = ?", rs -> rs.next() ? Optional.of(map(rs)) : Optional.empty(), key);
    }

    /**
     * Revokes a client: its credentials stop working at the next request. An already revoked client keeps the time
     * it was first revoked.
     *
     * @param id the client id
     * @return true when this call revoked it; false when it was already revoked (or there is no such client)
     */
    @Transactional
    @RolesAllowed(Role.Names.ADMIN)
    public boolean revoke(long id) {
        return jdbc.update("UPDATE lrs_client SET active = FALSE, revoked_at = ? WHERE id = ? AND active = TRUE",
                Timestamp.from(clock.instant()), id) > 0;
    }

    /**
     * Checks Basic credentials.
     *
     * @param key    the user name sent
     * @param secret the password sent
     * @return the active client, or empty when unknown, revoked or the secret is wrong
     */
    public Optional<LrsClient> authenticate(String key, String secret) {
        record Row(LrsClient client, String hash) {
        }
        Optional<Row> row = jdbc.query("SELECT * FROM lrs_client WHERE api_key = ? AND active = TRUE",
                rs -> rs.next() ? Optional.of(new Row(map(rs), rs.getString("secret_hash"))) : Optional.empty(), key);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        String cacheKey = key + "\u0000" + row.get().hash();
        String digest = sha256(secret);
        if (MessageDigest.isEqual(digest.getBytes(StandardCharsets.UTF_8),
                verified.getOrDefault(cacheKey, "").getBytes(StandardCharsets.UTF_8))) {
            return Optional.of(row.get().client());
        }
        if (passwordEncoder.matches(secret, row.get().hash())) {
            verified.put(cacheKey, digest);
            return Optional.of(row.get().client());
        }
        return Optional.empty();
    }

    private static LrsClient map(ResultSet rs) throws SQLException {
        Set<String> scopes = Arrays.stream(rs.getString("scopes").split(" ")).filter(s -> !s.isBlank())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return new LrsClient(rs.getLong("id"), rs.getString("api_key"), rs.getString("name"), scopes,
                rs.getBoolean("active"), rs.getTimestamp("created_at").toInstant());
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String sha256(String s) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
