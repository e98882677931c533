package org.exportlicence.customs.simulator;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** How the commands write to the console: the local clock, padded columns, "-" for nothing. */
final class ConsoleFormat {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ConsoleFormat() {}

    /** Now, in customs' time zone (Asia/Shanghai). */
    static String clock() {
        return OffsetDateTime.now(Messages.ZONE).format(CLOCK);
    }

    static String pad(String s, int width) {
        String v = s == null ? "?" : s;
        return v.length() >= width ? v : v + " ".repeat(width - v.length());
    }

    static String nz(String s) {
        return s == null ? "-" : s;
    }
}
