package org.exportlicence.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.exportlicence.platform.Clocks;
import org.exportlicence.platform.FieldError;
import org.exportlicence.platform.ValidationException;
import org.junit.jupiter.api.Test;

class StartParametersTest {
    /** 2026-12-03 10:00 in China. */
    private static final Clock CLOCK = Clock.fixed(
            LocalDateTime.of(2026, 12, 3, 10, 0).atZone(Clocks.CHINA).toInstant(), Clocks.CHINA);

    @Test
    void eachJobTakesItsOwnParameters() {
        assertEquals(List.of(Jobs.DATE), StartParameters.of(Jobs.LICENCE_EXPIRY));
        assertEquals(List.of(Jobs.YEAR), StartParameters.of(Jobs.QUOTA_RECONCILIATION));
        assertEquals(List.of(Jobs.MONTH, Jobs.REPLACE), StartParameters.of(Jobs.MONTHLY_REPORT));
    }

    @Test
    void emptyFieldsTakeTheValuesOfAScheduledRunNow() {
        assertEquals(props("date", "2026-12-03"), check(Jobs.LICENCE_EXPIRY, Map.of("date", " ")));
        assertEquals(props("year", "2026"), check(Jobs.QUOTA_RECONCILIATION, Map.of()));
        assertEquals(props("month", "2026-11"), check(Jobs.MONTHLY_REPORT, Map.of("replace", "false")));
    }

    @Test
    void validValuesAreKeptAndOnlyTrueReplaces() {
        assertEquals(props("date", "2026-08-02"), check(Jobs.LICENCE_EXPIRY, Map.of("date", "2026-08-02")));
        assertEquals(props("date", "2026-12-03"), check(Jobs.LICENCE_EXPIRY, Map.of("date", "2026-12-03")));
        assertEquals(props("year", "2027"), check(Jobs.QUOTA_RECONCILIATION, Map.of("year", "2027")));
        assertEquals(
                props("month", "2026-10", "replace", "true"),
                check(Jobs.MONTHLY_REPORT, Map.of("month", "2026-10", "replace", "true")));
    }

    @Test
    void badValuesAreRefusedEachBesideItsField() {
        assertRefused(Jobs.LICENCE_EXPIRY, Map.of("date", "2026-2-30"), "date", "batch.jobs.error.date");
        assertRefused(Jobs.LICENCE_EXPIRY, Map.of("date", "2026-02-30"), "date", "batch.jobs.error.date");
        assertRefused(Jobs.LICENCE_EXPIRY, Map.of("date", "2026-12-04"), "date", "batch.jobs.error.dateFuture");
        assertRefused(Jobs.QUOTA_RECONCILIATION, Map.of("year", "26"), "year", "batch.jobs.error.year");
        assertRefused(Jobs.QUOTA_RECONCILIATION, Map.of("year", "2028"), "year", "batch.jobs.error.yearRange");
        assertRefused(Jobs.QUOTA_RECONCILIATION, Map.of("year", "1999"), "year", "batch.jobs.error.yearRange");
        assertRefused(Jobs.MONTHLY_REPORT, Map.of("month", "2026-13"), "month", "batch.jobs.error.month");
        assertRefused(Jobs.MONTHLY_REPORT, Map.of("month", "2026-12"), "month", "batch.jobs.error.monthNotClosed");
    }

    @Test
    void anotherJobsParameterIsRefused() {
        assertRefused(Jobs.LICENCE_EXPIRY, Map.of("month", "2026-10"), "month", "batch.jobs.error.notAParameter");
        // An empty field of another job's is no parameter at all.
        assertEquals(props("date", "2026-12-03"), check(Jobs.LICENCE_EXPIRY, Map.of("month", "", "date", "")));
    }

    @Test
    void everyRefusedFieldIsReportedAtOnce() {
        ValidationException e = assertThrows(
                ValidationException.class,
                () -> check(Jobs.MONTHLY_REPORT, Map.of("month", "x", "date", "2026-01-01")));
        assertEquals(2, e.errors().size(), e.errors().toString());
    }

    private static Properties check(String job, Map<String, String> given) {
        return StartParameters.check(job, given, CLOCK);
    }

    private static void assertRefused(String job, Map<String, String> given, String field, String key) {
        ValidationException e = assertThrows(ValidationException.class, () -> check(job, given));
        FieldError error = e.errors().get(0);
        assertEquals(field, error.field());
        assertEquals(key, error.messageKey());
    }

    private static Properties props(String... pairs) {
        Properties p = new Properties();
        for (int i = 0; i < pairs.length; i += 2) {
            p.setProperty(pairs[i], pairs[i + 1]);
        }
        return p;
    }
}
