package org.exportlicence.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bytes the enterprise's electronic seal signs: the application's content (not its state) as
 * UTF-8 text, one {@code name=value} line per item in the order of the licence's boxes, after the
 * header line {@code ELP-APPLICATION/1}. Codes stand for reference rows; decimals have the scale of
 * their columns (quantity 3, unit price 4, amounts 2, rate 8); dates are ISO-8601; an empty item is
 * an empty value; backslash, line feed and carriage return in values are escaped as \\, \n and \r.
 * Any change of content therefore changes the bytes, and the seal no longer verifies.
 */
public final class ApplicationCanonicalForm {
    static final String HEADER = "ELP-APPLICATION/1";

    private ApplicationCanonicalForm() {
    }

    public static byte[] of(Application a) {
        Map<String, String> items = new LinkedHashMap<>();
        items.put("application_no", a.getNumber());
        items.put("licence_year", String.valueOf(a.getLicenceYear()));
        items.put("1.exporter_code", a.getExporterCode());
        items.put("1.exporter_name", a.getExporterName());
        items.put("2.consignor_code", a.getConsignorCode());
        items.put("2.consignor_name", a.getConsignorName());
        items.put("5.trade_mode", a.getTradeMode().getNameZh() + "/" + nullToEmpty(a.getTradeMode().getMapsTo()));
        items.put("6.contract_no", a.getContractNo());
        items.put("7.port", a.getPort().getCode());
        items.put("8.country", a.getCountry().getCode());
        items.put("9.payment_method", a.getPaymentMethod().getCode());
        items.put("10.transport_mode", a.getTransportMode().getNameZh() + "/" + nullToEmpty(a.getTransportMode().getMapsTo()));
        items.put("11.commodity_code", a.getCommodityCode());
        items.put("11.commodity_name", a.getCommodityName());
        items.put("12.specification", a.getSpecification());
        items.put("13.unit", a.getUnit().getCode());
        items.put("14.quantity", decimal(a.getQuantity(), 3));
        items.put("15.unit_price", decimal(a.getUnitPrice(), 4));
        items.put("15.currency", a.getCurrency().getCode());
        items.put("16.total", decimal(a.getTotalAmount(), 2));
        items.put("17.usd_rate", decimal(a.getUsdRate(), 8));
        items.put("17.total_usd", decimal(a.getTotalUsd(), 2));
        items.put("19.one_batch_one_licence", String.valueOf(a.isOneBatchOneLicence()));
        items.put("19.quota_document_no", a.getQuotaDocumentNo());
        items.put("19.remarks", a.getRemarks());
        items.put("contract.date", date(a.getContractDate()));
        items.put("contract.buyer_name", a.getBuyerName());
        items.put("contract.buyer_address", a.getBuyerAddress());
        items.put("contract.amount", decimal(a.getContractAmount(), 2));
        items.put("contract.currency", a.getContractCurrency() == null ? null : a.getContractCurrency().getCode());
        items.put("contract.price_term", a.getPriceTerm() == null ? null : a.getPriceTerm().getCode());

        StringBuilder text = new StringBuilder(HEADER).append('\n');
        items.forEach((name, value) -> text.append(name).append('=').append(escape(value)).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String escape(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String decimal(BigDecimal value, int scale) {
        return value == null ? null : value.setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
