package org.exportlicence.statistics;

import java.util.List;
import java.util.Locale;
import org.exportlicence.platform.MessageBundle;

/** 综合统计 as an .xlsx: title, the conditions used, the groups per unit, a total line per unit. */
final class SummaryWorkbook {
    private SummaryWorkbook() {}

    static byte[] write(List<SummaryRow> rows, SummaryFilter filter, String tradeMode, boolean clerk, Locale locale) {
        String all = MessageBundle.text(locale, "statistics.all");
        SummaryGrouping grouping = filter.grouping() == null ? SummaryGrouping.CATEGORY : filter.grouping();
        try (ReportWorkbook book = new ReportWorkbook(MessageBundle.text(locale, "menu.statistics.summary"))) {
            book.condition(
                            MessageBundle.text(locale, "statistics.monthly.tradeMode"),
                            MonthlyWorkbook.orAll(tradeMode, all))
                    .condition(
                            MessageBundle.text(locale, "statistics.summary.appliedFrom"),
                            filter.appliedFrom() == null ? all : filter.appliedFrom())
                    .condition(
                            MessageBundle.text(locale, "statistics.summary.appliedTo"),
                            filter.appliedTo() == null ? all : filter.appliedTo())
                    .condition(
                            MessageBundle.text(locale, "statistics.summary.consignor"),
                            MonthlyWorkbook.orAll(filter.consignorCode(), all))
                    .condition(
                            MessageBundle.text(locale, "statistics.summary.country"),
                            MonthlyWorkbook.orAll(filter.countryCode(), all))
                    .condition(
                            MessageBundle.text(locale, "statistics.summary.port"),
                            MonthlyWorkbook.orAll(filter.portCode(), all))
                    .condition(
                            MessageBundle.text(locale, "statistics.summary.grouping"),
                            MessageBundle.text(locale, "statistics.summary.by." + grouping.name()));
            if (!clerk) {
                book.condition(
                        MessageBundle.text(locale, "statistics.enterprise"),
                        MonthlyWorkbook.orAll(filter.enterpriseCode(), all));
            }
            book.header(
                    MessageBundle.text(locale, "statistics.summary.code." + grouping.name()),
                    MessageBundle.text(locale, "statistics.summary.name"),
                    MessageBundle.text(locale, "statistics.monthly.unit"),
                    MessageBundle.text(locale, "statistics.monthly.licences"),
                    MessageBundle.text(locale, "statistics.monthly.quantity"),
                    MessageBundle.text(locale, "statistics.monthly.totalUsd"));
            for (SummaryRow r : rows) {
                book.row(r.groupCode(), r.groupName(), r.unitCode(), r.licences(), r.quantity(), r.totalUsd());
            }
            String total = MessageBundle.text(locale, "statistics.monthly.total");
            for (UnitTotal t : UnitTotal.ofGroups(rows)) {
                book.row(total, null, t.unitCode(), t.licences(), t.quantity(), t.totalUsd());
            }
            return book.toBytes();
        }
    }
}
