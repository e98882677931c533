package org.exportlicence.batch.quota;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.exportlicence.batch.JobReport;
import org.exportlicence.batch.Jobs;
import org.exportlicence.platform.MessageBundle;
import org.exportlicence.platform.Roles;
import org.exportlicence.quota.QuotaDifference;
import org.exportlicence.quota.QuotaDifferenceLicence;
import org.exportlicence.quota.QuotaDifferences;
import org.exportlicence.quota.QuotaReconciliationRun;
import org.exportlicence.statistics.ReportWorkbook;

/**
 * The quota-reconciliation job's report: one run's differences by quota document number, with stored,
 * computed, difference, total, the licences involved and what became of each. Shown by {@link #PAGE};
 * written whole to .xlsx a page of rows at a time.
 */
@Stateless
@RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
public class QuotaReconciliationReport implements JobReport {
    /** The page of one run's report, opened with {@code ?instance=<job instance id>}. */
    public static final String PAGE = "/batch/reconciliation.xhtml";

    private static final int CHUNK = 500;

    @EJB
    private QuotaDifferences differences;

    @Override
    public String job() {
        return Jobs.QUOTA_RECONCILIATION;
    }

    @Override
    public String page() {
        return PAGE;
    }

    @Override
    public byte[] xlsx(long jobInstanceId, Locale locale) {
        QuotaReconciliationRun run = differences.run(jobInstanceId).orElse(null);
        try (ReportWorkbook book = new ReportWorkbook(text(locale, "batch.reconciliation.title"))) {
            book.condition(text(locale, "batch.jobs.col.instance"), jobInstanceId)
                    .condition(text(locale, "batch.reconciliation.year"), run == null ? "" : run.getYear())
                    .condition(text(locale, "batch.reconciliation.checked"), run == null ? 0 : run.getQuotasChecked())
                    .condition(text(locale, "batch.reconciliation.found"), differences.count(jobInstanceId))
                    .header(
                            text(locale, "batch.reconciliation.documentNo"),
                            text(locale, "batch.reconciliation.total"),
                            text(locale, "batch.reconciliation.stored"),
                            text(locale, "batch.reconciliation.computed"),
                            text(locale, "batch.reconciliation.difference"),
                            text(locale, "batch.reconciliation.overTotal"),
                            text(locale, "batch.reconciliation.licences"),
                            text(locale, "batch.reconciliation.status"),
                            text(locale, "batch.reconciliation.resolvedBy"),
                            text(locale, "batch.reconciliation.resolution"));
            for (int first = 0; ; first += CHUNK) {
                List<QuotaDifference> rows = differences.of(jobInstanceId, first, CHUNK);
                Map<Long, List<QuotaDifferenceLicence>> licences = differences.licences(
                        rows.stream().map(QuotaDifference::getId).toList());
                for (QuotaDifference d : rows) {
                    book.row(
                            d.getDocumentNo(),
                            d.getTotal(),
                            d.getStoredUsed(),
                            d.getComputedUsed(),
                            d.getDifference(),
                            text(locale, d.isOverTotal() ? "batch.reconciliation.yes" : "batch.reconciliation.no"),
                            licences(licences.getOrDefault(d.getId(), List.of())),
                            text(locale, d.getStatus().labelKey()),
                            d.getResolvedBy(),
                            d.getResolution());
                }
                if (rows.size() < CHUNK) {
                    return book.toBytes();
                }
            }
        }
    }

    private static String licences(List<QuotaDifferenceLicence> involved) {
        return involved.stream()
                .map(l -> l.getLicenceNo() + " " + l.getStatus() + " "
                        + l.getCounted().stripTrailingZeros().toPlainString())
                .collect(Collectors.joining("; "));
    }

    private static String text(Locale locale, String key) {
        return MessageBundle.text(locale, key);
    }
}
