package org.exportlicence.statistics;

import java.util.List;
import java.util.Locale;
import org.exportlicence.platform.MessageBundle;

/**
 * The monthly-report job's report of one run as an .xlsx: the month and what became of its publication
 * (published when and by whom, replaced when and by which run), then every line of the snapshot —
 * authorities first, then enterprises per issuing authority, per unit of measure.
 */
final class PublicationWorkbook {
    private PublicationWorkbook() {}

    static byte[] write(long jobInstanceId, MonthlyPublication p, List<SnapshotLine> lines, Locale locale) {
        String title = MessageBundle.text(locale, "batch.monthly.title")
                + (p == null
                        ? ""
                        : " " + p.getReportMonth() + " "
                                + MessageBundle.text(locale, p.getStatus().labelKey()));
        try (ReportWorkbook book = new ReportWorkbook(title)) {
            book.condition(MessageBundle.text(locale, "batch.monthly.instance"), jobInstanceId);
            if (p == null) {
                book.condition(
                        MessageBundle.text(locale, "batch.monthly.statusLabel"),
                        text(locale, "batch.monthly.noPublication"));
                return book.toBytes();
            }
            book.condition(text(locale, "batch.monthly.month"), p.getReportMonth())
                    .condition(
                            text(locale, "batch.monthly.statusLabel"),
                            text(locale, p.getStatus().labelKey()))
                    .condition(text(locale, "batch.monthly.publishedAt"), p.getPublishedAt())
                    .condition(text(locale, "batch.monthly.publishedBy"), p.getPublishedBy())
                    .condition(text(locale, "batch.monthly.requestedBy"), p.getRequestedBy())
                    .condition(
                            text(locale, "batch.monthly.replaceRequested"),
                            text(locale, p.isReplaceRequested() ? "batch.monthly.yes" : "batch.monthly.no"));
            if (p.getReplacedAt() != null) {
                book.condition(text(locale, "batch.monthly.replacedAt"), p.getReplacedAt())
                        .condition(text(locale, "batch.monthly.replacedBy"), p.getReplacedBy())
                        .condition(text(locale, "batch.monthly.replacedByInstance"), p.getReplacedByInstance());
            }
            book.header(
                    text(locale, "batch.monthly.scope"),
                    text(locale, "batch.monthly.scopeCode"),
                    text(locale, "batch.monthly.authority"),
                    text(locale, "statistics.monthly.unit"),
                    text(locale, "statistics.monthly.licences"),
                    text(locale, "statistics.monthly.quantity"),
                    text(locale, "statistics.monthly.totalUsd"),
                    text(locale, "statistics.monthly.cumulativeLicences"),
                    text(locale, "statistics.monthly.cumulativeQuantity"),
                    text(locale, "statistics.monthly.cumulativeUsd"));
            for (SnapshotLine l : lines) {
                book.row(
                        text(locale, l.scopeKind().labelKey()),
                        l.scopeCode(),
                        l.authorityCode(),
                        l.unitCode(),
                        l.licences(),
                        l.quantity(),
                        l.totalUsd(),
                        l.cumulativeLicences(),
                        l.cumulativeQuantity(),
                        l.cumulativeUsd());
            }
            return book.toBytes();
        }
    }

    private static String text(Locale locale, String key) {
        return MessageBundle.text(locale, key);
    }
}
