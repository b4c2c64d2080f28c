package org.networkacademy.xapi.forwarding;

import org.springframework.stereotype.Component;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Encrypts target credentials with AES-256-GCM under the key from {@code NA_FORWARDING_KEY}
 * (random 96-bit nonce per value; stored as Base64 of nonce + ciphertext + tag). The key never
 * touches the database; without it, stored credentials cannot be read.
 */
@Component
class CredentialCipher {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final SecretKeySpec key;

    CredentialCipher(ForwardingProperties properties) {
        byte[] raw = properties.key().isBlank() ? null : Base64.getDecoder().decode(properties.key().strip());
        if (raw != null && raw.length != 32) {
            throw new IllegalStateException("NA_FORWARDING_KEY must be Base64 of 32 bytes (e.g. `openssl rand -base64 32`)");
        }
        this.key = raw == null ? null : new SecretKeySpec(raw, "AES");
    }

    String encrypt(String plain) {
        requireKey();
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] ct = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + ct.length).put(nonce).put(ct).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt", e);
        }
    }

    String decrypt(String stored) {
        requireKey();
        try {
            byte[] all = Base64.getDecoder().decode(stored);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, 12));
            return new String(c.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new KeyProblem("cannot decrypt the target's credentials: was NA_FORWARDING_KEY changed? Set the key they were saved with, or enter the password again", e);
        }
    }

    private void requireKey() {
        if (key == null) {
            throw new KeyProblem("forwarding needs NA_FORWARDING_KEY (Base64 of 32 random bytes) to protect target credentials", null);
        }
    }

    /** The forwarding key is missing, or is not the one the credentials were encrypted with. */
    static final class KeyProblem extends IllegalStateException {
        KeyProblem(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
