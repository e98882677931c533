package org.exportlicence.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 口岸 / 报关口岸 — customs district where the goods are declared (licence box 7, 一证一关). */
@Entity
@Cacheable
@Table(name = "customs_port")
public class CustomsPort extends CodeEntry {
    private static final long serialVersionUID = 1L;

    @Id
    @Column(length = 4)
    private String code;

    @Column(name = "customs_name_zh")
    private String customsNameZh;

    private String province;

    @Column(name = "port_level")
    private String portLevel;

    protected CustomsPort() {}

    @Override
    public Object key() {
        return code;
    }

    public String getCode() {
        return code;
    }

    public String getCustomsNameZh() {
        return customsNameZh;
    }

    public String getProvince() {
        return province;
    }

    public String getPortLevel() {
        return portLevel;
    }
}
