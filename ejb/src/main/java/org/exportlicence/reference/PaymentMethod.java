package org.exportlicence.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 支付方式 — payment conditions (licence box 9): 信用证, 托收, 汇付 and their sub-types. */
@Entity
@Cacheable
@Table(name = "payment_method")
public class PaymentMethod extends CodeEntry {
    private static final long serialVersionUID = 1L;

    @Id
    @Column(length = 10)
    private String code;

    /** The main method a sub-type belongs to (付款交单 under 托收), or null for a main method. */
    @Column(name = "parent_code")
    private String parentCode;

    protected PaymentMethod() {}

    @Override
    public Object key() {
        return code;
    }

    public String getCode() {
        return code;
    }

    public String getParentCode() {
        return parentCode;
    }
}
