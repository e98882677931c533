package org.exportlicence.statistics;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.exportlicence.licence.LicenceStatus;

/**
 * What the monthly-report job reads, computed by the database over the licences every statistic counts
 * ({@link CountedLicences#everyScope}), for no caller: the scopes with licences issued in the year up
 * to the month's end, and a chunk of scopes' figures as two grouped queries (the month, the year so far).
 */
final class SnapshotQueries {
    private static final String AUTHORITY = "l.ownership.authority.code";
    private static final String UNIT = "COLUMN('unit_code', a)";
    private static final String FIGURES = "count(l), sum(a.goods.quantity), sum(a.goods.totalUsd)";

    private SnapshotQueries() {}

    /** Codes of the scopes of {@code kind} with licences issued from 1 January to the month's end, after {@code after}. */
    static List<String> scopes(EntityManager em, ScopeKind kind, YearMonth month, String after, int max) {
        String jpql = kind == ScopeKind.AUTHORITY
                ? "select s.code from IssuingAuthority s where s.code > :after and exists (select l.id from Licence l "
                        + "where l.ownership.authority = s and l.status <> :deleted "
                        + "and l.validity.issueDate between :first and :last) order by s.code"
                : "select s.enterpriseCode from Enterprise s where s.enterpriseCode > :after and exists ("
                        + "select l.id from Licence l where l.ownership.enterprise = s and l.status <> :deleted "
                        + "and l.validity.issueDate between :first and :last) order by s.enterpriseCode";
        return em.createQuery(jpql, String.class)
                .setParameter("after", after == null ? "" : after)
                .setParameter("deleted", LicenceStatus.DELETED)
                .setParameter("first", LocalDate.of(month.getYear(), 1, 1))
                .setParameter("last", month.atEndOfMonth())
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * The lines of the scopes {@code codes}: per scope, issuing authority and unit, the month's figures and
     * the year's up to the month's end. A unit with licences earlier in the year but none in the month has a
     * line too (zero for the month), so that sums over scopes keep its cumulative figures.
     */
    static List<SnapshotLine> lines(EntityManager em, ScopeKind kind, YearMonth month, List<String> codes) {
        String scope = kind == ScopeKind.AUTHORITY ? AUTHORITY : "l.ownership.enterprise.enterpriseCode";
        Map<String, Object[]> inMonth = new LinkedHashMap<>();
        for (Object[] t : grouped(em, scope, codes, month.atDay(1), month.atEndOfMonth())) {
            inMonth.put(key(t), t);
        }
        List<SnapshotLine> lines = new ArrayList<>();
        for (Object[] year : grouped(em, scope, codes, LocalDate.of(month.getYear(), 1, 1), month.atEndOfMonth())) {
            Object[] m = inMonth.get(key(year));
            lines.add(new SnapshotLine(
                    kind,
                    (String) year[0],
                    (String) year[1],
                    (String) year[2],
                    m == null ? 0L : StatisticsChecks.decimal(m[3]).longValue(),
                    m == null ? BigDecimal.ZERO : StatisticsChecks.decimal(m[4]),
                    m == null ? BigDecimal.ZERO : StatisticsChecks.decimal(m[5]),
                    StatisticsChecks.decimal(year[3]).longValue(),
                    StatisticsChecks.decimal(year[4]),
                    StatisticsChecks.decimal(year[5])));
        }
        return lines;
    }

    private static List<Object[]> grouped(
            EntityManager em, String scope, List<String> codes, LocalDate first, LocalDate last) {
        String keys = scope + ", " + AUTHORITY + ", " + UNIT;
        return CountedLicences.everyScope(em)
                .where(scope + " in :codes", "codes", codes)
                .between("l.validity.issueDate", "issued", first, last)
                .grouped(Object[].class, keys + ", " + FIGURES, keys, null);
    }

    private static String key(Object[] t) {
        return t[0] + "\u0000" + t[1] + "\u0000" + t[2];
    }
}
