package org.exportlicence.batch;

import java.util.Locale;

/**
 * A job's report, as the 批处理作业 screen opens and downloads it. Each job has one implementation
 * (a session bean of the batch module); reports are kept per job instance, so a restarted execution
 * adds to the report of the run it resumes.
 */
public interface JobReport {
    /** The job this reports on (one of {@link Jobs}). */
    String job();

    /** The page that shows one instance's report, opened with {@code ?instance=<job instance id>}. */
    String page();

    /** One instance's report as an .xlsx workbook, in the user's language. */
    byte[] xlsx(long jobInstanceId, Locale locale);
}
