package org.exportlicence.quota;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.exportlicence.enterprise.Caller;
import org.exportlicence.enterprise.UserDirectory;
import org.exportlicence.platform.Condition;
import org.exportlicence.platform.ListQuery;
import org.exportlicence.platform.NotFoundException;
import org.exportlicence.platform.Roles;
import org.exportlicence.reference.CommodityCategory;

/**
 * 钨锑钼配额调换 — the one place swaps are looked up (by id within the caller's scope, anything else
 * "not found"; or as a scoped list query) and the one place that knows which quotas may be swapped:
 * those of the tungsten, antimony and molybdenum categories of their year's catalogue.
 */
@Stateless
@RolesAllowed({Roles.ENTERPRISE, Roles.QUOTA_OFFICER, Roles.ADMIN})
public class QuotaSwaps {
    /** The catalogue's categories whose quotas may be swapped (named as in every year's catalogue). */
    static final Set<String> SWAPPABLE_CATEGORIES = Set.of("钨及钨制品", "锑及锑制品", "钼及钼制品");

    @PersistenceContext
    private EntityManager em;

    @EJB
    private UserDirectory users;

    /** One swap the caller may see; two deciding it at once never both succeed (version column). */
    public QuotaSwap inScope(long id) {
        return scoped(users.caller()).where("s.id = :id", "id", id).single().orElseThrow(NotFoundException::new);
    }

    /**
     * The caller's swaps: a clerk's within their data scope, an officer's of their authority, all for
     * the administrator (who decides swaps too).
     */
    public ListQuery<QuotaSwap> scoped(Caller caller) {
        Condition scope =
                caller.isAdministrator() ? new Condition("1 = 1", Map.of()) : caller.scope(QuotaSwap.class, "s");
        return ListQuery.select(em, QuotaSwap.class, "s", "QuotaSwap s").where(scope);
    }

    /** The swappable categories of a year's catalogue, in code order. */
    public List<CommodityCategory> categories(int year) {
        return em.createQuery(
                        "select c from CommodityCategory c where c.catalogueYear = :year and c.nameZh in :names "
                                + "order by c.code",
                        CommodityCategory.class)
                .setParameter("year", year)
                .setParameter("names", SWAPPABLE_CATEGORIES)
                .getResultList();
    }

    /** Whether a quota may be swapped: its category is tungsten, antimony or molybdenum of its year. */
    public boolean swappable(Quota quota) {
        return isSwappableCategory(quota.getYear(), quota.getCategoryCode());
    }

    public boolean isSwappableCategory(int year, String categoryCode) {
        return categoryCode != null
                && categories(year).stream().anyMatch(c -> c.getCode().equals(categoryCode));
    }

    /** The enterprise's swappable quotas (an enterprise-wide matter: any clerk of it sees them all). */
    public List<Quota> swappableQuotas(long enterpriseId) {
        return em.createQuery(
                        "select q from Quota q, CommodityCategory c where q.enterprise.id = :enterprise "
                                + "and c.catalogueYear = q.year and c.code = q.categoryCode and c.nameZh in :names "
                                + "order by q.year desc, q.categoryCode, q.documentNo",
                        Quota.class)
                .setParameter("enterprise", enterpriseId)
                .setParameter("names", SWAPPABLE_CATEGORIES)
                .getResultList();
    }

    /** One of the enterprise's swappable quotas; empty for any other (another's, not swappable, unknown). */
    public Optional<Quota> swappableQuota(long enterpriseId, Long quotaId) {
        if (quotaId == null) {
            return Optional.empty();
        }
        Quota quota = em.find(Quota.class, quotaId);
        return quota != null && quota.getEnterprise().getId().equals(enterpriseId) && swappable(quota)
                ? Optional.of(quota)
                : Optional.empty();
    }
}
