package org.exportlicence.quota;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.exportlicence.audit.AuditTrail;
import org.exportlicence.enterprise.Caller;
import org.exportlicence.enterprise.Enterprise;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.FieldError;
import org.exportlicence.reference.CodeSystem;
import org.exportlicence.reference.CommodityCategory;
import org.exportlicence.reference.Country;
import org.exportlicence.reference.IssuingAuthority;
import org.exportlicence.reference.TradeMode;
import org.exportlicence.reference.UnitOfMeasure;

/**
 * The rules of one allocation, for the form and for every row of an allocation list alike: each
 * refused input is added to the caller's list (nothing is thrown), and only an allocation without any
 * becomes a new, not yet saved {@link Quota}. An officer allocates for their own authority, to the
 * enterprises of its region only; the administrator for any authority.
 */
final class AllocationChecks {
    static final int QUANTITY_SCALE = 3;
    static final BigDecimal MAX_QUANTITY = new BigDecimal("99999999999999999");

    private final EntityManager em;
    private final Caller caller;

    AllocationChecks(EntityManager em, Caller caller) {
        this.em = em;
        this.caller = caller;
    }

    /**
     * The quota the allocation makes, or null when {@code errors} got a refusal. {@code numbersSoFar}
     * holds the document numbers of the rows before it in the same list (a number twice in one list is
     * refused like one already on the platform); this one is added.
     */
    Quota check(QuotaAllocation a, Set<String> numbersSoFar, List<FieldError> errors, LocalDateTime now) {
        int before = errors.size();
        Enterprise enterprise = enterprise(a.enterpriseCode(), errors);
        CommodityCategory category = category(a.year(), a.categoryCode(), errors);
        String documentNo = documentNo(a.documentNo(), a.year(), numbersSoFar, errors);
        BigDecimal quantity = quantity(a.quantity(), errors);
        UnitOfMeasure unit =
                found("unitCode", UnitOfMeasure.class, a.unitCode(), true, "quota.error.unitUnknown", errors);
        TradeMode tradeMode = tradeMode(a.tradeModeCode(), errors);
        Country country =
                found("countryCode", Country.class, a.countryCode(), false, "quota.error.countryUnknown", errors);
        if (category != null && (country != null || blank(a.countryCode()))) {
            MarketRestriction.of(em, category).check(country, errors);
        }
        IssuingAuthority authority = authority(a.authorityCode(), enterprise, errors);
        if (errors.size() > before) {
            return null;
        }
        return new Quota(enterprise, category.getCatalogueYear(), category.getCode(), documentNo, unit, quantity)
                .allocatedBy(authority, tradeMode, country, caller.username(), now);
    }

    private Enterprise enterprise(String code, List<FieldError> errors) {
        if (blank(code)) {
            errors.add(new FieldError("enterpriseCode", "error.required"));
            return null;
        }
        Enterprise enterprise = em
                .createQuery("select e from Enterprise e where e.enterpriseCode = :code", Enterprise.class)
                .setParameter("code", code.strip())
                .getResultList()
                .stream()
                .findFirst()
                .orElse(null);
        if (enterprise == null) {
            errors.add(new FieldError("enterpriseCode", "quota.error.enterpriseUnknown", code.strip()));
        } else if (caller.isAuthorityUser()
                && !enterprise.getAuthority().getCode().equals(caller.authorityCode())) {
            errors.add(new FieldError("enterpriseCode", "quota.error.enterpriseOutsideRegion", code.strip()));
            return null;
        }
        return enterprise;
    }

    private CommodityCategory category(Integer year, String code, List<FieldError> errors) {
        if (year == null) {
            errors.add(new FieldError("year", "error.required"));
            return null;
        }
        if (blank(code)) {
            errors.add(new FieldError("categoryCode", "error.required"));
            return null;
        }
        CommodityCategory category = em
                .createQuery(
                        "select c from CommodityCategory c where c.catalogueYear = :year "
                                + "and (c.code = :code or c.nameZh = :code)",
                        CommodityCategory.class)
                .setParameter("year", year)
                .setParameter("code", code.strip())
                .getResultList()
                .stream()
                .findFirst()
                .orElse(null);
        if (category == null) {
            errors.add(new FieldError("categoryCode", "quota.error.categoryUnknown", code.strip(), year));
        } else if (!category.isQuotaManaged()) {
            errors.add(new FieldError("categoryCode", "quota.error.categoryNotQuota", category.getNameZh(), year));
            return null;
        }
        return category;
    }

    private String documentNo(String typed, Integer year, Set<String> numbersSoFar, List<FieldError> errors) {
        if (blank(typed)) {
            errors.add(new FieldError("documentNo", "error.required"));
            return null;
        }
        String documentNo = typed.strip();
        if (!documentNo.matches(QuotaAllocation.DOCUMENT_NO_FORMAT)) {
            errors.add(new FieldError("documentNo", "quota.error.documentNoFormat", documentNo));
        } else if (year != null && !documentNo.startsWith(year + "-")) {
            errors.add(new FieldError("documentNo", "quota.error.documentNoYear", documentNo, year));
        } else if (!numbersSoFar.add(documentNo)) {
            errors.add(new FieldError("documentNo", "quota.error.documentNoTwice", documentNo));
        } else if (em.createQuery("select count(q) from Quota q where q.documentNo = :no", Long.class)
                        .setParameter("no", documentNo)
                        .getSingleResult()
                > 0) {
            errors.add(new FieldError("documentNo", "quota.error.documentNoTaken", documentNo));
        }
        return documentNo;
    }

    /** A quantity an allocation or adjustment may name: above zero, at most three decimals. */
    static BigDecimal quantity(BigDecimal quantity, List<FieldError> errors) {
        if (quantity == null) {
            errors.add(new FieldError("quantity", "error.required"));
        } else if (quantity.signum() <= 0) {
            errors.add(new FieldError("quantity", "quota.error.quantityPositive"));
        } else if (quantity.stripTrailingZeros().scale() > QUANTITY_SCALE || quantity.compareTo(MAX_QUANTITY) > 0) {
            errors.add(new FieldError("quantity", "quota.error.quantityFormat", QUANTITY_SCALE));
        } else {
            return quantity;
        }
        return null;
    }

    private TradeMode tradeMode(String code, List<FieldError> errors) {
        if (blank(code)) {
            return null;
        }
        TradeMode mode = em
                .createQuery(
                        "select m from TradeMode m where m.codeSystem = :system and m.code = :code", TradeMode.class)
                .setParameter("system", CodeSystem.CUSTOMS)
                .setParameter("code", code.strip())
                .getResultList()
                .stream()
                .findFirst()
                .orElse(null);
        if (mode == null) {
            errors.add(new FieldError("tradeModeCode", "quota.error.tradeModeUnknown", code.strip()));
        }
        return mode;
    }

    private IssuingAuthority authority(String code, Enterprise enterprise, List<FieldError> errors) {
        if (caller.isAuthorityUser()) {
            if (!blank(code) && !code.strip().equals(caller.authorityCode())) {
                errors.add(new FieldError("authorityCode", "quota.error.authorityNotOwn", code.strip()));
            }
            return em.find(IssuingAuthority.class, caller.authorityCode());
        }
        if (blank(code)) {
            return enterprise == null ? null : enterprise.getAuthority();
        }
        return found("authorityCode", IssuingAuthority.class, code, true, "quota.error.authorityUnknown", errors);
    }

    private <T> T found(
            String field, Class<T> type, String code, boolean required, String unknownKey, List<FieldError> errors) {
        if (blank(code)) {
            if (required) {
                errors.add(new FieldError(field, "error.required"));
            }
            return null;
        }
        T row = em.find(type, code.strip());
        if (row == null) {
            errors.add(new FieldError(field, unknownKey, code.strip()));
        }
        return row;
    }

    /** Saves a checked allocation and audits it: total none → allocated, what was allocated to whom. */
    static void save(EntityManager em, AuditTrail audit, Quota quota, String action) {
        em.persist(quota);
        audit.record(quota.auditSubject(), action, null, quota.getTotal().toPlainString(), describe(quota));
    }

    /**
     * Writes the new quotas now: two officers saving the same document number at once pass the check
     * both, and the database's unique key refuses the second, which is told so at the field.
     */
    static void flush(EntityManager em, String documentNo) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw BusinessException.atField("documentNo", "quota.error.documentNoTaken", documentNo);
        }
    }

    private static String describe(Quota q) {
        return q.getEnterprise().getEnterpriseCode() + " " + q.getYear() + "/" + q.getCategoryCode() + " "
                + q.getUnit().getCode() + ", " + q.getAuthority().getCode()
                + (q.getTradeMode() == null
                        ? ""
                        : ", trade mode " + q.getTradeMode().getCode())
                + (q.getCountry() == null ? "" : ", country " + q.getCountry().getCode());
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
