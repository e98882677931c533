package org.exportlicence.ekey;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a user must sign in with an e-key: the server property {@code elp.signin.ekey-required-roles}
 * lists the roles (comma-separated) that may not sign in with a password alone — in production at
 * least {@code ENTERPRISE}; empty (the default, and the demo run) allows password sign-in for everyone.
 * Read at every use, so a changed property applies at once.
 */
public final class EkeyPolicy {
    public static final String REQUIRED_ROLES = "elp.signin.ekey-required-roles";

    private EkeyPolicy() {}

    public static boolean requiredFor(Collection<String> roles) {
        Set<String> required = Arrays.stream(
                        System.getProperty(REQUIRED_ROLES, "").split(","))
                .map(String::strip)
                .filter(r -> !r.isEmpty())
                .collect(Collectors.toSet());
        return roles.stream().anyMatch(required::contains);
    }
}
