package org.exportlicence.batch;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.exportlicence.platform.FieldError;
import org.exportlicence.platform.ValidationException;

/**
 * The parameters an operator may give a job started from 批处理作业: each job only its own
 * ({@link #of}), each checked with a message beside its field. An empty field takes the value a
 * scheduled run would take now (today, this year, last month), written out, so that the execution
 * and the audit trail say what the run was for.
 */
final class StartParameters {
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final int FIRST_YEAR = 2000;

    private StartParameters() {}

    /** The parameters {@code job} takes, in the order of its start form. */
    static List<String> of(String job) {
        return switch (job) {
            case Jobs.LICENCE_EXPIRY -> List.of(Jobs.DATE);
            case Jobs.QUOTA_RECONCILIATION -> List.of(Jobs.YEAR);
            case Jobs.MONTHLY_REPORT -> List.of(Jobs.MONTH, Jobs.REPLACE);
            default -> List.of();
        };
    }

    /** The job parameters of a start, or every refused field at once; nothing starts on a refusal. */
    static Properties check(String job, Map<String, String> given, Clock clock) {
        List<String> own = of(job);
        List<FieldError> errors = new ArrayList<>();
        Properties parameters = new Properties();
        for (Map.Entry<String, String> entry : given.entrySet()) {
            String value = entry.getValue() == null ? "" : entry.getValue().strip();
            if (!own.contains(entry.getKey()) && !value.isEmpty()) {
                errors.add(new FieldError(entry.getKey(), "batch.jobs.error.notAParameter", entry.getKey()));
            }
        }
        for (String name : own) {
            String text = given.getOrDefault(name, "");
            String value = check(name, text == null ? "" : text.strip(), clock, errors);
            if (value != null) {
                parameters.setProperty(name, value);
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return parameters;
    }

    private static String check(String name, String text, Clock clock, List<FieldError> errors) {
        LocalDate today = LocalDate.now(clock);
        switch (name) {
            case Jobs.DATE -> {
                if (text.isEmpty()) {
                    return today.toString();
                }
                LocalDate date = parse(text, DATE, LocalDate::parse);
                if (date == null) {
                    errors.add(new FieldError(name, "batch.jobs.error.date", text));
                } else if (date.isAfter(today)) {
                    // Licences still valid would expire before their day.
                    errors.add(new FieldError(name, "batch.jobs.error.dateFuture", today.toString()));
                }
                return text;
            }
            case Jobs.YEAR -> {
                if (text.isEmpty()) {
                    return String.valueOf(today.getYear());
                }
                Integer year = parse(text, YEAR, Integer::valueOf);
                if (year == null) {
                    errors.add(new FieldError(name, "batch.jobs.error.year", text));
                } else if (year < FIRST_YEAR || year > today.getYear() + 1) {
                    errors.add(new FieldError(
                            name,
                            "batch.jobs.error.yearRange",
                            String.valueOf(FIRST_YEAR),
                            String.valueOf(today.getYear() + 1)));
                }
                return text;
            }
            case Jobs.MONTH -> {
                YearMonth current = YearMonth.from(today);
                if (text.isEmpty()) {
                    return current.minusMonths(1).toString();
                }
                YearMonth month = parse(text, MONTH, YearMonth::parse);
                if (month == null) {
                    errors.add(new FieldError(name, "batch.jobs.error.month", text));
                } else if (!month.isBefore(current)) {
                    // Only a closed month is published: one still running would change after it.
                    errors.add(new FieldError(name, "batch.jobs.error.monthNotClosed", current.toString()));
                }
                return text;
            }
            case Jobs.REPLACE -> {
                return "true".equalsIgnoreCase(text) ? "true" : null;
            }
            default -> throw new IllegalArgumentException("No such parameter: " + name);
        }
    }

    private static <T> T parse(String text, Pattern shape, java.util.function.Function<String, T> parser) {
        if (!shape.matcher(text).matches()) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
    }
}
