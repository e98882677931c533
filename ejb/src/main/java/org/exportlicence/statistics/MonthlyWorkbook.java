package org.exportlicence.statistics;

import java.util.List;
import java.util.Locale;
import org.exportlicence.platform.MessageBundle;

/** 统计月报 as an .xlsx: title, the conditions used, the months per unit, a total line per unit. */
final class MonthlyWorkbook {
    private MonthlyWorkbook() {}

    static byte[] write(List<MonthRow> rows, MonthlyFilter filter, String tradeMode, boolean clerk, Locale locale) {
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
            book.header(
                    MessageBundle.text(locale, "statistics.monthly.month"),
                    MessageBundle.text(locale, "statistics.monthly.unit"),
                    MessageBundle.text(locale, "statistics.monthly.licences"),
                    MessageBundle.text(locale, "statistics.monthly.quantity"),
                    MessageBundle.text(locale, "statistics.monthly.totalUsd"),
                    MessageBundle.text(locale, "statistics.monthly.cumulativeLicences"),
                    MessageBundle.text(locale, "statistics.monthly.cumulativeQuantity"),
                    MessageBundle.text(locale, "statistics.monthly.cumulativeUsd"));
            for (MonthRow r : rows) {
                book.row(
                        r.month(),
                        r.unitCode(),
                        r.licences(),
                        r.quantity(),
                        r.totalUsd(),
                        r.cumulativeLicences(),
                        r.cumulativeQuantity(),
                        r.cumulativeUsd());
            }
            String total = MessageBundle.text(locale, "statistics.monthly.total");
            for (UnitTotal t : UnitTotal.ofMonths(rows)) {
                book.row(total, t.unitCode(), t.licences(), t.quantity(), t.totalUsd());
            }
            return book.toBytes();
        }
    }

    static String orAll(String value, String all) {
        return value == null || value.isBlank() ? all : value.strip();
    }
}
