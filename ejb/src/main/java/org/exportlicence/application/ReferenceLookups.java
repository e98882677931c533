package org.exportlicence.application;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.exportlicence.platform.FieldError;
import org.exportlicence.reference.CodeSystem;
import org.exportlicence.reference.Commodity;
import org.exportlicence.reference.CommodityCode;
import org.exportlicence.reference.Currency;
import org.exportlicence.reference.MultiSystemCode;
import org.exportlicence.reference.TradeMode;

/**
 * The reference look-ups of an application form: the commodity in the licence year's catalogue,
 * the rows of the customs codes, the licence's own wordings of boxes 5 and 10, and the USD rate of
 * the day. A missing or unknown code is refused at its field, into the list of {@link ApplicationChecks}.
 */
final class ReferenceLookups {
    private final EntityManager em;
    private final List<FieldError> errors;

    ReferenceLookups(EntityManager em, List<FieldError> errors) {
        this.em = em;
        this.errors = errors;
    }

    /** The commodity of a code in a year's catalogue, or null. */
    static Commodity commodity(EntityManager em, String code, int year) {
        String hsLine;
        try {
            hsLine = CommodityCode.of(code).hsLine();
        } catch (IllegalArgumentException e) {
            return null;
        }
        List<Commodity> found = em.createQuery(
                        "select c from Commodity c where c.catalogueYear = :year and c.hsCode = :hs", Commodity.class)
                .setParameter("year", year)
                .setParameter("hs", hsLine)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** The commodity of box 11 in the licence year's catalogue; refused when missing or unknown. */
    Commodity commodity(String field, String code, int year) {
        if (!required(field, code)) {
            return null;
        }
        Commodity commodity = commodity(em, code, year);
        if (commodity == null) {
            refuse(field, "application.error.commodityUnknown", code, year);
        }
        return commodity;
    }

    <T> T reference(String field, Class<T> type, String code) {
        if (!required(field, code)) {
            return null;
        }
        T found = em.find(type, code.strip());
        if (found == null) {
            refuse(field, "application.error.codeUnknown", code);
        }
        return found;
    }

    /** Like {@link #reference}, but nothing entered is no row rather than a refusal. */
    <T> T optionalReference(String field, Class<T> type, String code) {
        return code == null ? null : reference(field, type, code);
    }

    /** Boxes 5 and 10 take the wordings printed on the licence, one of them only. */
    <T extends MultiSystemCode> T licenceWording(String field, Class<T> type, Long id) {
        if (id == null) {
            refuse(field, "error.required");
            return null;
        }
        T found = em.find(type, id);
        if (found == null || found.getCodeSystem() != CodeSystem.LICENCE) {
            refuse(field, "application.error.codeUnknown", String.valueOf(id));
            return null;
        }
        return found;
    }

    /** The customs trade modes a licence wording stands for (its maps_to codes, "0615/0715"); none for some. */
    List<TradeMode> customsModes(TradeMode wording) {
        if (wording.getMapsTo() == null || wording.getMapsTo().isBlank()) {
            return List.of();
        }
        return em.createQuery(
                        "select m from TradeMode m where m.codeSystem = :system and m.code in :codes", TradeMode.class)
                .setParameter("system", CodeSystem.CUSTOMS)
                .setParameter("codes", List.of(wording.getMapsTo().strip().split("\\s*/\\s*")))
                .getResultList();
    }

    /** The latest rate up to {@code today} of a currency (null: refused at {@code field}, or no currency). */
    BigDecimal usdRate(String field, Currency currency, LocalDate today) {
        if (currency == null) {
            return null;
        }
        List<BigDecimal> rates = em.createQuery(
                        "select r.usdPerUnit from ExchangeRate r where r.currencyCode = :code "
                                + "and r.rateDate <= :today order by r.rateDate desc",
                        BigDecimal.class)
                .setParameter("code", currency.getCode())
                .setParameter("today", today)
                .setMaxResults(1)
                .getResultList();
        if (rates.isEmpty()) {
            refuse(field, "application.error.noExchangeRate", currency.getCode());
            return null;
        }
        return rates.get(0);
    }

    private boolean required(String field, String value) {
        if (value == null || value.isBlank()) {
            refuse(field, "error.required");
            return false;
        }
        return true;
    }

    private void refuse(String field, String key, Object... arguments) {
        errors.add(new FieldError(field, key, arguments));
    }
}
