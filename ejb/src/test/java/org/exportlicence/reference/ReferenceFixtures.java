package org.exportlicence.reference;

import java.math.BigDecimal;
import org.exportlicence.enterprise.Enterprise;

/**
 * Reference rows for unit tests of the entities, without a database. The rows have no constructors
 * with content (only JPA fills them), so each one here is a subclass that answers the getters the
 * entities' rules read.
 */
public final class ReferenceFixtures {
    /** 千克, the unit of 大米 and 焦炭. */
    public static final String KILOGRAM = "035";
    /** 天津海关, the port of the test applications. */
    public static final String TIANJIN = "0200";

    private ReferenceFixtures() {}

    public static CustomsPort port(String code) {
        return new CustomsPort() {
            private static final long serialVersionUID = 1L;

            @Override
            public String getCode() {
                return code;
            }
        };
    }

    public static UnitOfMeasure unit(String code, String nameZh) {
        return new UnitOfMeasure() {
            private static final long serialVersionUID = 1L;

            @Override
            public String getCode() {
                return code;
            }

            @Override
            public String getNameZh() {
                return nameZh;
            }
        };
    }

    public static IssuingAuthority authority(String code, String licenceCode) {
        return new IssuingAuthority() {
            private static final long serialVersionUID = 1L;

            @Override
            public String getCode() {
                return code;
            }

            @Override
            public String getLicenceCode() {
                return licenceCode;
            }
        };
    }

    /** A 13-character enterprise code under an authority (no USCC: no rule here reads it). */
    public static Enterprise enterprise(String code, String nameZh, IssuingAuthority authority) {
        return new Enterprise(code, null, nameZh, null, authority);
    }

    public static Country country(String code) {
        return new Country() {
            private static final long serialVersionUID = 1L;

            @Override
            public String getCode() {
                return code;
            }
        };
    }

    public static Currency currency(String code) {
        return new Currency() {
            private static final long serialVersionUID = 1L;

            @Override
            public String getCode() {
                return code;
            }
        };
    }

    public static PaymentMethod paymentMethod(String code) {
        return new PaymentMethod() {
            private static final long serialVersionUID = 1L;

            @Override
            public String getCode() {
                return code;
            }
        };
    }

    /** A licence wording of box 5 (its customs code in mapsTo). */
    public static TradeMode tradeMode(String wording, String mapsTo) {
        return new TradeMode() {
            private static final long serialVersionUID = 1L;

            @Override
            public String getNameZh() {
                return wording;
            }

            @Override
            public String getMapsTo() {
                return mapsTo;
            }
        };
    }

    /** A licence wording of box 10 (its customs code in mapsTo). */
    public static TransportMode transportMode(String wording, String mapsTo) {
        return new TransportMode() {
            private static final long serialVersionUID = 1L;

            @Override
            public String getNameZh() {
                return wording;
            }

            @Override
            public String getMapsTo() {
                return mapsTo;
            }
        };
    }

    /** A catalogue line: its name, unit, 一批一证 or not, and its 溢装 percent. */
    public static Commodity commodity(
            String hsCode,
            String nameZh,
            UnitOfMeasure unit,
            boolean oneBatchOneLicence,
            BigDecimal overshipmentPercent) {
        return new Commodity() {
            private static final long serialVersionUID = 1L;

            @Override
            public String getHsCode() {
                return hsCode;
            }

            @Override
            public String getNameZh() {
                return nameZh;
            }

            @Override
            public UnitOfMeasure getUnit() {
                return unit;
            }

            @Override
            public boolean isOneBatchOneLicence() {
                return oneBatchOneLicence;
            }

            @Override
            public BigDecimal getOvershipmentPercent() {
                return overshipmentPercent;
            }
        };
    }
}
