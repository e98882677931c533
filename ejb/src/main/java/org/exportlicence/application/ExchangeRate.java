package org.exportlicence.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The USD value of one unit of a currency on a day; 总值折美元 uses the latest on or before the application's day. */
@Entity
@IdClass(ExchangeRate.Key.class)
@Table(name = "exchange_rate")
public class ExchangeRate implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "currency_code", length = 3)
    private String currencyCode;

    @Id
    @Column(name = "rate_date")
    private LocalDate rateDate;

    @Column(name = "usd_per_unit", nullable = false, precision = 18, scale = 8)
    private BigDecimal usdPerUnit;

    protected ExchangeRate() {}

    public String getCurrencyCode() {
        return currencyCode;
    }

    public LocalDate getRateDate() {
        return rateDate;
    }

    public BigDecimal getUsdPerUnit() {
        return usdPerUnit;
    }

    /** Composite key: currency and day. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private String currencyCode;
        private LocalDate rateDate;

        public Key() {}

        public Key(String currencyCode, LocalDate rateDate) {
            this.currencyCode = currencyCode;
            this.rateDate = rateDate;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k
                    && java.util.Objects.equals(k.currencyCode, currencyCode)
                    && java.util.Objects.equals(k.rateDate, rateDate);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(currencyCode, rateDate);
        }
    }
}
