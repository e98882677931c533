package org.exportlicence.batch;

import java.io.Serializable;
import java.util.List;

/**
 * A job as the 批处理作业 screen heads its panel: its name (one of {@link Jobs}), its timetable as
 * the server property {@code elp.batch.<job>.schedule} (or the scheduler's default) gives it — day of
 * the month (null: every day) and time, or off — the parameters its start form asks for, and the
 * page of its report (null when it has none).
 */
public record JobView(
        String job,
        String schedule,
        boolean scheduled,
        Integer dayOfMonth,
        String time,
        List<String> parameters,
        String reportPage)
        implements Serializable {
    public JobView {
        parameters = List.copyOf(parameters);
    }
}
