package org.exportlicence.application;

import static org.exportlicence.reference.ReferenceFixtures.KILOGRAM;
import static org.exportlicence.reference.ReferenceFixtures.TIANJIN;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.exportlicence.enterprise.Enterprise;
import org.exportlicence.reference.Commodity;
import org.exportlicence.reference.ReferenceFixtures;
import org.exportlicence.reference.UnitOfMeasure;

/**
 * Applications for unit tests, as the IT fixtures make them: enterprise A of 特办天津 exports 大米
 * (非一批一证, quota goods) or 焦炭 (一批一证, 5 % 溢装) from Tianjin, at 0.65 USD a kilogram.
 */
public final class ApplicationFixtures {
    public static final String ENTERPRISE_A = "9900000000001";
    public static final String CLERK = "clerk-a";
    public static final LocalDateTime CREATED = LocalDateTime.of(2026, 3, 2, 9, 0);
    public static final UnitOfMeasure KG = ReferenceFixtures.unit(KILOGRAM, "千克");
    public static final Commodity RICE = ReferenceFixtures.commodity("10063020", "长粒米", KG, false, BigDecimal.ZERO);
    public static final Commodity COKE =
            ReferenceFixtures.commodity("27040010", "焦炭", KG, true, new BigDecimal("5.00"));

    private static final Enterprise ENTERPRISE =
            ReferenceFixtures.enterprise(ENTERPRISE_A, "测试甲进出口有限公司", ReferenceFixtures.authority("TJ-TB", "02"));

    private ApplicationFixtures() {}

    public static Enterprise enterprise() {
        return ENTERPRISE;
    }

    /** The IT fixtures' base form: {@code quantity} of {@code commodity} at a unit price and USD rate. */
    public static ApplicationContent content(
            Commodity commodity, String quantity, String unitPrice, String usdRate, String remarks) {
        return new ApplicationContent(
                new TradeTerms(
                        "测试甲进出口有限公司",
                        ENTERPRISE_A,
                        ReferenceFixtures.tradeMode("一般贸易", "0110"),
                        "HT2026-JP-0001",
                        ReferenceFixtures.port(TIANJIN),
                        ReferenceFixtures.country("116"),
                        ReferenceFixtures.paymentMethod("LC"),
                        ReferenceFixtures.transportMode("海上运输", "2")),
                new Goods(
                        commodity,
                        commodity.getHsCode() + "00",
                        "一级",
                        new BigDecimal(quantity),
                        new BigDecimal(unitPrice),
                        ReferenceFixtures.currency("USD"),
                        new BigDecimal(usdRate),
                        commodity == RICE ? "06-2026-0001" : null,
                        remarks),
                new ContractInfo(LocalDate.of(2026, 2, 20), "Tokyo Rice Co.", "Tokyo", null, null, null));
    }

    /** A saved (not yet numbered) application for {@code quantity} at 0.65 USD. */
    public static Application saved(Commodity commodity, String quantity) {
        return new Application(ENTERPRISE, CLERK, 2026, CREATED, content(commodity, quantity, "0.6500", "1", null));
    }

    /** A saved application with box-19 remarks. */
    public static Application saved(Commodity commodity, String quantity, String remarks) {
        return new Application(ENTERPRISE, CLERK, 2026, CREATED, content(commodity, quantity, "0.6500", "1", remarks));
    }
}
