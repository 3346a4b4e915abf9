package dev.flinkctl.local.msf.domain;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Opaque {@code ConditionalToken} values: 24 random bytes, base64 (the model's pattern is
 * {@code [a-zA-Z0-9-_+/=]+}, 1-512 characters).
 */
final class ConditionalTokens {
    private static final SecureRandom RANDOM = new SecureRandom();

    private ConditionalTokens() {}

    static String next() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
