package org.exportlicence.batch;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Properties;

/**
 * The platform's jobs by the names of their job XMLs (META-INF/batch-jobs/NAME.xml), and the job
 * parameters each takes. A scheduled run gets its parameters from its due time.
 */
public final class Jobs {
    /** 配额核对 — nightly: every quota of the year against its licences; parameter {@link #YEAR}. */
    public static final String QUOTA_RECONCILIATION = "quota-reconciliation";
    /** 统计月报发布 — on the 1st: the closed month's 统计月报; parameters {@link #MONTH}, {@link #REPLACE}. */
    public static final String MONTHLY_REPORT = "monthly-report";
    /** 许可证过期 — just after midnight: licences past their expiry date; parameter {@link #DATE}. */
    public static final String LICENCE_EXPIRY = "licence-expiry";

    /** Every job, in the order the 批处理作业 screen lists them. */
    public static final List<String> ALL = List.of(LICENCE_EXPIRY, QUOTA_RECONCILIATION, MONTHLY_REPORT);

    /** yyyy: the quota year to reconcile (default: this year). */
    public static final String YEAR = "year";
    /** yyyy-MM: the closed month to publish (default: last month). */
    public static final String MONTH = "month";
    /** true: replace a month's published snapshot (audited); anything else: a published month stays. */
    public static final String REPLACE = "replace";
    /**
     * The operator on whose behalf the job runs (set by whatever starts it for a person; a scheduled run
     * has none): the jobs run as batch-jobs, so the audit trail names the operator only through this.
     */
    public static final String STARTED_BY = "startedBy";
    /** Free text: why the operator started the run (e.g. why a published month is replaced), for the audit trail. */
    public static final String REASON = "reason";
    /**
     * quota-reconciliation: quotas per page, each page one grouped statement, one chunk and one checkpoint
     * (default {@value #DEFAULT_CHUNK}); smaller means more frequent checkpoints.
     */
    public static final String CHUNK = "chunk";

    /** The default of {@link #CHUNK}. */
    public static final int DEFAULT_CHUNK = 20_000;

    /** yyyy-MM-dd: the day the expiry job runs for (default: today); licences expiring before it expire. */
    public static final String DATE = "date";

    private Jobs() {}

    /** The parameters of a scheduled run that fell due at {@code due}. */
    public static Properties scheduled(String job, LocalDateTime due) {
        Properties p = new Properties();
        switch (job) {
            case QUOTA_RECONCILIATION -> p.setProperty(YEAR, String.valueOf(due.getYear()));
            case MONTHLY_REPORT ->
                p.setProperty(MONTH, YearMonth.from(due).minusMonths(1).toString());
            case LICENCE_EXPIRY -> p.setProperty(DATE, due.toLocalDate().toString());
            default -> throw new IllegalArgumentException("No such job: " + job);
        }
        return p;
    }
}
