package org.exportlicence.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 成交方式 — price terms of the contract (合同信息表). */
@Entity
@Cacheable
@Table(name = "price_term")
public class PriceTerm extends CodeEntry {
    private static final long serialVersionUID = 1L;

    @Id
    @Column(length = 2)
    private String code;

    protected PriceTerm() {}

    @Override
    public Object key() {
        return code;
    }

    public String getCode() {
        return code;
    }
}
