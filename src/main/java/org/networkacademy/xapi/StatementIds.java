package org.networkacademy.xapi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Deterministic statement ids: RFC 4122 name-based UUIDs, version 5 (SHA-1), so that re-sending
 * the same learning event can never create a second statement (xAPI 1.0.3 Data §2.4.1 allows
 * the LRS to receive the id from the client).
 */
public final class StatementIds {

    /** Namespace UUID of Network Academy statements (fixed forever). */
    public static final UUID NAMESPACE = UUID.fromString("6f1c7a52-3b0e-4f4a-9a57-5b7e2d8c4e10");

    private StatementIds() {
    }

    /**
     * @param registration the enrolment's registration UUID
     * @param verbId       the verb IRI
     * @param objectId     the object's activity IRI
     * @param attempt      what tells repeated events apart (attempt UUID, "1" for once-only events)
     * @return the UUID v5 of {@code registration|verb|object|attempt} in {@link #NAMESPACE}
     */
    public static UUID of(String registration, String verbId, String objectId, String attempt) {
        return nameUuidV5(NAMESPACE, registration + "|" + verbId + "|" + objectId + "|" + attempt);
    }

    /** RFC 4122 §4.3 name-based UUID with SHA-1 (version 5). */
    static UUID nameUuidV5(UUID namespace, String name) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(toBytes(namespace));
            sha1.update(name.getBytes(StandardCharsets.UTF_8));
            byte[] h = sha1.digest();
            h[6] = (byte) ((h[6] & 0x0f) | 0x50); // version 5
            h[8] = (byte) ((h[8] & 0x3f) | 0x80); // IETF variant
            long msb = 0;
            long lsb = 0;
            for (int i = 0; i < 8; i++) msb = (msb << 8) | (h[i] & 0xff);
            for (int i = 8; i < 16; i++) lsb = (lsb << 8) | (h[i] & 0xff);
            return new UUID(msb, lsb);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required by every Java runtime", e);
        }
    }

    private static byte[] toBytes(UUID uuid) {
        byte[] b = new byte[16];
        long msb = uuid.getMostSignificantBits();
        long lsb = uuid.getLeastSignificantBits();
        for (int i = 0; i < 8; i++) b[i] = (byte) (msb >>> (8 * (7 - i)));
        for (int i = 0; i < 8; i++) b[8 + i] = (byte) (lsb >>> (8 * (7 - i)));
        return b;
    }
}
