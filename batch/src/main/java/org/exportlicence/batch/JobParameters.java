package org.exportlicence.batch;

import jakarta.batch.operations.BatchRuntimeException;
import jakarta.batch.runtime.context.JobContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Properties;

/**
 * A job's parameters read the one way: a missing one takes its default from the platform's clock (an
 * unset {@code #{jobParameters['x']}} substitutes as the empty string).
 */
public final class JobParameters {
    private final Properties parameters;
    private final Clock clock;

    private JobParameters(Properties parameters, Clock clock) {
        this.parameters = parameters == null ? new Properties() : parameters;
        this.clock = clock;
    }

    /**
     * The parameters of the execution running in {@code job}, as the job XML declares them among its
     * job-level properties ({@code <property name="date" value="#{jobParameters['date']}"/>}): read
     * from the job's context, not from the JobOperator, which only the starting component may ask.
     */
    public static JobParameters of(JobContext job, Clock clock) {
        return new JobParameters(job.getProperties(), clock);
    }

    /** {@link Jobs#DATE}, default today. */
    public LocalDate date() {
        return parse(Jobs.DATE, LocalDate.now(clock), LocalDate::parse);
    }

    /** {@link Jobs#YEAR}, default this year. */
    public int year() {
        return parse(Jobs.YEAR, LocalDate.now(clock).getYear(), Integer::valueOf);
    }

    /** {@link Jobs#CHUNK}, default {@link Jobs#DEFAULT_CHUNK}; at least 1. */
    public int chunk() {
        return Math.max(1, parse(Jobs.CHUNK, Jobs.DEFAULT_CHUNK, Integer::valueOf));
    }

    /** {@link Jobs#MONTH}, default last month. */
    public YearMonth month() {
        return parse(Jobs.MONTH, YearMonth.now(clock).minusMonths(1), YearMonth::parse);
    }

    /** {@link Jobs#REPLACE}: only the word true replaces. */
    public boolean replace() {
        return "true".equalsIgnoreCase(parameters.getProperty(Jobs.REPLACE, "").strip());
    }

    /** {@link Jobs#STARTED_BY}, or null (a scheduled run). */
    public String startedBy() {
        return text(Jobs.STARTED_BY);
    }

    /** {@link Jobs#REASON}, or null. */
    public String reason() {
        return text(Jobs.REASON);
    }

    private String text(String name) {
        String text = parameters.getProperty(name);
        return text == null || text.isBlank() ? null : text.strip();
    }

    private <T> T parse(String name, T fallback, java.util.function.Function<String, T> parser) {
        String text = parameters.getProperty(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return parser.apply(text.strip());
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new BatchRuntimeException("Job parameter " + name + " is not valid: " + text, e);
        }
    }
}
