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

    private ApplicationCanonicalForm() {}

    public static byte[] of(Application a) {
        TradeTerms t = a.getTrade();
        Goods g = a.getGoods();
        ContractInfo c = a.getContract();
        Map<String, String> items = new LinkedHashMap<>();
        items.put("application_no", a.getNumber());
        items.put("licence_year", String.valueOf(a.getLicenceYear()));
        items.put("1.exporter_code", a.getExporterCode());
        items.put("1.exporter_name", a.getExporterName());
        items.put("2.consignor_code", t.getConsignorCode());
        items.put("2.consignor_name", t.getConsignorName());
        items.put(
                "5.trade_mode",
                t.getTradeMode().getNameZh() + "/"
                        + nullToEmpty(t.getTradeMode().getMapsTo()));
        items.put("6.contract_no", t.getContractNo());
        items.put("7.port", t.getPort().getCode());
        items.put("8.country", t.getCountry().getCode());
        items.put("9.payment_method", t.getPaymentMethod().getCode());
        items.put(
                "10.transport_mode",
                t.getTransportMode().getNameZh() + "/"
                        + nullToEmpty(t.getTransportMode().getMapsTo()));
        items.put("11.commodity_code", g.getCommodityCode());
        items.put("11.commodity_name", g.getCommodityName());
        items.put("12.specification", g.getSpecification());
        items.put("13.unit", g.getUnit().getCode());
        items.put("14.quantity", decimal(g.getQuantity(), 3));
        items.put("15.unit_price", decimal(g.getUnitPrice(), 4));
        items.put("15.currency", g.getCurrency().getCode());
        items.put("16.total", decimal(g.getTotalAmount(), 2));
        items.put("17.usd_rate", decimal(g.getUsdRate(), 8));
        items.put("17.total_usd", decimal(g.getTotalUsd(), 2));
        items.put("19.one_batch_one_licence", String.valueOf(g.isOneBatchOneLicence()));
        items.put("19.quota_document_no", g.getQuotaDocumentNo());
        items.put("19.remarks", g.getRemarks());
        items.put("contract.date", date(c.getContractDate()));
        items.put("contract.buyer_name", c.getBuyerName());
        items.put("contract.buyer_address", c.getBuyerAddress());
        items.put("contract.amount", decimal(c.getContractAmount(), 2));
        items.put(
                "contract.currency",
                c.getContractCurrency() == null ? null : c.getContractCurrency().getCode());
        items.put(
                "contract.price_term",
                c.getPriceTerm() == null ? null : c.getPriceTerm().getCode());

        StringBuilder text = new StringBuilder(HEADER).append('\n');
        items.forEach((name, value) ->
                text.append(name).append('=').append(escape(value)).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String escape(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String decimal(BigDecimal value, int scale) {
        return value == null
                ? null
                : value.setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
