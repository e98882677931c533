package org.exportlicence.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.exportlicence.ekey.EKeys;
import org.exportlicence.ekey.IssuedEkey;

/**
 * An e-key for every demo user, written where the server property {@code elp.demo-ekeys} names (the run
 * command's domain only: the test suite's e-key lists start empty), so that sign-in with the e-key can be tried
 * at once: {@code <user>.p12} per user and {@code passwords.txt} with the password of each file. Issued and
 * downloaded through {@link EKeys} like an administrator's, so the audit trail and the one download hold.
 */
final class DemoEkeys {
    /** The folder the demo e-keys are written to; set by the run command's domain only. */
    static final String PROPERTY = "elp.demo-ekeys";

    private static final Logger LOG = Logger.getLogger(DemoEkeys.class.getName());

    private final EKeys ekeys;

    DemoEkeys(EKeys ekeys) {
        this.ekeys = ekeys;
    }

    void issue(List<String> usernames, Path folder) {
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        List<String> passwords = new ArrayList<>();
        passwords.add("# 演示用户的电子钥匙 / demo users' e-keys: <user>.p12 opens with the password beside its name");
        try {
            Files.createDirectories(folder);
            for (String username : usernames) {
                IssuedEkey issued =
                        ekeys.issue(username, today, today.plusYears(1).minusDays(1), "演示用户的电子钥匙（bin/platform run）");
                Files.write(folder.resolve(username + ".p12"), ekeys.download(issued.id()));
                passwords.add(username + "\t" + issued.password());
            }
            Files.write(folder.resolve("passwords.txt"), passwords, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The demo e-keys cannot be written to " + folder, e);
        }
        LOG.info(() -> "Demo e-keys of " + usernames.size() + " users written to " + folder);
    }
}
