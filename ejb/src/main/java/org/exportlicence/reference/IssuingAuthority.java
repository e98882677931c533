package org.exportlicence.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 发证机构 — an issuing authority: 许可证局, a 特派员办事处 or a local commerce department. */
@Entity
@Cacheable
@Table(name = "issuing_authority")
public class IssuingAuthority extends CodeEntry {
    private static final long serialVersionUID = 1L;

    @Id
    @Column(length = 20)
    private String code;

    @Column(name = "authority_level", nullable = false)
    private String authorityLevel;

    /** Which goods this body issues licences for (分级发证目录). */
    @Column(name = "goods_scope", length = 2000)
    private String goodsScope;

    /** The two digits of this body in its licence numbers (see LicenceCodeMigration). */
    @Column(name = "licence_code", length = 2)
    private String licenceCode;

    protected IssuingAuthority() {}

    @Override
    public Object key() {
        return code;
    }

    public String getCode() {
        return code;
    }

    public String getAuthorityLevel() {
        return authorityLevel;
    }

    public String getLicenceCode() {
        return licenceCode;
    }

    public String getGoodsScope() {
        return goodsScope;
    }
}
