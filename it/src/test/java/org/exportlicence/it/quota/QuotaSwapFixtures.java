package org.exportlicence.it.quota;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.exportlicence.enterprise.Enterprise;
import org.exportlicence.quota.Quota;
import org.exportlicence.reference.UnitOfMeasure;

/**
 * Quotas for the swap tests: tungsten, antimony and molybdenum quotas of 2026 (their category codes
 * looked up in the catalogue by name), read back as they are in the database, and a licence's use
 * taken behind the services' back. Deployed inside the EJB module, beside the persistence unit.
 */
@Stateless
@PermitAll
public class QuotaSwapFixtures {
    public static final String TUNGSTEN = "钨及钨制品";
    public static final String ANTIMONY = "锑及锑制品";
    public static final String MOLYBDENUM = "钼及钼制品";
    public static final String RICE = "大米";
    public static final int YEAR = 2026;

    @PersistenceContext
    private EntityManager em;

    /** The category code of a 2026 catalogue category, by its Chinese name. */
    public String categoryCode(String nameZh) {
        return em.createQuery(
                        "select c.code from CommodityCategory c where c.catalogueYear = :year and c.nameZh = :name",
                        String.class)
                .setParameter("year", YEAR)
                .setParameter("name", nameZh)
                .getSingleResult();
    }

    /** A new 2026 quota (in kilograms) of a test enterprise in the named category; returns it as stored. */
    public Quota quota(String enterpriseCode, String categoryNameZh, BigDecimal total) {
        Enterprise enterprise = em.createQuery(
                        "select e from Enterprise e where e.enterpriseCode = :code", Enterprise.class)
                .setParameter("code", enterpriseCode)
                .getSingleResult();
        String documentNo = "S-" + UUID.randomUUID().toString().substring(0, 18);
        Quota quota = new Quota(
                enterprise, YEAR, categoryCode(categoryNameZh), documentNo, em.find(UnitOfMeasure.class, "035"), total);
        em.persist(quota);
        em.flush();
        return quota;
    }

    /** The quota as it is in the database now. */
    public Quota reread(long id) {
        Quota quota = em.find(Quota.class, id);
        em.refresh(quota);
        return quota;
    }

    /** The quotas under a document number's prefix (the source's and the lines its swaps created). */
    public List<Quota> quotasStartingWith(String documentNo) {
        return em.createQuery("select q from Quota q where q.documentNo like :no order by q.id", Quota.class)
                .setParameter("no", documentNo + "%")
                .getResultList();
    }

    /**
     * The quota's used amount set behind the services' back (consumed or released as needed): a
     * difference for quota-reconciliation to find, the same however often it is planted.
     */
    public void plantUsed(long quotaId, BigDecimal used) {
        Quota quota = em.find(Quota.class, quotaId);
        BigDecimal more = used.subtract(quota.getUsed());
        if (more.signum() > 0) {
            quota.consume(more);
        } else if (more.signum() < 0) {
            quota.release(more.negate());
        }
    }

    /** A licence's use, taken behind the services' back (as if one was issued meanwhile). */
    public void consume(long quotaId, BigDecimal quantity) {
        em.find(Quota.class, quotaId).consume(quantity);
    }
}
