package org.exportlicence.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.exportlicence.enterprise.Caller;
import org.exportlicence.enterprise.Enterprise;
import org.exportlicence.enterprise.UserDirectory;
import org.exportlicence.platform.Roles;
import org.exportlicence.reference.CommodityCategory;

/**
 * 综合统计 — the caller's licences grouped by 商品大类码, 发证商品 or (officers) enterprise, per unit of
 * measure, computed by the database. A clerk's 发货人代码 is always their own enterprise's code.
 */
@Stateless
@RolesAllowed({
    Roles.ENTERPRISE,
    Roles.OFFICER_FIRST,
    Roles.OFFICER_SECOND,
    Roles.ISSUER,
    Roles.QUOTA_OFFICER,
    Roles.ADMIN
})
public class SummaryStatistics {
    private static final String UNIT = "COLUMN('unit_code', a)";
    private static final String FIGURES = "count(l), sum(a.goods.quantity), sum(a.goods.totalUsd)";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private UserDirectory users;

    public List<SummaryRow> groups(SummaryFilter filter) {
        Caller caller = users.caller();
        SummaryGrouping grouping = filter.grouping() == null ? SummaryGrouping.CATEGORY : filter.grouping();
        new StatisticsChecks(em)
                .that(
                        filter.appliedFrom() == null
                                || filter.appliedTo() == null
                                || !filter.appliedFrom().isAfter(filter.appliedTo()),
                        "appliedTo",
                        "statistics.monthly.error.dayRange")
                .code13("consignorCode", caller.isEnterpriseUser() ? null : filter.consignorCode())
                .country("countryCode", filter.countryCode())
                .port("portCode", filter.portCode())
                .code13("enterpriseCode", filter.enterpriseCode())
                .that(
                        grouping != SummaryGrouping.ENTERPRISE || !caller.isEnterpriseUser(),
                        "grouping",
                        "statistics.summary.error.grouping")
                .done();
        String consignor = caller.isEnterpriseUser() ? ownCode(caller) : filter.consignorCode();
        var licences = CountedLicences.of(em, caller, filter.enterpriseCode())
                .whereGiven("a.trade.tradeMode.id = :tradeMode", "tradeMode", filter.tradeModeId())
                .withinDays("a.submittedAt", "applied", filter.appliedFrom(), filter.appliedTo())
                .equalsText("a.trade.consignorCode", "consignor", consignor)
                .equalsText("COLUMN('country_code', a)", "country", filter.countryCode())
                .equalsText("COLUMN('port_code', a)", "port", filter.portCode());
        String key = switch (grouping) {
            case CATEGORY -> "a.goods.commodity.categoryCode";
            case COMMODITY -> "a.goods.commodityCode, a.goods.commodityName";
            case ENTERPRISE -> "l.ownership.enterprise.enterpriseCode, l.ownership.enterprise.nameZh";
        };
        // Object[] rows turned into records here: a handful of aggregated rows, never a licence.
        List<Object[]> totals = licences.grouped(
                Object[].class, key + ", " + UNIT + ", " + FIGURES, key + ", " + UNIT, key + ", " + UNIT);
        Map<String, String> categoryNames = grouping == SummaryGrouping.CATEGORY ? categoryNames(totals) : Map.of();
        return totals.stream()
                .map(t -> grouping == SummaryGrouping.CATEGORY
                        ? row((String) t[0], categoryNames.get((String) t[0]), t, 1)
                        : row((String) t[0], (String) t[1], t, 2))
                .toList();
    }

    public byte[] xlsx(SummaryFilter filter, Locale locale) {
        List<SummaryRow> rows = groups(filter);
        Caller caller = users.caller();
        SummaryFilter used = caller.isEnterpriseUser()
                ? new SummaryFilter(
                        filter.tradeModeId(),
                        filter.appliedFrom(),
                        filter.appliedTo(),
                        ownCode(caller),
                        filter.countryCode(),
                        filter.portCode(),
                        filter.grouping(),
                        null)
                : filter;
        return SummaryWorkbook.write(
                rows,
                used,
                MonthlyStatistics.tradeModeLabel(em, filter.tradeModeId()),
                caller.isEnterpriseUser(),
                locale);
    }

    private String ownCode(Caller caller) {
        return em.find(Enterprise.class, caller.enterpriseId()).getEnterpriseCode();
    }

    private static SummaryRow row(String code, String name, Object[] t, int unit) {
        return new SummaryRow(
                code,
                name,
                (String) t[unit],
                StatisticsChecks.decimal(t[unit + 1]).longValue(),
                StatisticsChecks.decimal(t[unit + 2]),
                StatisticsChecks.decimal(t[unit + 3]));
    }

    /** The names of the result's few categories, from the newest catalogue year that has each code. */
    private Map<String, String> categoryNames(List<Object[]> totals) {
        List<String> codes = totals.stream().map(t -> (String) t[0]).distinct().toList();
        Map<String, String> names = new HashMap<>();
        if (codes.isEmpty()) {
            return names;
        }
        em.createQuery(
                        "select c from CommodityCategory c where c.code in :codes order by c.catalogueYear desc",
                        CommodityCategory.class)
                .setParameter("codes", codes)
                .getResultList()
                .forEach(c -> names.putIfAbsent(c.getCode(), c.getNameZh()));
        return names;
    }
}
