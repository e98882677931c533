package org.exportlicence.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 国别（地区）— country or region of destination (licence box 8); customs statistics 3-digit code. */
@Entity
@Cacheable
@Table(name = "country")
public class Country extends CodeEntry {
    private static final long serialVersionUID = 1L;

    @Id
    @Column(length = 3)
    private String code;

    /** ISO 3166 alpha-3 code used on customs declarations since 2018. */
    @Column(name = "iso3")
    private String iso3;

    protected Country() {}

    @Override
    public Object key() {
        return code;
    }

    public String getCode() {
        return code;
    }

    public String getIso3() {
        return iso3;
    }
}
