package org.exportlicence.batch.licence;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;
import java.util.Locale;
import org.exportlicence.batch.JobReport;
import org.exportlicence.batch.Jobs;
import org.exportlicence.licence.ExpiredLicence;
import org.exportlicence.licence.LicenceExpiry;
import org.exportlicence.platform.MessageBundle;
import org.exportlicence.platform.Roles;
import org.exportlicence.statistics.ReportWorkbook;

/**
 * The licence-expiry job's report: the licences one run (job instance, with its restarts) marked
 * 已过期, by licence number, with expiry date and the day they expired. Shown a page at a time by
 * {@link #PAGE}, written whole to .xlsx a page of rows at a time.
 */
@Stateless
@RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
public class ExpiryReport implements JobReport {
    /** The page of one run's report, opened with {@code ?instance=<job instance id>}. */
    public static final String PAGE = "/batch/expiry.xhtml";

    private static final int CHUNK = 1000;

    @EJB
    private LicenceExpiry expiry;

    @Override
    public String job() {
        return Jobs.LICENCE_EXPIRY;
    }

    @Override
    public String page() {
        return PAGE;
    }

    @Override
    public byte[] xlsx(long jobInstanceId, Locale locale) {
        try (ReportWorkbook book = new ReportWorkbook(text(locale, "batch.jobs.expiry.title"))) {
            book.condition(text(locale, "batch.jobs.col.instance"), jobInstanceId)
                    .condition(text(locale, "batch.jobs.expiry.count"), expiry.countExpiredBy(jobInstanceId))
                    .header(
                            text(locale, "batch.jobs.expiry.licenceNo"),
                            text(locale, "batch.jobs.expiry.expiryDate"),
                            text(locale, "batch.jobs.expiry.expiredOn"));
            for (int first = 0; ; first += CHUNK) {
                List<ExpiredLicence> rows = expiry.expiredBy(jobInstanceId, first, CHUNK);
                for (ExpiredLicence row : rows) {
                    book.row(row.getLicenceNo(), row.getExpiryDate(), row.getExpiredOn());
                }
                if (rows.size() < CHUNK) {
                    return book.toBytes();
                }
            }
        }
    }

    private static String text(Locale locale, String key) {
        return MessageBundle.text(locale, key);
    }
}
