package org.exportlicence.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.exportlicence.enterprise.Caller;
import org.exportlicence.enterprise.UserDirectory;
import org.exportlicence.licence.Licence;
import org.exportlicence.platform.ListQuery;
import org.exportlicence.platform.Roles;
import org.exportlicence.reference.TradeMode;

/**
 * 统计月报 — the caller's licences per month of a year, computed by the database: licences issued in the
 * year (a range on the issue date), grouped by month and unit of measure; the year's cumulative figures
 * are running sums over those at most 12 × units aggregated rows. A month the monthly-report job
 * published is shown as published: its figures come from the snapshot, so later corrections do not change
 * what was reported (see {@link MonthlyReport}).
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
public class MonthlyStatistics {
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;
    private static final String MONTH = "extract(month from l.validity.issueDate)";
    private static final String UNIT = "COLUMN('unit_code', a)";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private UserDirectory users;

    /** The months with licences, in month order, per unit of measure, with the year's cumulative figures. */
    public List<MonthRow> months(MonthlyFilter filter) {
        return report(filter).rows();
    }

    /**
     * The months with licences as {@link #months} gives them, published months from their snapshot (see
     * {@link PublishedMonths}) unless the conditions are ones the snapshot does not hold, with the year's
     * published months.
     */
    public MonthlyReport report(MonthlyFilter filter) {
        new StatisticsChecks(em)
                .that(
                        filter.year() >= FIRST_YEAR && filter.year() <= LAST_YEAR,
                        "year",
                        "statistics.monthly.error.year")
                .country("countryCode", filter.countryCode())
                .code13("enterpriseCode", filter.enterpriseCode())
                .done();
        Caller caller = users.caller();
        ListQuery<Licence> licences = CountedLicences.of(em, caller, filter.enterpriseCode())
                .between(
                        "l.validity.issueDate",
                        "issued",
                        LocalDate.of(filter.year(), 1, 1),
                        LocalDate.of(filter.year(), 12, 31))
                .equalsText("l.ownership.authority.code", "authority", filter.authorityCode())
                .whereGiven("a.trade.tradeMode.id = :tradeMode", "tradeMode", filter.tradeModeId())
                .equalsText("COLUMN('country_code', a)", "country", filter.countryCode());
        // Object[] rather than a constructor expression: EXTRACT is an Integer on H2, a NUMBER on Oracle.
        List<Object[]> live = licences.grouped(
                Object[].class,
                MONTH + ", " + UNIT + ", count(l), sum(a.goods.quantity), sum(a.goods.totalUsd)",
                MONTH + ", " + UNIT,
                MONTH + ", " + UNIT);
        List<MonthlyPublication> publications = PublishedMonths.of(em, filter.year());
        String liveReason = PublishedMonths.liveReason(caller, filter);
        boolean fromSnapshot = liveReason == null && !publications.isEmpty();
        List<Object[]> published = fromSnapshot
                ? PublishedMonths.figures(
                        em,
                        caller,
                        filter,
                        publications.stream().map(MonthlyPublication::getId).toList())
                : List.of();
        Set<Integer> publishedMonths = fromSnapshot
                ? publications.stream().map(p -> p.getMonth().getMonthValue()).collect(Collectors.toSet())
                : Set.of();
        return new MonthlyReport(
                MonthlyRows.merge(live, published, publishedMonths),
                publications.stream()
                        .map(p -> new MonthlyReport.Publication(p.getMonth().getMonthValue(), p.getPublishedAt()))
                        .toList(),
                liveReason);
    }

    /** The result as an .xlsx: title, the conditions, the months and a total line per unit. */
    public byte[] xlsx(MonthlyFilter filter, Locale locale) {
        return MonthlyWorkbook.write(
                report(filter),
                filter,
                tradeModeLabel(em, filter.tradeModeId()),
                users.caller().isEnterpriseUser(),
                locale);
    }

    /** A trade mode as a condition line shows it: code and Chinese name; null for none. */
    static String tradeModeLabel(EntityManager em, Long id) {
        TradeMode mode = id == null ? null : em.find(TradeMode.class, id);
        return mode == null ? null : mode.getCode() + " " + mode.getNameZh();
    }
}
