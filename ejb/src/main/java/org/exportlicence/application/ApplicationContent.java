package org.exportlicence.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.exportlicence.reference.Commodity;
import org.exportlicence.reference.Country;
import org.exportlicence.reference.Currency;
import org.exportlicence.reference.CustomsPort;
import org.exportlicence.reference.PaymentMethod;
import org.exportlicence.reference.PriceTerm;
import org.exportlicence.reference.TradeMode;
import org.exportlicence.reference.TransportMode;

/**
 * What an enterprise enters on an application, checked and with every code resolved to its
 * reference row: boxes 2 and 5–19 of the licence (box 1 comes from 申请企业信息) and the 合同信息表.
 */
public record ApplicationContent(
        String consignorName, String consignorCode,
        TradeMode tradeMode, String contractNo, CustomsPort port, Country country,
        PaymentMethod paymentMethod, TransportMode transportMode,
        Commodity commodity, String commodityCode, String specification,
        BigDecimal quantity, BigDecimal unitPrice, Currency currency, BigDecimal usdRate,
        String quotaDocumentNo, String remarks,
        LocalDate contractDate, String buyerName, String buyerAddress, BigDecimal contractAmount,
        Currency contractCurrency, PriceTerm priceTerm) {
}
