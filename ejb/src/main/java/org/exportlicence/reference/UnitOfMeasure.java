package org.exportlicence.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**  计量单位 — unit of quantity (box 13); customs 3-digit declaration unit code. */
@Entity
@Cacheable
@Table(name = "unit_of_measure")
public class UnitOfMeasure extends CodeEntry {
    private static final long serialVersionUID = 1L;

    @Id
    @Column(length = 3)
    private String code;

    protected UnitOfMeasure() {}

    @Override
    public Object key() {
        return code;
    }

    public String getCode() {
        return code;
    }
}
