package org.exportlicence.enterprise;

import java.util.Map;

/**
 * How passwords are hashed: PBKDF2 with HMAC-SHA256. The stored hash names its own algorithm and
 * iterations, so raising the count here applies to new passwords without breaking old ones.
 */
public final class PasswordPolicy {
    public static final Map<String, String> HASH_PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "120000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    private PasswordPolicy() {}
}
