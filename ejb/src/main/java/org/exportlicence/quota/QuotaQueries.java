package org.exportlicence.quota;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.exportlicence.audit.AuditEvent;
import org.exportlicence.audit.AuditTrail;
import org.exportlicence.enterprise.UserDirectory;
import org.exportlicence.platform.ListQuery;
import org.exportlicence.platform.NotFoundException;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.platform.Roles;
import org.exportlicence.platform.Sorting;
import org.exportlicence.reference.CodeSystem;
import org.exportlicence.reference.CommodityCategory;
import org.exportlicence.reference.Country;
import org.exportlicence.reference.IssuingAuthority;
import org.exportlicence.reference.TradeMode;
import org.exportlicence.reference.UnitOfMeasure;

/**
 * 配额管理 — what the quota screens read, always within the caller's scope (an officer their
 * authority's quotas, the administrator all): the filtered list with each quota's licence count, one
 * quota and its history. Another authority's quota is "not found", whether it exists or not.
 */
@Stateless
@RolesAllowed({Roles.QUOTA_OFFICER, Roles.ADMIN})
public class QuotaQueries {
    /** At most this many rows go into an export (the page says so). */
    public static final int EXPORT_MAX = 10_000;

    private static final Sorting SORTING = Sorting.by("q.documentNo", "q.id asc")
            .and("documentNo", "q.documentNo")
            .and("year", "q.year")
            .and("categoryCode", "q.categoryCode")
            .and("total", "q.total")
            .and("used", "q.used")
            .and("allocatedAt", "q.allocatedAt");

    @PersistenceContext
    private EntityManager em;

    @EJB
    private UserDirectory users;

    @EJB
    private AuditTrail audit;

    public ResultPage<QuotaRow> list(QuotaFilter filter, PageRequest page) {
        ResultPage<Quota> quotas = scoped(filter).page(page, SORTING);
        return new ResultPage<>(withLicenceCounts(quotas.rows()), quotas.total());
    }

    /** The first {@link #EXPORT_MAX} rows of the filtered list, in document-number order. */
    public List<QuotaRow> exportRows(QuotaFilter filter) {
        // In slices: the licence counts are read per slice (an id list), and no slice counts the whole list.
        ListQuery<Quota> query = scoped(filter);
        List<QuotaRow> rows = new ArrayList<>();
        while (rows.size() < EXPORT_MAX) {
            List<Quota> slice =
                    query.slice(rows.size(), Math.min(PageRequest.MAX_SIZE, EXPORT_MAX - rows.size()), SORTING);
            rows.addAll(withLicenceCounts(slice));
            if (slice.size() < PageRequest.MAX_SIZE) {
                break;
            }
        }
        return rows;
    }

    /** One quota the caller may see. */
    public Quota find(long id) {
        return scoped(QuotaFilter.none()).where("q.id = :id", "id", id).single().orElseThrow(NotFoundException::new);
    }

    public QuotaView view(long id) {
        Quota quota = find(id);
        // By key: categories are a cached reference entity.
        CommodityCategory found =
                em.find(CommodityCategory.class, new CommodityCategory.Key(quota.getYear(), quota.getCategoryCode()));
        String category = found == null ? quota.getCategoryCode() : found.getNameZh();
        return new QuotaView(withLicenceCounts(List.of(quota)).get(0), category, audit.history(quota.auditSubject()));
    }

    /** The allocation form's choices (reference data, the same for every caller). */
    public QuotaChoices choices() {
        return new QuotaChoices(
                em.createQuery(
                                "select distinct c.catalogueYear from CommodityCategory c order by c.catalogueYear desc",
                                Integer.class)
                        .getResultList(),
                em.createQuery(
                                "select c from CommodityCategory c where c.quotaManaged = true "
                                        + "order by c.catalogueYear desc, c.code",
                                CommodityCategory.class)
                        .getResultList(),
                em.createQuery("select u from UnitOfMeasure u order by u.code", UnitOfMeasure.class)
                        .getResultList(),
                em.createQuery(
                                "select m from TradeMode m where m.codeSystem = :system order by m.code",
                                TradeMode.class)
                        .setParameter("system", CodeSystem.CUSTOMS)
                        .getResultList(),
                em.createQuery("select c from Country c order by c.code", Country.class)
                        .getResultList(),
                em.createQuery("select a from IssuingAuthority a order by a.code", IssuingAuthority.class)
                        .getResultList());
    }

    public List<AuditEvent> history(long id) {
        return audit.history(find(id).auditSubject());
    }

    private ListQuery<Quota> scoped(QuotaFilter filter) {
        return ListQuery.select(em, Quota.class, "q", "Quota q")
                .where(users.caller().enterpriseScope("q.enterprise.id", "q.authority.code"))
                .whereGiven("q.year = :year", "year", filter.year())
                .whereGiven(
                        "q.categoryCode = :category",
                        "category",
                        filter.categoryCode() == null || filter.categoryCode().isBlank() ? null : filter.categoryCode())
                .contains("enterprise", filter.enterprise(), "q.enterprise.nameZh", "q.enterprise.enterpriseCode")
                .startsWith("q.documentNo", "documentNo", filter.documentNo());
    }

    /**
     * The licences drawn on each quota, counted by the database in one query. Licences are named by
     * their entity name only: the licence capability depends on quotas, not the other way round.
     */
    private List<QuotaRow> withLicenceCounts(List<Quota> quotas) {
        if (quotas.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery(
                        "select l.quota.id, count(l) from Licence l where l.quota.id in :ids group by l.quota.id",
                        Object[].class)
                .setParameter("ids", quotas.stream().map(Quota::getId).toList())
                .getResultList()
                .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return quotas.stream()
                .map(q -> new QuotaRow(q, counts.getOrDefault(q.getId(), 0L)))
                .toList();
    }
}
