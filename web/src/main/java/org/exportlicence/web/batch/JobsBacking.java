package org.exportlicence.web.batch;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.exportlicence.batch.JobControl;
import org.exportlicence.batch.JobRun;
import org.exportlicence.batch.JobView;
import org.exportlicence.jobs.SkippedItem;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.web.platform.LocaleSelection;
import org.exportlicence.web.platform.Messages;
import org.exportlicence.web.platform.QueryLazyModel;
import org.exportlicence.web.platform.UserAction;
import org.exportlicence.web.statistics.ReportDownload;
import org.primefaces.model.StreamedContent;

/**
 * batch/jobs.xhtml — 批处理作业: a panel per job with its timetable, 立即运行 with the job's
 * parameters, and its runs (newest first, a page at a time) with their steps' counts; 重新运行 a
 * failed or stopped run, 停止 a running one, the items a run skipped, its report to open or
 * download. While a run of a job is going, its table refreshes itself.
 */
@Named
@ViewScoped
public class JobsBacking implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String TOP = null;

    @EJB
    private JobControl control;

    @Inject
    private UserAction actions;

    @Inject
    private Messages messages;

    @Inject
    private LocaleSelection locale;

    @Inject
    private transient Clock clock;

    private List<JobPanel> panels;
    private JobRun skippedOf;
    private List<SkippedItem> skipped = List.of();

    @PostConstruct
    void init() {
        panels = new ArrayList<>();
        for (JobView view : control.jobs()) {
            JobPanel panel = new JobPanel(view);
            panel.setRuns(new QueryLazyModel<>(page -> runs(panel, page), row -> String.valueOf(row.executionId())));
            panels.add(panel);
        }
    }

    private ResultPage<JobRun> runs(JobPanel panel, PageRequest page) {
        ResultPage<JobRun> rows = control.runs(panel.getJob(), page);
        if (!page.isCountOnly() && page.first() == 0) {
            panel.saw(rows.rows());
        }
        return rows;
    }

    public List<JobPanel> getPanels() {
        return panels;
    }

    /** 立即运行: the job with its form's parameters; a refused parameter is shown beside its field. */
    public void start(JobPanel panel) {
        Long execution = actions.result(panel.getStartForm(), () -> control.start(panel.getJob(), panel.parameters()));
        if (execution != null) {
            panel.setRunning(true);
            messages.info("batch.jobs.started", panel.getNameKey(), execution);
        }
    }

    /** 重新运行: a failed or stopped run goes on from its last checkpoint, with its own parameters. */
    public void restart(JobPanel panel, JobRun row) {
        Long execution = actions.result(TOP, () -> control.restart(row.executionId()));
        if (execution != null) {
            panel.setRunning(true);
            messages.info("batch.jobs.restarted", panel.getNameKey(), row.executionId(), execution);
        }
    }

    /** 停止: the run stops after its current chunk. */
    public void stop(JobRun row) {
        actions.run(TOP, () -> control.stop(row.executionId()), "batch.jobs.stopping", row.executionId());
    }

    /** 下载报告: the run's report as .xlsx, named after the job, the run and the day. */
    public StreamedContent download(JobPanel panel, JobRun row) {
        byte[] xlsx = actions.result(TOP, () -> control.xlsx(panel.getJob(), row.instanceId(), locale.getLocale()));
        return ReportDownload.xlsx(
                messages.text(panel.getNameKey()) + "-" + row.instanceId(), LocalDate.now(clock), xlsx);
    }

    /** 跳过的记录: what the run (all its executions) set aside, with why. */
    public void showSkipped(JobRun row) {
        skippedOf = row;
        skipped = control.skipped(row.instanceId());
    }

    public JobRun getSkippedOf() {
        return skippedOf;
    }

    public List<SkippedItem> getSkipped() {
        return skipped;
    }
}
