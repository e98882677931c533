package org.exportlicence.quota;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.exportlicence.platform.FieldError;
import org.exportlicence.reference.CommodityCategory;
import org.exportlicence.reference.Country;

/**
 * The markets a category's quota is for, where the catalogue restricts them: 活牛 and 活猪 are quota
 * goods for the Hong Kong and Macao markets only, 活鸡 for Hong Kong only (other markets need a licence
 * only). Read from the catalogue's notes on the category's goods lines (commodity.quota_note, e.g. "HK/Macao
 * markets only", "Hong Kong only"); such a quota must name one of those destinations.
 */
record MarketRestriction(String categoryName, Set<String> countryCodes) {
    static final String HONG_KONG = "110";
    static final String MACAO = "121";

    static MarketRestriction of(EntityManager em, CommodityCategory category) {
        List<String> notes = em.createQuery(
                        "select distinct c.quotaNote from Commodity c where c.catalogueYear = :year "
                                + "and c.categoryCode = :code and c.quotaManaged = true and c.quotaNote is not null",
                        String.class)
                .setParameter("year", category.getCatalogueYear())
                .setParameter("code", category.getCode())
                .getResultList();
        Set<String> codes = new LinkedHashSet<>();
        for (String note : notes) {
            if (note.contains("HK/Macao")) {
                codes.add(HONG_KONG);
                codes.add(MACAO);
            } else if (note.contains("Hong Kong only")) {
                codes.add(HONG_KONG);
            }
        }
        return new MarketRestriction(category.getNameZh(), codes);
    }

    /** Refuses a missing or other destination where the catalogue restricts the market. */
    void check(Country destination, List<FieldError> errors) {
        if (countryCodes.isEmpty()) {
            return;
        }
        String allowed = String.join(" / ", countryCodes);
        if (destination == null) {
            errors.add(new FieldError("countryCode", "quota.error.marketRequired", categoryName, allowed));
        } else if (!countryCodes.contains(destination.getCode())) {
            errors.add(new FieldError(
                    "countryCode", "quota.error.marketNotAllowed", categoryName, destination.getCode(), allowed));
        }
    }
}
