package org.exportlicence.application;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.exportlicence.enterprise.Enterprise;
import org.exportlicence.platform.CustomsText;
import org.exportlicence.platform.FieldError;
import org.exportlicence.platform.ValidationException;
import org.exportlicence.quota.Quota;
import org.exportlicence.quota.Quotas;
import org.exportlicence.reference.Commodity;
import org.exportlicence.reference.CommodityCode;
import org.exportlicence.reference.Country;
import org.exportlicence.reference.Currency;
import org.exportlicence.reference.CustomsPort;
import org.exportlicence.reference.PaymentMethod;
import org.exportlicence.reference.PriceTerm;
import org.exportlicence.reference.TradeMode;
import org.exportlicence.reference.TransportMode;

/**
 * Checks an application form against the rules of the licence form (证面内容规范) and the
 * reference tables, and resolves every code ({@link ReferenceLookups}). Collects every refusal, so
 * the page can show each beside its field; only a form without any becomes {@link ApplicationContent}.
 */
final class ApplicationChecks {
    static final int CONTRACT_NO_MAX = 17;
    static final int SPECIFICATION_MAX = 100;
    static final int REMARKS_MAX = 200;
    static final int NAME_MAX = 200;
    static final int ADDRESS_MAX = 300;
    static final int QUANTITY_SCALE = 3;
    static final int PRICE_SCALE = 4;
    static final BigDecimal MAX_QUANTITY = new BigDecimal("999999999999999");
    static final BigDecimal MAX_PRICE = new BigDecimal("99999999999999");

    private final Quotas quotas;
    private final List<FieldError> errors = new ArrayList<>();
    private final ReferenceLookups references;

    ApplicationChecks(EntityManager em, Quotas quotas) {
        this.quotas = quotas;
        this.references = new ReferenceLookups(em, errors);
    }

    ApplicationContent check(ApplicationForm f, Enterprise enterprise, int licenceYear, LocalDate today) {
        Commodity commodity = references.commodity("commodityCode", f.getCommodityCode(), licenceYear);
        CustomsPort port = references.reference("portCode", CustomsPort.class, f.getPortCode());
        Country country = references.reference("countryCode", Country.class, f.getCountryCode());
        PaymentMethod payment =
                references.reference("paymentMethodCode", PaymentMethod.class, f.getPaymentMethodCode());
        Currency currency = references.reference("currencyCode", Currency.class, f.getCurrencyCode());
        TradeMode tradeMode = references.licenceWording("tradeModeId", TradeMode.class, f.getTradeModeId());
        TransportMode transportMode =
                references.licenceWording("transportModeId", TransportMode.class, f.getTransportModeId());

        String contractNo = text("contractNo", f.getContractNo(), CONTRACT_NO_MAX, true);
        String consignorName = text("consignorName", f.getConsignorName(), NAME_MAX, true);
        String consignorCode = text("consignorCode", f.getConsignorCode(), 13, true);
        if (consignorCode != null && !consignorCode.matches("[0-9A-Z]{13}")) {
            refuse("consignorCode", "application.error.enterpriseCode");
        }
        String specification = text("specification", f.getSpecification(), SPECIFICATION_MAX, false);
        String remarks = text("remarks", f.getRemarks(), REMARKS_MAX, false);

        BigDecimal quantity = f.getQuantity();
        if (quantity == null) {
            refuse("quantity", "error.required");
        } else if (quantity.signum() <= 0) {
            refuse("quantity", "application.error.quantityPositive");
        } else if (quantity.stripTrailingZeros().scale() > QUANTITY_SCALE || quantity.compareTo(MAX_QUANTITY) > 0) {
            refuse("quantity", "application.error.decimalFormat", QUANTITY_SCALE);
        }
        BigDecimal unitPrice = f.getUnitPrice();
        if (unitPrice == null) {
            refuse("unitPrice", "error.required");
        } else if (unitPrice.signum() < 0) {
            refuse("unitPrice", "application.error.priceNotNegative");
        } else if (unitPrice.stripTrailingZeros().scale() > PRICE_SCALE || unitPrice.compareTo(MAX_PRICE) > 0) {
            refuse("unitPrice", "application.error.decimalFormat", PRICE_SCALE);
        }

        BigDecimal usdRate = references.usdRate("currencyCode", currency, today);

        String quotaDocumentNo = text("quotaDocumentNo", f.getQuotaDocumentNo(), 40, false);
        if (commodity != null && commodity.isQuotaManaged()) {
            checkQuota(enterprise, licenceYear, commodity, quotaDocumentNo, quantity, tradeMode, country);
            // 证面规范 box 2: for quota goods the consignor must be the exporter itself.
            if (consignorCode != null && !consignorCode.equals(enterprise.getEnterpriseCode())) {
                refuse("consignorCode", "application.error.consignorMustBeExporter");
            }
        } else if (quotaDocumentNo != null) {
            refuse("quotaDocumentNo", "application.error.quotaNotNeeded");
        }

        // 合同信息表: optional as a whole, but what is entered must be valid.
        String buyerName = text("buyerName", f.getBuyerName(), NAME_MAX, false);
        String buyerAddress = text("buyerAddress", f.getBuyerAddress(), ADDRESS_MAX, false);
        Currency contractCurrency =
                references.optionalReference("contractCurrencyCode", Currency.class, f.getContractCurrencyCode());
        PriceTerm priceTerm = references.optionalReference("priceTermCode", PriceTerm.class, f.getPriceTermCode());
        if (f.getContractAmount() != null
                && (f.getContractAmount().signum() < 0
                        || f.getContractAmount().stripTrailingZeros().scale() > 2)) {
            refuse("contractAmount", "application.error.decimalFormat", 2);
        }
        if (f.getContractDate() != null && f.getContractDate().isAfter(today)) {
            refuse("contractDate", "application.error.contractDateFuture");
        }

        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new ApplicationContent(
                new TradeTerms(
                        consignorName, consignorCode, tradeMode, contractNo, port, country, payment, transportMode),
                new Goods(
                        commodity,
                        CommodityCode.of(f.getCommodityCode()).licenceCode(),
                        specification,
                        quantity,
                        unitPrice,
                        currency,
                        usdRate,
                        quotaDocumentNo,
                        remarks),
                new ContractInfo(
                        f.getContractDate(),
                        buyerName,
                        buyerAddress,
                        f.getContractAmount(),
                        contractCurrency,
                        priceTerm));
    }

    private void checkQuota(
            Enterprise enterprise,
            int year,
            Commodity commodity,
            String documentNo,
            BigDecimal quantity,
            TradeMode tradeMode,
            Country country) {
        if (documentNo == null) {
            refuse(
                    "quotaDocumentNo",
                    "application.error.quotaDocumentRequired",
                    commodity.getCategory().getNameZh());
            return;
        }
        Quota quota = quotas.of(enterprise, documentNo, year, commodity.getCategoryCode())
                .orElse(null);
        if (quota == null) {
            refuse(
                    "quotaDocumentNo",
                    "application.error.quotaNotFound",
                    documentNo,
                    year,
                    commodity.getCategory().getNameZh());
        } else if (!meetsRestrictions(quota, tradeMode, country)) {
            refuse(
                    "quotaDocumentNo",
                    "application.error.quotaRestricted",
                    documentNo,
                    (quota.getTradeMode() == null
                                    ? ""
                                    : quota.getTradeMode().getCode() + " "
                                            + quota.getTradeMode().getNameZh() + " ")
                            + (quota.getCountry() == null
                                    ? ""
                                    : quota.getCountry().getCode() + " "
                                            + quota.getCountry().getNameZh()));
        } else if (quantity != null && quantity.signum() > 0 && !quota.covers(quantity)) {
            refuse(
                    "quantity",
                    "application.error.quotaInsufficient",
                    quota.getUnused().toPlainString(),
                    quota.getUnit().getNameZh(),
                    documentNo);
        }
    }

    /**
     * 配额管理's restrictions: the application's trade mode is a licence wording (证面 box 5), a quota's a
     * customs code; the wording meets the restriction when it stands for that code (进料加工: 0615/0715).
     * Unchecked while the trade mode or destination is itself refused (reported at its own field).
     */
    private boolean meetsRestrictions(Quota quota, TradeMode wording, Country destination) {
        if (wording == null || destination == null) {
            return true;
        }
        List<TradeMode> modes = references.customsModes(wording);
        return modes.isEmpty()
                ? quota.allows(null, destination)
                : modes.stream().anyMatch(mode -> quota.allows(mode, destination));
    }

    private String text(String field, String value, int max, boolean mandatory) {
        String stripped = value == null ? null : value.strip();
        if (stripped == null || stripped.isEmpty()) {
            if (mandatory) {
                refuse(field, "error.required");
            }
            return null;
        }
        if (stripped.length() > max) {
            refuse(field, "error.tooLong", max);
            return null;
        }
        String refused = CustomsText.firstRefused(stripped);
        if (refused != null) {
            refuse(field, "application.error.characterRefused", refused);
            return null;
        }
        return stripped;
    }

    private void refuse(String field, String key, Object... arguments) {
        errors.add(new FieldError(field, key, arguments));
    }
}
