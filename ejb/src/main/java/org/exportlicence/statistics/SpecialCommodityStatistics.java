package org.exportlicence.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.exportlicence.enterprise.Caller;
import org.exportlicence.enterprise.UserDirectory;
import org.exportlicence.platform.ListQuery;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.platform.Roles;
import org.exportlicence.reference.Country;
import org.exportlicence.reference.UnitOfMeasure;

/**
 * 大米专项查询/统计 and 焦炭专项查询/统计 — the caller's rice or coke licences and their totals. Every figure
 * is the database's: the list is paged and counted there, the statistics are sums and counts grouped there
 * (by 品名（规格等级）, 出口商, 国别（地区）and unit; a unit's total line adds its groups' sums); only the division of a
 * group's amount by its quantity is made on the summed row (see {@link SpecialPrices}).
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
public class SpecialCommodityStatistics {
    /** The most licences one 专项查询 workbook holds; the page says so beside 导出Excel. */
    public static final int EXPORT_MAX = 100_000;

    /** Rows read per query while a workbook is written. */
    static final int EXPORT_SLICE = 1_000;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private UserDirectory users;

    public ResultPage<SpecialLicenceRow> licences(SpecialFilter filter, PageRequest page) {
        return licenceQuery(filter).page(page, SpecialQueries.SORTING);
    }

    /**
     * Totals by product name, exporter and country (and unit), in unit, product, exporter and country
     * order, each unit's groups followed by that unit's total line ({@link SpecialTotalRow#isTotal()}).
     */
    public List<SpecialTotalRow> totals(SpecialFilter filter) {
        Caller caller = users.caller();
        List<Object[]> groups = SpecialQueries.of(em, caller, filter, Object[].class, "l")
                .grouped(Object[].class, SpecialQueries.GROUP_ROW, SpecialQueries.GROUP_BY, SpecialQueries.GROUP_ORDER);
        // Groups come in unit order; each unit's total line adds its groups' sums (a few hundred aggregated
        // rows at most, never a licence) instead of scanning the licences a second time.
        List<SpecialTotalRow> rows = new ArrayList<>(groups.size() + 4);
        List<SpecialTotalRow> unit = new ArrayList<>();
        Map<String, Country> countries = new HashMap<>();
        Map<String, UnitOfMeasure> units = new HashMap<>();
        for (Object[] g : groups) {
            SpecialTotalRow byCodes = new SpecialTotalRow(
                    (String) g[0],
                    (String) g[1],
                    (String) g[2],
                    (String) g[3],
                    (String) g[4],
                    (String) g[5],
                    StatisticsChecks.decimal(g[6]).longValue(),
                    StatisticsChecks.decimal(g[7]),
                    StatisticsChecks.decimal(g[8]));
            Country country = countries.computeIfAbsent(byCodes.countryCode(), code -> em.find(Country.class, code));
            UnitOfMeasure measure =
                    units.computeIfAbsent(byCodes.unitCode(), code -> em.find(UnitOfMeasure.class, code));
            SpecialTotalRow group = byCodes.named(
                    country == null ? null : country.getNameZh(),
                    country == null ? null : country.getNameEn(),
                    measure == null ? null : measure.getNameZh(),
                    measure == null ? null : measure.getNameEn());
            if (!unit.isEmpty() && !unit.get(0).unitCode().equals(group.unitCode())) {
                rows.addAll(unit);
                rows.add(totalOf(unit));
                unit.clear();
            }
            unit.add(group);
        }
        if (!unit.isEmpty()) {
            rows.addAll(unit);
            rows.add(totalOf(unit));
        }
        return rows;
    }

    private static SpecialTotalRow totalOf(List<SpecialTotalRow> groups) {
        SpecialTotalRow first = groups.get(0);
        return new SpecialTotalRow(
                first.unitCode(),
                first.unitNameZh(),
                first.unitNameEn(),
                groups.stream().mapToLong(SpecialTotalRow::licences).sum(),
                groups.stream().map(SpecialTotalRow::quantity).reduce(BigDecimal.ZERO, BigDecimal::add),
                groups.stream().map(SpecialTotalRow::amountUsd).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** The list as filtered, in licence number order, read in slices; at most {@link #EXPORT_MAX} licences. */
    public byte[] licencesXlsx(SpecialFilter filter, Locale locale) {
        ListQuery<SpecialLicenceRow> query = licenceQuery(filter);
        try (SpecialWorkbooks book = new SpecialWorkbooks(filter, locale, ownExporterCode(), false)) {
            book.licenceHeader();
            for (int first = 0; first < EXPORT_MAX; first += EXPORT_SLICE) {
                List<SpecialLicenceRow> slice =
                        query.slice(first, Math.min(EXPORT_SLICE, EXPORT_MAX - first), SpecialQueries.SORTING);
                slice.forEach(book::licence);
                if (slice.size() < EXPORT_SLICE) {
                    break;
                }
            }
            return book.toBytes();
        }
    }

    public byte[] totalsXlsx(SpecialFilter filter, Locale locale) {
        List<SpecialTotalRow> rows = totals(filter);
        try (SpecialWorkbooks book = new SpecialWorkbooks(filter, locale, ownExporterCode(), true)) {
            book.totalHeader();
            rows.forEach(book::total);
            return book.toBytes();
        }
    }

    private ListQuery<SpecialLicenceRow> licenceQuery(SpecialFilter filter) {
        return SpecialQueries.of(em, users.caller(), filter, SpecialLicenceRow.class, SpecialQueries.LICENCE_ROW);
    }

    /** A clerk's 出口商代码 is always their enterprise's, whatever the filter says; an officer's is the filter's. */
    private String ownExporterCode() {
        return users.caller().isEnterpriseUser() ? users.currentProfile().organisationCode() : null;
    }
}
