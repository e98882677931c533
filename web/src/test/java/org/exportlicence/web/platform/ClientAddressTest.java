package org.exportlicence.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {
    private static final Set<String> BALANCER = Set.of("127.0.0.1");

    @Test
    void aRequestFromTheTrustedBalancerCountsForTheAddressItSaw() {
        assertEquals("203.0.113.7", ClientAddress.of("127.0.0.1", "203.0.113.7", BALANCER));
    }

    @Test
    void addressesTheClientWroteIntoTheHeaderItselfAreNotBelieved() {
        assertEquals("203.0.113.7", ClientAddress.of("127.0.0.1", "10.9.9.9, 203.0.113.7", BALANCER));
    }

    @Test
    void theHeaderFromAnyoneElseIsIgnored() {
        assertEquals("198.51.100.4", ClientAddress.of("198.51.100.4", "10.9.9.9", BALANCER));
        assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", "10.9.9.9", Set.of()));
    }

    @Test
    void withoutTheHeaderTheConnectionsAddress() {
        assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", null, BALANCER));
        assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", " ", BALANCER));
    }
}
