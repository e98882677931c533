package org.exportlicence.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class TimetableTest {

    @Test
    void dailyAndMonthlyTimesAndOff() {
        assertEquals(new Timetable(null, LocalTime.of(0, 5)), Timetable.parse("00:05"));
        assertEquals(new Timetable(1, LocalTime.of(3, 0)), Timetable.parse(" 1  03:00 "));
        assertNull(Timetable.parse("off"));
    }

    @Test
    void aTimetableThatIsNotOneIsRefusedWithItsText() {
        for (String bad : new String[] {"25:00", "29 03:00", "0 03:00", "x 03:00", "1 2 03:00", ""}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Timetable.parse(bad));
            assertEquals(true, e.getMessage().contains("HH:mm"), e.getMessage());
        }
    }

    @Test
    void theLatestDueTimeIsTodaysOnceItHasPassedAndYesterdaysBefore() {
        Timetable daily = Timetable.parse("00:05");
        assertEquals(LocalDateTime.of(2026, 12, 3, 0, 5), daily.latestDue(LocalDateTime.of(2026, 12, 3, 0, 5)));
        assertEquals(LocalDateTime.of(2026, 12, 2, 0, 5), daily.latestDue(LocalDateTime.of(2026, 12, 3, 0, 4, 59)));
    }

    @Test
    void aMonthlyJobIsDueOnItsDayOfThisMonthOrElseLastMonth() {
        Timetable monthly = Timetable.parse("1 03:00");
        assertEquals(LocalDateTime.of(2026, 12, 1, 3, 0), monthly.latestDue(LocalDateTime.of(2026, 12, 31, 23, 0)));
        assertEquals(LocalDateTime.of(2026, 12, 1, 3, 0), monthly.latestDue(LocalDateTime.of(2027, 1, 1, 2, 59)));
        assertEquals(LocalDateTime.of(2027, 1, 1, 3, 0), monthly.latestDue(LocalDateTime.of(2027, 1, 1, 3, 0)));
    }

    @Test
    void theScheduleFiresAtTheTimeInChina() {
        var schedule = Timetable.parse("1 03:00").schedule();
        assertEquals("3", schedule.getHour());
        assertEquals("0", schedule.getMinute());
        assertEquals("1", schedule.getDayOfMonth());
        assertEquals("Asia/Shanghai", schedule.getTimezone());
    }
}
