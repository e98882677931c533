package org.exportlicence.enterprise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import org.exportlicence.enterprise.SignInCounter.Kind;
import org.junit.jupiter.api.Test;

/** The numbers of the sign-in protection: the delay ramp, the lock and when failures are forgotten. */
class SignInPolicyTest {
    private final SignInPolicy policy = new SignInPolicy(
            5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofMillis(250), Duration.ofMillis(3000));
    private final LocalDateTime noon = LocalDateTime.of(2026, 3, 2, 12, 0);

    @Test
    void theFirstFailureIsNotSlowedThenTheDelayDoublesUpToTheCap() {
        assertEquals(0, policy.delayAfter(1, 1).toMillis());
        assertEquals(250, policy.delayAfter(2, 2).toMillis());
        assertEquals(500, policy.delayAfter(3, 3).toMillis());
        assertEquals(1000, policy.delayAfter(4, 4).toMillis());
        assertEquals(2000, policy.delayAfter(5, 5).toMillis());
        assertEquals(3000, policy.delayAfter(40, 40).toMillis());
        assertEquals(3000, policy.delayWhileLocked().toMillis());
    }

    @Test
    void anAddressIsSlowedOnlyOverItsLastFailuresBeforeItsLock() {
        assertEquals(0, policy.delayAfter(1, 15).toMillis());
        assertEquals(0, policy.delayAfter(1, 16).toMillis());
        assertEquals(250, policy.delayAfter(1, 17).toMillis());
        assertEquals(2000, policy.delayAfter(1, 20).toMillis());
    }

    @Test
    void theFifthFailureInARowLocksForFifteenMinutes() {
        SignInCounter counter = new SignInCounter(Kind.ACCOUNT, "someone");
        for (int i = 1; i < 5; i++) {
            assertFalse(counter.fail(noon.plusSeconds(i), 5, policy));
        }
        assertTrue(counter.fail(noon.plusSeconds(5), 5, policy));
        assertTrue(counter.isLocked(noon.plusMinutes(15)));
        assertFalse(counter.isLocked(noon.plusMinutes(15).plusSeconds(6)));
    }

    @Test
    void failuresOlderThanTheWindowAndRunOutLocksStartAFreshCount() {
        SignInCounter counter = new SignInCounter(Kind.ACCOUNT, "someone");
        counter.fail(noon, 5, policy);
        counter.fail(noon, 5, policy);
        counter.fail(noon.plusMinutes(16), 5, policy);
        assertEquals(1, counter.getFailures());
        for (int i = 0; i < 4; i++) {
            counter.fail(noon.plusMinutes(17), 5, policy);
        }
        assertTrue(counter.isLocked(noon.plusMinutes(17)));
        assertFalse(counter.fail(noon.plusMinutes(33), 5, policy));
        assertEquals(1, counter.getFailures());
    }

    @Test
    void anOverlongUsernameIsClippedToTheColumn() {
        assertEquals(64, SignInCounter.subjectOf("x".repeat(500)).length());
    }
}
