package org.exportlicence.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 货币 — currency of unit price and amount (boxes 15–16); ISO 4217 code. */
@Entity
@Cacheable
@Table(name = "currency")
public class Currency extends CodeEntry {
    private static final long serialVersionUID = 1L;

    @Id
    @Column(length = 3)
    private String code;

    /** legacy customs numeric currency code (币制). */
    @Column(name = "numeric_code")
    private String numericCode;

    protected Currency() {}

    @Override
    public Object key() {
        return code;
    }

    public String getCode() {
        return code;
    }

    public String getNumericCode() {
        return numericCode;
    }
}
