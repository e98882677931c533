package org.exportlicence.batch.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.Locale;
import org.exportlicence.batch.JobReport;
import org.exportlicence.batch.Jobs;
import org.exportlicence.platform.Roles;
import org.exportlicence.statistics.MonthlyPublishing;

/** monthly-report's report: the run's publication and its snapshot's lines (page batch/monthly-report.xhtml). */
@Stateless
@RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
public class MonthlyReportJobReport implements JobReport {
    @EJB
    private MonthlyPublishing publishing;

    @Override
    public String job() {
        return Jobs.MONTHLY_REPORT;
    }

    @Override
    public String page() {
        return "/batch/monthly-report.xhtml";
    }

    @Override
    public byte[] xlsx(long jobInstanceId, Locale locale) {
        return publishing.xlsx(jobInstanceId, locale);
    }
}
