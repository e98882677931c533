package org.exportlicence.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.exportlicence.application.ApplicationStatus;
import org.exportlicence.enterprise.Caller;
import org.exportlicence.platform.MessageBundle;
import org.exportlicence.reference.TradeMode;

/** 综合查询's export: the conditions it was read under, then the rows in the page's columns. */
final class SearchWorkbook implements AutoCloseable {
    private static final String K = "statistics.query.";

    private final Locale locale;
    private final boolean english;
    private final ReportWorkbook book;

    SearchWorkbook(Locale locale, SearchFilter filter, TradeMode tradeMode, Caller caller) {
        this.locale = locale;
        this.english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        this.book = new ReportWorkbook(text("menu.statistics.query"));
        book.condition(text("statistics.conditions"), "")
                .condition(label("licenceYear"), given(filter.licenceYear()))
                .condition(label("commodityCode"), given(filter.commodityCode()))
                .condition(label("applicationNo"), given(filter.applicationNo()))
                .condition(label("licenceNo"), given(filter.licenceNo()))
                .condition(
                        label("status"),
                        filter.status() == null || filter.status().isBlank()
                                ? all()
                                : text(ApplicationStatus.valueOf(filter.status())
                                        .labelKey()))
                .condition(
                        label("tradeMode"),
                        tradeMode == null ? all() : tradeMode.getCode() + " " + tradeMode.name(locale))
                .condition(label("country"), given(filter.countryCode()))
                .condition(label("port"), given(filter.portCode()))
                .condition(label("applied"), range(filter.appliedFrom(), filter.appliedTo()))
                .condition(label("issued"), range(filter.issuedFrom(), filter.issuedTo()));
        if (!caller.isEnterpriseUser()) {
            book.condition(text("statistics.enterprise"), given(filter.enterpriseCode()));
        }
        book.header(List.of(
                label("applicationNo"),
                label("status"),
                label("licenceNo"),
                label("licenceStatus"),
                label("issueDate"),
                text("statistics.enterprise"),
                label("enterpriseName"),
                label("commodityCode"),
                label("commodityName"),
                label("tradeMode"),
                label("country"),
                label("port"),
                label("quantity"),
                label("unit"),
                label("totalUsd"),
                label("submittedAt")));
    }

    void row(SearchRow r) {
        book.row(
                r.applicationNo(),
                text(r.status().labelKey()),
                r.licenceNo(),
                r.licenceStatus() == null ? null : text(r.licenceStatus().labelKey()),
                r.issueDate(),
                r.enterpriseCode(),
                r.enterpriseName(),
                r.commodityCode(),
                r.commodityName(),
                r.tradeModeCode() + " " + r.tradeModeName(),
                r.countryCode() + " " + (english ? r.countryNameEn() : r.countryNameZh()),
                r.portCode(),
                r.quantity(),
                english ? r.unitNameEn() : r.unitNameZh(),
                r.totalUsd(),
                r.submittedAt());
    }

    byte[] toBytes() {
        return book.toBytes();
    }

    @Override
    public void close() {
        book.close();
    }

    private String range(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return all();
        }
        return (from == null ? "" : from.toString()) + " ~ " + (to == null ? "" : to.toString());
    }

    private Object given(Object value) {
        return value == null || value.toString().isBlank()
                ? all()
                : value.toString().strip();
    }

    private String all() {
        return text("statistics.all");
    }

    private String label(String name) {
        return text(K + name);
    }

    private String text(String key) {
        return MessageBundle.text(locale, key);
    }
}
