package org.exportlicence.it.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.exportlicence.platform.Clocks;

/**
 * The platform's one clock, made settable for tests: deployed inside the EJB module of test
 * deployments only, it replaces the production clock (a CDI alternative with priority) and tells
 * the real time unless a test fixes the instant.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class TestClocks {
    private static volatile Instant fixed;

    /** From now on every service sees this instant as "now"; {@link #release()} undoes it. */
    public static void fixAt(Instant instant) {
        fixed = instant;
    }

    public static void release() {
        fixed = null;
    }

    @Produces
    Clock clock() {
        return new SettableClock(Clocks.CHINA);
    }

    /** Reads the fixed instant at every call, so beans that hold the clock see changes at once. */
    private static final class SettableClock extends Clock {
        private final ZoneId zone;

        SettableClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new SettableClock(other);
        }

        @Override
        public Instant instant() {
            Instant at = fixed;
            return at != null ? at : Instant.now();
        }
    }
}
