package org.exportlicence.it.quota;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.UUID;
import org.exportlicence.enterprise.Enterprise;
import org.exportlicence.quota.Quota;
import org.exportlicence.reference.UnitOfMeasure;

/**
 * Many quotas of a year nobody else uses, for the reconciliation's volume and restart tests: the
 * year's catalogue gets the rice category of 2026 (a quota's category must be in its year's
 * catalogue), the quotas have no licences (what they use is 0), and every n-th has a used amount of
 * 5 behind the services' back, so it differs. {@link #remove} takes all of it away again, so that no
 * other test sees the year in its catalogue lists. Deployed inside the EJB module.
 */
@Stateless
@PermitAll
public class QuotaVolumeFixtures {
    private static final BigDecimal PLANTED = new BigDecimal("5");

    @PersistenceContext
    private EntityManager em;

    /** Plants {@code count} quotas of {@code year} for the enterprise, every {@code nth} differing; returns the year's quotas. */
    public long plant(int year, String enterpriseCode, int count, int nth) {
        String rice = em.createQuery(
                        "select c.code from CommodityCategory c where c.catalogueYear = :year and c.nameZh = :name",
                        String.class)
                .setParameter("year", QuotaSwapFixtures.YEAR)
                .setParameter("name", QuotaSwapFixtures.RICE)
                .getSingleResult();
        em.createNativeQuery("INSERT INTO commodity_category (catalogue_year, code, name_zh, name_en, quota_managed)"
                        + " SELECT ?1, c.code, c.name_zh, c.name_en, c.quota_managed FROM commodity_category c"
                        + " WHERE c.catalogue_year = ?2 AND c.code = ?3 AND NOT EXISTS (SELECT 1 FROM commodity_category o"
                        + " WHERE o.catalogue_year = ?1 AND o.code = ?3)")
                .setParameter(1, year)
                .setParameter(2, QuotaSwapFixtures.YEAR)
                .setParameter(3, rice)
                .executeUpdate();
        Enterprise enterprise = em.createQuery(
                        "select e from Enterprise e where e.enterpriseCode = :code", Enterprise.class)
                .setParameter("code", enterpriseCode)
                .getSingleResult();
        UnitOfMeasure kilograms = em.find(UnitOfMeasure.class, "035");
        String prefix = "V" + year + "-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        for (int i = 1; i <= count; i++) {
            Quota quota = new Quota(enterprise, year, rice, prefix + i, kilograms, new BigDecimal("1000"));
            if (i % nth == 0) {
                quota.consume(PLANTED);
            }
            em.persist(quota);
            if (i % 500 == 0) {
                em.flush();
                em.clear();
                enterprise = em.find(Enterprise.class, enterprise.getId());
                kilograms = em.find(UnitOfMeasure.class, "035");
            }
        }
        em.flush();
        return count(year);
    }

    /** How many quotas the year has. */
    public long count(int year) {
        return em.createQuery("select count(q) from Quota q where q.year = :year", Long.class)
                .setParameter("year", year)
                .getSingleResult();
    }

    /** The year's quotas, their reconciliation differences and runs, and its catalogue, gone. */
    public void remove(int year) {
        em.createNativeQuery("DELETE FROM quota_difference_licence WHERE difference_id IN"
                        + " (SELECT d.id FROM quota_difference d WHERE d.quota_year = ?1)")
                .setParameter(1, year)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM quota_difference WHERE quota_year = ?1")
                .setParameter(1, year)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM quota_reconciliation_run WHERE quota_year = ?1")
                .setParameter(1, year)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM quota WHERE quota_year = ?1")
                .setParameter(1, year)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM commodity_category WHERE catalogue_year = ?1")
                .setParameter(1, year)
                .executeUpdate();
    }
}
