package org.exportlicence.statistics;

import java.util.List;
import java.util.Locale;
import org.exportlicence.enterprise.Caller;
import org.exportlicence.platform.MessageBundle;

/** 配额查询's export: the conditions, then one row per quota in the page's columns. */
final class QuotaWorkbook implements AutoCloseable {
    private static final String K = "statistics.quota.";

    private final Locale locale;
    private final boolean english;
    private final ReportWorkbook book;

    QuotaWorkbook(Locale locale, QuotaStatementFilter filter, Caller caller) {
        this.locale = locale;
        this.english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        this.book = new ReportWorkbook(text("menu.statistics.quota"));
        book.condition(text("statistics.conditions"), "")
                .condition(text(K + "year"), given(filter.year()))
                .condition(text(K + "category"), given(filter.categoryCode()))
                .condition(text(K + "documentNo"), given(filter.documentNo()));
        if (!caller.isEnterpriseUser()) {
            book.condition(text("statistics.enterprise"), given(filter.enterpriseCode()));
        }
        book.header(List.of(
                text(K + "documentNo"),
                text(K + "year"),
                text(K + "category"),
                text(K + "categoryName"),
                text("statistics.enterprise"),
                text(K + "enterpriseName"),
                text(K + "total"),
                text(K + "used"),
                text(K + "unused"),
                text(K + "unit"),
                text(K + "licences")));
    }

    void row(QuotaStatementRow r) {
        book.row(
                r.documentNo(),
                r.year(),
                r.categoryCode(),
                english ? r.categoryNameEn() : r.categoryNameZh(),
                r.enterpriseCode(),
                r.enterpriseName(),
                r.total(),
                r.used(),
                r.unused(),
                english ? r.unitNameEn() : r.unitNameZh(),
                r.licences());
    }

    byte[] toBytes() {
        return book.toBytes();
    }

    @Override
    public void close() {
        book.close();
    }

    private String given(Object value) {
        return value == null || value.toString().isBlank()
                ? text("statistics.all")
                : value.toString().strip();
    }

    private String text(String key) {
        return MessageBundle.text(locale, key);
    }
}
