package org.exportlicence.web.batch;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import org.exportlicence.batch.Jobs;
import org.exportlicence.licence.ExpiredLicence;
import org.exportlicence.licence.LicenceExpiry;

/**
 * batch/expiry.xhtml?instance= — the licence-expiry job's report of one run (job instance): the
 * licences it marked 已过期, by licence number, a page at a time, and the same as .xlsx.
 */
@Named
@ViewScoped
public class ExpiryReportBacking extends RunReportBacking<ExpiredLicence> {
    private static final long serialVersionUID = 1L;

    @EJB
    private LicenceExpiry expiry;

    @Override
    protected String job() {
        return Jobs.LICENCE_EXPIRY;
    }

    @Override
    protected long count(long jobInstanceId) {
        return expiry.countExpiredBy(jobInstanceId);
    }

    @Override
    protected List<ExpiredLicence> rowsOf(long jobInstanceId, int first, int size) {
        return expiry.expiredBy(jobInstanceId, first, size);
    }

    @Override
    protected String rowKey(ExpiredLicence row) {
        return String.valueOf(row.getLicenceId());
    }
}
