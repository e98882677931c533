package org.exportlicence.web.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address a request came from, as sign-in protection counts it. Behind the cluster's balancer every
 * request arrives from the balancer's address: counted by that, one visitor's wrong passwords would lock
 * every visitor out. So when the request comes from a trusted proxy (server property
 * {@code elp.trusted-proxies}, addresses separated by commas; none by default) the address is the last one
 * that proxy added to X-Forwarded-For — the earlier ones are whatever the client chose to send.
 */
final class ClientAddress {
    static final String TRUSTED_PROXIES = "elp.trusted-proxies";

    private ClientAddress() {}

    static String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trustedProxies());
    }

    static String of(String remote, String forwardedFor, Set<String> trusted) {
        if (forwardedFor == null || !trusted.contains(remote)) {
            return remote;
        }
        String[] hops = forwardedFor.split(",");
        String last = hops[hops.length - 1].strip();
        return last.isEmpty() ? remote : last;
    }

    private static Set<String> trustedProxies() {
        return Arrays.stream(System.getProperty(TRUSTED_PROXIES, "").split(","))
                .map(String::strip)
                .filter(a -> !a.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
