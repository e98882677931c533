package org.exportlicence.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The platform's one clock. Licence dates follow the calendar in China whatever the server's zone;
 * tests replace the clock with a CDI alternative to set the date.
 */
@ApplicationScoped
public class Clocks {
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Produces
    Clock clock() {
        return Clock.system(CHINA);
    }
}
