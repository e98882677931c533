package org.exportlicence.web.batch;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.exportlicence.batch.JobRun;
import org.exportlicence.batch.JobView;
import org.exportlicence.batch.Jobs;
import org.exportlicence.web.platform.QueryLazyModel;

/**
 * One job's panel on 批处理作业: the job, its start form's values (only the parameters it takes are
 * shown and sent) and its runs, a page at a time. Its forms are named after the job
 * ({@code start-licence-expiry}, {@code runs-licence-expiry}), their inputs after the parameters.
 */
public class JobPanel implements Serializable {
    private static final long serialVersionUID = 1L;

    private final JobView view;
    private QueryLazyModel<JobRun> runs;
    private String date;
    private String year;
    private String month;
    private boolean replace;
    private boolean running;

    JobPanel(JobView view) {
        this.view = view;
    }

    public JobView getView() {
        return view;
    }

    public String getJob() {
        return view.job();
    }

    /** The message key of the job's name. */
    public String getNameKey() {
        return "batch.jobs.job." + view.job();
    }

    public String getStartForm() {
        return "start-" + view.job();
    }

    public String getRunsForm() {
        return "runs-" + view.job();
    }

    public boolean takes(String parameter) {
        return view.parameters().contains(parameter);
    }

    public QueryLazyModel<JobRun> getRuns() {
        return runs;
    }

    void setRuns(QueryLazyModel<JobRun> runs) {
        this.runs = runs;
    }

    /** The start form as the service takes it: the job's own parameters, by name. */
    Map<String, String> parameters() {
        Map<String, String> given = new LinkedHashMap<>();
        for (String name : view.parameters()) {
            given.put(
                    name,
                    switch (name) {
                        case Jobs.DATE -> date;
                        case Jobs.YEAR -> year;
                        case Jobs.MONTH -> month;
                        case Jobs.REPLACE -> String.valueOf(replace);
                        default -> null;
                    });
        }
        return given;
    }

    /** Whether a run of the job was starting or running when the table was last read (the page then polls). */
    public boolean isRunning() {
        return running;
    }

    void setRunning(boolean running) {
        this.running = running;
    }

    /** Notes from a page of runs whether one is still going. */
    void saw(List<JobRun> rows) {
        running = rows.stream().anyMatch(JobRun::stoppable);
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public boolean isReplace() {
        return replace;
    }

    public void setReplace(boolean replace) {
        this.replace = replace;
    }
}
