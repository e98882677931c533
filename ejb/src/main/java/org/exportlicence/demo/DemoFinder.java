package org.exportlicence.demo;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.exportlicence.enterprise.Enterprise;
import org.exportlicence.quota.Quota;
import org.exportlicence.reference.Commodity;
import org.exportlicence.reference.Country;
import org.exportlicence.reference.UnitOfMeasure;

/** The rows the demo licences are made of: the demo enterprises, their quotas, goods and markets. */
final class DemoFinder {
    private final EntityManager em;

    DemoFinder(EntityManager em) {
        this.em = em;
    }

    /** Last year's quota of a category; the 2025 catalogue's category is the current one's, carried back. */
    Quota lastYearsQuota(Enterprise enterprise, String category, String documentNo, String total, String officer) {
        em.createNativeQuery("INSERT INTO commodity_category (catalogue_year, code, name_zh, name_en, quota_managed)"
                        + " SELECT 2025, c.code, c.name_zh, c.name_en, c.quota_managed FROM commodity_category c"
                        + " WHERE c.catalogue_year = 2026 AND c.code = ?1 AND NOT EXISTS (SELECT 1 FROM"
                        + " commodity_category x WHERE x.catalogue_year = 2025 AND x.code = ?1)")
                .setParameter(1, category)
                .executeUpdate();
        Quota quota = new Quota(
                        enterprise,
                        2025,
                        category,
                        documentNo,
                        em.find(UnitOfMeasure.class, "035"),
                        new BigDecimal(total))
                .allocatedBy(enterprise.getAuthority(), null, null, officer, LocalDateTime.of(2025, 1, 6, 9, 0));
        em.persist(quota);
        return quota;
    }

    Quota quota(String documentNo) {
        return em.createQuery("select q from Quota q where q.documentNo = :no", Quota.class)
                .setParameter("no", documentNo)
                .getSingleResult();
    }

    Enterprise enterprise(String code) {
        return em.createQuery("select e from Enterprise e where e.enterpriseCode = :code", Enterprise.class)
                .setParameter("code", code)
                .getSingleResult();
    }

    /** The 2026 catalogue's lines of a category: the HS codes named, or all of them. */
    List<Commodity> commodities(String category, String... hsCodes) {
        List<Commodity> lines = em.createQuery(
                        "select c from Commodity c where c.catalogueYear = 2026 and c.categoryCode = :category"
                                + " order by c.hsCode",
                        Commodity.class)
                .setParameter("category", category)
                .getResultList();
        List<String> wanted = hsCodes.length == 0 ? null : List.of(hsCodes);
        List<Commodity> chosen = lines.stream()
                .filter(c -> wanted == null || wanted.contains(c.getHsCode()))
                .toList();
        if (chosen.isEmpty()) {
            throw new IllegalStateException("No demo goods of category " + category);
        }
        return chosen;
    }

    List<Country> countries(String... codes) {
        return Arrays.stream(codes).map(code -> em.find(Country.class, code)).toList();
    }
}
