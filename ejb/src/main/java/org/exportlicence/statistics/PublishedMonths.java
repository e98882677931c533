package org.exportlicence.statistics;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import org.exportlicence.enterprise.Caller;
import org.exportlicence.enterprise.DataScope;
import org.exportlicence.enterprise.Enterprise;
import org.exportlicence.platform.ListQuery;

/**
 * 统计月报's published months, read for a caller: which months of a year are published, whether the
 * snapshot can answer the caller's conditions, and the snapshot's figures per month and unit for the
 * caller's view — a clerk's enterprise (per authority when one is chosen), an officer's authority (or an
 * enterprise's licences of that authority when an enterprise is given), for the administrator the sum
 * over every authority (or one authority, or one enterprise).
 */
final class PublishedMonths {
    static final String FIGURES = "s.publication.reportMonth, s.unitCode, sum(s.licences), sum(s.quantity), "
            + "sum(s.totalUsd), sum(s.cumulativeLicences), sum(s.cumulativeQuantity), sum(s.cumulativeUsd)";

    private PublishedMonths() {}

    /** The year's published months (their current publication), in month order. */
    static List<MonthlyPublication> of(EntityManager em, int year) {
        return em.createQuery(
                        "select p from MonthlyPublication p where p.currentMonth between :first and :last "
                                + "order by p.currentMonth",
                        MonthlyPublication.class)
                .setParameter("first", year + "-01")
                .setParameter("last", year + "-12")
                .getResultList();
    }

    /**
     * Why the snapshot cannot answer (a message key), or null when it can: it holds every trade mode and
     * country together, and a clerk's figures per enterprise, not per clerk or department.
     */
    static String liveReason(Caller caller, MonthlyFilter filter) {
        if (filter.tradeModeId() != null || StatisticsChecks.hasText(filter.countryCode())) {
            return "batch.monthly.note.conditions";
        }
        if (caller.isEnterpriseUser() && caller.dataScope() != DataScope.ORGANISATION) {
            return "batch.monthly.note.dataScope";
        }
        return null;
    }

    /** The caller's figures of the publications: {report month, unit, the six sums} per month and unit. */
    static List<Object[]> figures(EntityManager em, Caller caller, MonthlyFilter filter, Collection<Long> ids) {
        ListQuery<PublishedFigures> lines = ListQuery.select(em, PublishedFigures.class, "s", "PublishedFigures s")
                .where("s.publication.id in :publications", "publications", ids)
                .equalsText("s.authorityCode", "authority", filter.authorityCode());
        if (caller.isEnterpriseUser()) {
            String code = em.find(Enterprise.class, caller.enterpriseId()).getEnterpriseCode();
            lines = lines.where("s.scopeKind = :kind", "kind", ScopeKind.ENTERPRISE)
                    .where("s.scopeCode = :scope", "scope", code);
        } else {
            boolean enterprise = StatisticsChecks.hasText(filter.enterpriseCode());
            lines = lines.where("s.scopeKind = :kind", "kind", enterprise ? ScopeKind.ENTERPRISE : ScopeKind.AUTHORITY)
                    .equalsText("s.scopeCode", "scope", enterprise ? filter.enterpriseCode() : null);
            if (caller.isAuthorityUser()) {
                lines = lines.where("s.authorityCode = :own", "own", caller.authorityCode());
            }
        }
        return lines.grouped(Object[].class, FIGURES, "s.publication.reportMonth, s.unitCode", null);
    }
}
