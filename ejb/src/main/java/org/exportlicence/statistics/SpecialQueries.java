package org.exportlicence.statistics;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.exportlicence.enterprise.Caller;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.FieldError;
import org.exportlicence.platform.ListQuery;
import org.exportlicence.platform.Sorting;
import org.exportlicence.platform.ValidationException;

/**
 * The licences of one 专项 commodity a filter selects, for the list and for the statistics alike: the
 * counted licences ({@link CountedLicences}: not deleted, in the caller's scope, an officer's 出口商代码)
 * whose goods are of the commodity's 商品大类 ({@code a.goods.commodity.categoryCode}), with 合同号 as a
 * prefix (an exact number is its own prefix), 配额年度 = the licence year, 国别（地区）by code, 品名（规格等级）
 * contained in the goods' name or specification, and the licence's issue date within the range.
 */
final class SpecialQueries {
    static final String LICENCE_ROW = "new org.exportlicence.statistics.SpecialLicenceRow(l.id, l.number.value, "
            + "l.validity.issueDate, a.exporterCode, a.exporterName, a.trade.country.code, a.trade.country.nameZh, "
            + "a.trade.country.nameEn, a.goods.commodityName, a.goods.specification, a.goods.unit.code, "
            + "a.goods.unit.nameZh, a.goods.unit.nameEn, a.goods.quantity, a.goods.totalUsd)";

    // By codes only (EclipseLink's COLUMN reads the application's own column; a path through the
    // relation would join the reference table): the few groups' country and unit names are looked up
    // afterwards. Read as Object[]: a constructor cannot be matched to COLUMN's untyped value.
    static final String GROUP_ROW = "a.goods.commodityName, a.goods.specification, a.exporterCode, "
            + "max(a.exporterName), COLUMN('country_code', a), COLUMN('unit_code', a), "
            + "count(l), sum(a.goods.quantity), sum(a.goods.totalUsd)";
    static final String GROUP_BY = "a.goods.commodityName, a.goods.specification, a.exporterCode, "
            + "COLUMN('country_code', a), COLUMN('unit_code', a)";
    static final String GROUP_ORDER = "COLUMN('unit_code', a), a.goods.commodityName, a.goods.specification, "
            + "a.exporterCode, COLUMN('country_code', a)";

    /** The list's sort fields (the page's column keys); anything else sorts by licence number. */
    static final Sorting SORTING = Sorting.by("l.number.value", "l.id")
            .and("licenceNo", "l.number.value")
            .and("issueDate", "l.validity.issueDate")
            .and("quantity", "a.goods.quantity")
            .and("amountUsd", "a.goods.totalUsd");

    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    private SpecialQueries() {}

    static <T> ListQuery<T> of(EntityManager em, Caller caller, SpecialFilter filter, Class<T> type, String row) {
        check(filter, caller);
        return CountedLicences.project(em, caller, filter.exporterCode(), type, row)
                .where(
                        "a.goods.commodity.categoryCode = :category",
                        "category",
                        filter.commodity().categoryCode())
                .startsWith("a.trade.contractNo", "contractNo", filter.contractNo())
                .whereGiven("l.validity.licenceYear = :quotaYear", "quotaYear", filter.quotaYear())
                .equalsText("COLUMN('country_code', a)", "countryCode", filter.countryCode())
                .contains("productName", filter.productName(), "a.goods.commodityName", "a.goods.specification")
                .between("l.validity.issueDate", "issued", filter.issuedFrom(), filter.issuedTo());
    }

    /** Conditions that cannot select anything are refused with the field they are about; nothing is read. */
    static void check(SpecialFilter filter, Caller caller) {
        List<FieldError> errors = new ArrayList<>();
        if (filter == null || filter.commodity() == null) {
            throw new BusinessException("statistics.special.error.commodity");
        }
        String exporter = filter.exporterCode();
        if (!caller.isEnterpriseUser()
                && exporter != null
                && !exporter.isBlank()
                && !exporter.strip().matches("[0-9A-Z]{13}")) {
            errors.add(new FieldError("exporterCode", "statistics.special.error.exporterCode"));
        }
        Integer year = filter.quotaYear();
        if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
            errors.add(new FieldError("quotaYear", "statistics.special.error.quotaYear", FIRST_YEAR, LAST_YEAR));
        }
        if (filter.issuedFrom() != null
                && filter.issuedTo() != null
                && filter.issuedFrom().isAfter(filter.issuedTo())) {
            errors.add(new FieldError("issuedTo", "statistics.special.error.dateRange"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
