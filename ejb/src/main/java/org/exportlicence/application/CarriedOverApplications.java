package org.exportlicence.application;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Base64;
import org.exportlicence.enterprise.Enterprise;
import org.exportlicence.reference.Commodity;
import org.exportlicence.reference.Country;
import org.exportlicence.reference.Currency;
import org.exportlicence.reference.CustomsPort;
import org.exportlicence.reference.PaymentMethod;
import org.exportlicence.reference.TradeMode;
import org.exportlicence.reference.TransportMode;
import org.exportlicence.seal.SealKeys;
import org.exportlicence.seal.SmCrypto;

/**
 * Applications carried over from records kept before the platform (the demo data's): entered, sealed with
 * the enterprise's seal and taken through 上报, 初审, 复审 and 发证 by the state machine, on the days they
 * happened. The caller persists nothing more; the licence is made by {@code CarriedOverLicences}.
 */
public final class CarriedOverApplications {
    private CarriedOverApplications() {}

    /** Boxes 5–19 as resolved reference rows (the licence year's catalogue entry for box 11). */
    public record Lines(
            TradeMode tradeMode,
            String contractNo,
            CustomsPort port,
            Country country,
            PaymentMethod payment,
            TransportMode transport,
            Commodity commodity,
            String specification,
            BigDecimal quantity,
            BigDecimal unitPrice,
            Currency currency,
            BigDecimal usdRate,
            String quotaDocumentNo) {}

    /** Who handled it: the clerk who entered it, the two reviewers and the issuer. */
    public record Handlers(String clerk, String firstReviewer, String secondReviewer, String issuer) {}

    /**
     * An application entered the day before {@code submittedAt}, submitted then, approved at 初审 and 复审
     * and marked issued at {@code issuedAt}; persisted and numbered. The seal's signing time is when the
     * record is carried over ({@code sealedAt}), inside the validity of the seal's certificate.
     */
    public static Application issued(
            EntityManager em,
            Enterprise enterprise,
            int licenceYear,
            Handlers by,
            LocalDateTime submittedAt,
            LocalDateTime issuedAt,
            Lines lines,
            SealKeys.Signer seal,
            Instant sealedAt) {
        TradeTerms trade = new TradeTerms(
                enterprise.getNameZh(),
                enterprise.getEnterpriseCode(),
                lines.tradeMode(),
                lines.contractNo(),
                lines.port(),
                lines.country(),
                lines.payment(),
                lines.transport());
        Goods goods = new Goods(
                lines.commodity(),
                lines.commodity().getHsCode() + "00",
                lines.specification(),
                lines.quantity(),
                lines.unitPrice(),
                lines.currency(),
                lines.usdRate(),
                lines.quotaDocumentNo(),
                null);
        LocalDateTime enteredAt = submittedAt.minusDays(1);
        Application application = new Application(
                enterprise,
                by.clerk(),
                licenceYear,
                enteredAt,
                new ApplicationContent(trade, goods, ContractInfo.NONE));
        em.persist(application);
        application.assignNumber(ApplicationNumber.of(licenceYear, application.getId()));
        byte[] signature = SmCrypto.signDetached(
                ApplicationCanonicalForm.of(application), seal.key(), seal.certificate(), sealedAt);
        application.seal(Base64.getEncoder().encodeToString(signature), by.clerk(), enteredAt.plusMinutes(30));
        application.apply(ApplicationAction.SUBMIT, by.clerk(), null, submittedAt);
        application.apply(ApplicationAction.APPROVE_FIRST, by.firstReviewer(), null, submittedAt.plusHours(2));
        application.apply(ApplicationAction.APPROVE_SECOND, by.secondReviewer(), null, issuedAt.minusHours(1));
        application.apply(ApplicationAction.ISSUE, by.issuer(), null, issuedAt);
        return application;
    }
}
