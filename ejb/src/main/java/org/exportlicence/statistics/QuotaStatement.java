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
import org.exportlicence.enterprise.UserDirectory;
import org.exportlicence.licence.LicenceStatus;
import org.exportlicence.platform.ListQuery;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.platform.Roles;
import org.exportlicence.platform.Sorting;

/**
 * 配额查询 — the caller's quotas (a clerk's enterprise's, an officer's authority's, narrowed to one
 * enterprise when its code is given) with total, used, unused and the licences issued against each,
 * counted by the database; paged, and the whole statement as .xlsx.
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
public class QuotaStatement {
    /** At most this many rows go into an export (the page says so). */
    public static final int EXPORT_MAX = 100_000;

    private static final Sorting SORTING = Sorting.by("q.documentNo", "q.id")
            .and("documentNo", "q.documentNo")
            .and("year", "q.year")
            .and("categoryCode", "q.categoryCode")
            .and("total", "q.total")
            .and("used", "q.used");

    private static final String FROM = "Quota q join q.enterprise e join q.unit u"
            + " left join CommodityCategory c on c.catalogueYear = q.year and c.code = q.categoryCode";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private UserDirectory users;

    public ResultPage<QuotaStatementRow> list(QuotaStatementFilter filter, PageRequest page) {
        ResultPage<QuotaStatementRow> rows = query(filter).page(page, SORTING);
        return new ResultPage<>(withLicenceCounts(rows.rows()), rows.total());
    }

    /** The whole statement as .xlsx, in document-number order, at most {@link #EXPORT_MAX} rows. */
    public byte[] xlsx(QuotaStatementFilter filter, Locale locale) {
        ListQuery<QuotaStatementRow> query = query(filter);
        try (QuotaWorkbook book = new QuotaWorkbook(locale, filter, users.caller())) {
            int read = 0;
            while (read < EXPORT_MAX) {
                List<QuotaStatementRow> slice =
                        query.slice(read, Math.min(PageRequest.MAX_SIZE, EXPORT_MAX - read), SORTING);
                withLicenceCounts(slice).forEach(book::row);
                read += slice.size();
                if (slice.size() < PageRequest.MAX_SIZE) {
                    break;
                }
            }
            return book.toBytes();
        }
    }

    private ListQuery<QuotaStatementRow> query(QuotaStatementFilter filter) {
        Caller caller = users.caller();
        ListQuery<QuotaStatementRow> query = ListQuery.project(
                        em, QuotaStatementRow.class, QuotaStatementRow.SELECT, "q", FROM)
                .where(caller.enterpriseScope("q.enterprise.id", "q.authority.code"))
                .whereGiven("q.year = :year", "year", filter.year())
                .equalsText("q.categoryCode", "category", filter.categoryCode())
                .startsWith("q.documentNo", "documentNo", filter.documentNo());
        return caller.isEnterpriseUser()
                ? query
                : query.equalsText("e.enterpriseCode", "enterprise", filter.enterpriseCode());
    }

    /** The licences (not deleted) issued against each quota of a page, counted by the database in one query. */
    private List<QuotaStatementRow> withLicenceCounts(List<QuotaStatementRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery(
                        "select l.quota.id, count(l) from Licence l where l.quota.id in :ids"
                                + " and l.status <> :deleted group by l.quota.id",
                        Object[].class)
                .setParameter(
                        "ids", rows.stream().map(QuotaStatementRow::quotaId).toList())
                .setParameter("deleted", LicenceStatus.DELETED)
                .getResultList()
                .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return rows.stream()
                .map(r -> r.withLicences(counts.getOrDefault(r.quotaId(), 0L)))
                .toList();
    }
}
