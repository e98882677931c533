package org.exportlicence.batch;

import jakarta.ejb.ScheduleExpression;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * When a job falls due, as a server property gives it: {@code HH:mm} every day, {@code D HH:mm} on
 * day D of every month (1–28), or {@code off}. Times are China's (the server runs in Asia/Shanghai).
 */
public record Timetable(Integer dayOfMonth, LocalTime time) {
    public static final String ZONE = "Asia/Shanghai";

    /** Parses a property's value; null for {@code off}. */
    public static Timetable parse(String text) {
        String value = text.strip();
        if (value.equalsIgnoreCase("off")) {
            return null;
        }
        String[] parts = value.split("\\s+");
        try {
            if (parts.length == 1) {
                return new Timetable(null, LocalTime.parse(parts[0]));
            }
            int day = Integer.parseInt(parts[0]);
            if (parts.length == 2 && day >= 1 && day <= 28) {
                return new Timetable(day, LocalTime.parse(parts[1]));
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("Not a job timetable (HH:mm, D HH:mm or off): " + text, e);
        }
        throw new IllegalArgumentException("Not a job timetable (HH:mm, D HH:mm or off): " + text);
    }

    /** The EJB calendar schedule that fires at these times. */
    public ScheduleExpression schedule() {
        return new ScheduleExpression()
                .second(time.getSecond())
                .minute(time.getMinute())
                .hour(time.getHour())
                .dayOfMonth(dayOfMonth == null ? "*" : String.valueOf(dayOfMonth))
                .month("*")
                .year("*")
                .timezone(ZONE);
    }

    /** The latest due time at or before {@code now}. */
    public LocalDateTime latestDue(LocalDateTime now) {
        if (dayOfMonth == null) {
            LocalDateTime today = now.toLocalDate().atTime(time);
            return today.isAfter(now) ? today.minusDays(1) : today;
        }
        LocalDateTime thisMonth = now.toLocalDate().withDayOfMonth(dayOfMonth).atTime(time);
        return thisMonth.isAfter(now) ? thisMonth.minusMonths(1) : thisMonth;
    }
}
