package org.exportlicence.statistics;

import java.util.List;
import java.util.Locale;
import org.exportlicence.platform.MessageBundle;

/**
 * 统计月报 as an .xlsx: title, the conditions used, the year's published months (and, when the conditions
 * made every month live, why), the months per unit — a published month's rows marked with the time of
 * their publication — and a total line per unit.
 */
final class MonthlyWorkbook {
    private MonthlyWorkbook() {}

    static byte[] write(MonthlyReport report, MonthlyFilter filter, String tradeMode, boolean clerk, Locale locale) {
        List<MonthRow> rows = report.rows();
        String all = MessageBundle.text(locale, "statistics.all");
        try (ReportWorkbook book = new ReportWorkbook(MessageBundle.text(locale, "menu.statistics.monthly"))) {
            book.condition(MessageBundle.text(locale, "statistics.monthly.year"), filter.year())
                    .condition(
                            MessageBundle.text(locale, "statistics.monthly.authority"),
                            orAll(filter.authorityCode(), all))
                    .condition(MessageBundle.text(locale, "statistics.monthly.tradeMode"), orAll(tradeMode, all))
                    .condition(
                            MessageBundle.text(locale, "statistics.monthly.country"), orAll(filter.countryCode(), all));
            if (!clerk) {
                book.condition(
                        MessageBundle.text(locale, "statistics.enterprise"), orAll(filter.enterpriseCode(), all));
            }
            book.condition(MessageBundle.text(locale, "batch.monthly.publishedMonths"), published(report, locale));
            if (!report.snapshotUsed()) {
                book.condition(
                        MessageBundle.text(locale, "batch.monthly.note"),
                        MessageBundle.text(locale, report.liveReasonKey()));
            }
            book.header(
                    MessageBundle.text(locale, "statistics.monthly.month"),
                    MessageBundle.text(locale, "statistics.monthly.unit"),
                    MessageBundle.text(locale, "statistics.monthly.licences"),
                    MessageBundle.text(locale, "statistics.monthly.quantity"),
                    MessageBundle.text(locale, "statistics.monthly.totalUsd"),
                    MessageBundle.text(locale, "statistics.monthly.cumulativeLicences"),
                    MessageBundle.text(locale, "statistics.monthly.cumulativeQuantity"),
                    MessageBundle.text(locale, "statistics.monthly.cumulativeUsd"),
                    MessageBundle.text(locale, "batch.monthly.publishedAt"));
            for (MonthRow r : rows) {
                book.row(
                        r.month(),
                        r.unitCode(),
                        r.licences(),
                        r.quantity(),
                        r.totalUsd(),
                        r.cumulativeLicences(),
                        r.cumulativeQuantity(),
                        r.cumulativeUsd(),
                        report.publishedAt(r.month()));
            }
            String total = MessageBundle.text(locale, "statistics.monthly.total");
            for (UnitTotal t : UnitTotal.ofMonths(rows)) {
                book.row(total, t.unitCode(), t.licences(), t.quantity(), t.totalUsd());
            }
            return book.toBytes();
        }
    }

    /** "11月（2026-12-01T03:00）、…", or none. */
    private static String published(MonthlyReport report, Locale locale) {
        if (report.publications().isEmpty()) {
            return MessageBundle.text(locale, "batch.monthly.none");
        }
        StringBuilder text = new StringBuilder();
        for (MonthlyReport.Publication p : report.publications()) {
            text.append(text.length() == 0 ? "" : MessageBundle.text(locale, "batch.monthly.separator"))
                    .append(MessageBundle.text(
                            locale,
                            "batch.monthly.publishedMonth",
                            p.month(),
                            p.publishedAt().withNano(0).withSecond(0).toString().replace('T', ' ')));
        }
        return text.toString();
    }

    static String orAll(String value, String all) {
        return value == null || value.isBlank() ? all : value.strip();
    }
}
