package org.exportlicence.enterprise;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import org.exportlicence.reference.IssuingAuthority;

/** 申请企业 — an exporter registered on the platform; its master data prefills its applications. */
@Entity
@Table(name = "enterprise")
public class Enterprise implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enterprise_seq")
    @SequenceGenerator(name = "enterprise_seq", sequenceName = "enterprise_seq", allocationSize = 50)
    private Long id;

    /** 企业代码 — the 13-character code of the exporter on the licence (box 1). */
    @Column(name = "enterprise_code", nullable = false, length = 13)
    private String enterpriseCode;

    @Embedded
    private Uscc uscc;

    /** 海关编码 — the customs registration code. */
    @Column(name = "customs_code", length = 10)
    private String customsCode;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "address_zh")
    private String addressZh;

    @Column(name = "address_en")
    private String addressEn;

    @Column(name = "postal_code", length = 6)
    private String postalCode;

    @Column(name = "contact_person")
    private String contactPerson;

    private String phone;

    private String email;

    /** The issuing authority that reviews this enterprise's applications. */
    @ManyToOne(optional = false)
    @JoinColumn(name = "authority_code")
    private IssuingAuthority authority;

    @Version
    private int version;

    protected Enterprise() {}

    public Enterprise(String enterpriseCode, Uscc uscc, String nameZh, String nameEn, IssuingAuthority authority) {
        if (enterpriseCode == null || !enterpriseCode.matches("[0-9A-Z]{13}")) {
            throw new IllegalArgumentException(
                    "An enterprise code has 13 digits or capital letters: " + enterpriseCode);
        }
        this.enterpriseCode = enterpriseCode;
        this.uscc = uscc;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.authority = authority;
    }

    /** Changes the names and the unified social credit code (申请企业信息 as the enterprise keeps it). */
    public void rename(String nameZh, String nameEn, Uscc uscc) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.uscc = uscc;
    }

    /** Sets the contact and address data (the rest of 申请企业信息). */
    public void describe(
            String customsCode,
            String addressZh,
            String addressEn,
            String postalCode,
            String contactPerson,
            String phone,
            String email) {
        this.customsCode = customsCode;
        this.addressZh = addressZh;
        this.addressEn = addressEn;
        this.postalCode = postalCode;
        this.contactPerson = contactPerson;
        this.phone = phone;
        this.email = email;
    }

    public Long getId() {
        return id;
    }

    public String getEnterpriseCode() {
        return enterpriseCode;
    }

    public Uscc getUscc() {
        return uscc;
    }

    public String getCustomsCode() {
        return customsCode;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getAddressZh() {
        return addressZh;
    }

    public String getAddressEn() {
        return addressEn;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public IssuingAuthority getAuthority() {
        return authority;
    }

    public int getVersion() {
        return version;
    }
}
