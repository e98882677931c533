package org.exportlicence.seal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The password the stored private keys are encrypted with. Taken from the server's system property
 * {@code elp.seal.keystore-password} where an operator sets one; otherwise a random one is made at
 * first start and kept in {@code ~/.export-licence/} beside the embedded database (readable by the
 * server's user only), so no key material is ever part of the project.
 */
final class KeyStorePassword {
    static final String PROPERTY = "elp.seal.keystore-password";
    private static final String FILE = "elp-seal-keystore.password";

    private KeyStorePassword() {}

    static char[] get() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return configured.toCharArray();
        }
        Path file = Path.of(System.getProperty("user.home"), ".export-licence", FILE);
        try {
            if (!Files.exists(file)) {
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                Files.createDirectories(file.getParent());
                Files.writeString(file, Base64.getEncoder().encodeToString(random), StandardCharsets.US_ASCII);
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // Not a POSIX file system: the folder's own permissions apply.
                }
            }
            return Files.readString(file, StandardCharsets.US_ASCII).strip().toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the seal key-store password " + file, e);
        }
    }
}
