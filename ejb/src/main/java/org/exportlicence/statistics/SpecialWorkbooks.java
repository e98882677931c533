package org.exportlicence.statistics;

import java.util.Locale;
import org.exportlicence.platform.MessageBundle;

/**
 * 大米/焦炭专项's workbooks in the reader's language: the screen's title, the conditions (a clerk's
 * 出口商代码 is their own enterprise's, whatever was typed), the header, then the rows with quantities,
 * amounts and prices as number cells and dates as date cells.
 */
final class SpecialWorkbooks implements AutoCloseable {
    private final Locale locale;
    private final boolean english;
    private final ReportWorkbook book;

    SpecialWorkbooks(SpecialFilter filter, Locale locale, String ownExporterCode, boolean summary) {
        this.locale = locale == null ? Locale.CHINESE : locale;
        this.english = "en".equals(this.locale.getLanguage());
        String commodity = filter.commodity().name().toLowerCase(Locale.ROOT);
        book = new ReportWorkbook(text("menu.statistics." + commodity + (summary ? "Summary" : "Query")));
        String all = text("statistics.all");
        String exporter = ownExporterCode != null ? ownExporterCode : filter.exporterCode();
        book.condition(text("statistics.special.commodity"), text("statistics.special.commodity." + commodity))
                .condition(text("statistics.special.contractNo"), orAll(filter.contractNo(), all))
                .condition(text("statistics.special.quotaYear"), filter.quotaYear() == null ? all : filter.quotaYear())
                .condition(text("statistics.special.country"), orAll(filter.countryCode(), all))
                .condition(text("statistics.special.productName"), orAll(filter.productName(), all))
                .condition(text("statistics.special.exporterCode"), orAll(exporter, all))
                .condition(
                        text("statistics.special.issuedFrom"), filter.issuedFrom() == null ? all : filter.issuedFrom())
                .condition(text("statistics.special.issuedTo"), filter.issuedTo() == null ? all : filter.issuedTo());
    }

    void licenceHeader() {
        book.header(
                text("statistics.special.licenceNo"),
                text("statistics.special.issueDate"),
                text("statistics.special.exporterCode"),
                text("statistics.special.exporterName"),
                text("statistics.special.country"),
                text("statistics.special.productName"),
                text("statistics.special.quantity"),
                text("statistics.special.unit"),
                text("statistics.special.amountUsd"),
                text("statistics.special.unitPriceUsd"));
    }

    void licence(SpecialLicenceRow row) {
        book.row(
                row.licenceNo(),
                row.issueDate(),
                row.exporterCode(),
                row.exporterName(),
                row.countryCode() + " " + row.countryName(english),
                row.productName(),
                row.quantity(),
                row.unitName(english),
                row.amountUsd(),
                row.unitPriceUsd());
    }

    void totalHeader() {
        book.header(
                text("statistics.special.productName"),
                text("statistics.special.exporterCode"),
                text("statistics.special.exporterName"),
                text("statistics.special.country"),
                text("statistics.special.unit"),
                text("statistics.special.licences"),
                text("statistics.special.quantity"),
                text("statistics.special.amountUsd"),
                text("statistics.special.averagePriceUsd"));
    }

    void total(SpecialTotalRow row) {
        book.row(
                row.isTotal() ? text("statistics.special.total") : row.productName(),
                row.exporterCode(),
                row.exporterName(),
                row.isTotal() ? null : row.countryCode() + " " + row.countryName(english),
                row.unitName(english),
                row.licences(),
                row.quantity(),
                row.amountUsd(),
                row.averageUnitPriceUsd());
    }

    byte[] toBytes() {
        return book.toBytes();
    }

    @Override
    public void close() {
        book.close();
    }

    private String text(String key) {
        return MessageBundle.text(locale, key);
    }

    private static Object orAll(String value, String all) {
        return value == null || value.isBlank() ? all : value.strip();
    }
}
