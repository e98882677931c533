package org.exportlicence.enterprise;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.exportlicence.audit.AuditSubject;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.StaleData;
import org.exportlicence.reference.IssuingAuthority;

/** 申请企业 — an exporter registered on the platform; its master data prefills its applications. */
@Entity
@Table(name = "enterprise")
public class Enterprise implements Serializable, StaleData.Versioned {
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

    /** A suspended enterprise keeps its data and licences but submits and saves no new applications. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private EnterpriseStatus status = EnterpriseStatus.ACTIVE;

    /** When and by whom it was registered (企业登记); empty for enterprises from before the registry. */
    @Column(name = "registered_at")
    private LocalDateTime registeredAt;

    @Column(name = "registered_by", length = 50)
    private String registeredBy;

    /** Its departments: the 本部门 data scope of a clerk is their department's applications. */
    @ElementCollection
    @CollectionTable(name = "enterprise_department", joinColumns = @JoinColumn(name = "enterprise_id"))
    @Column(name = "name", length = 100, nullable = false)
    private Set<String> departments = new HashSet<>();

    @Version
    private int version;

    protected Enterprise() {}

    public Enterprise(String enterpriseCode, Uscc uscc, String nameZh, String nameEn, IssuingAuthority authority) {
        if (enterpriseCode == null || !enterpriseCode.matches("[0-9A-Z]{13}")) {
            throw new IllegalArgumentException("Not a 13-character enterprise code: " + enterpriseCode);
        }
        this.enterpriseCode = enterpriseCode;
        this.uscc = uscc;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.authority = authority;
    }

    /** What its audit events are about: its enterprise code, which never changes. */
    public AuditSubject auditSubject() {
        return AuditSubject.of("Enterprise", enterpriseCode);
    }

    /** 企业登记: who registered this new enterprise, and when. */
    void registered(String by, LocalDateTime at) {
        this.registeredBy = by;
        this.registeredAt = at;
    }

    /** Refuses what a suspended enterprise may not do (上报, a new application). */
    public void requireActive() {
        if (status != EnterpriseStatus.ACTIVE) {
            throw new BusinessException("enterprise.error.suspended", nameZh);
        }
    }

    /** 暂停; refused when it is suspended already. */
    public void suspend() {
        requireActive();
        status = EnterpriseStatus.SUSPENDED;
    }

    /** 恢复; refused when it is not suspended. */
    public void reinstate() {
        if (status == EnterpriseStatus.ACTIVE) {
            throw new BusinessException("enterprise.error.notSuspended", nameZh);
        }
        status = EnterpriseStatus.ACTIVE;
    }

    /** Hands the enterprise to another issuing authority (the administrator's decision). */
    public void assignTo(IssuingAuthority authority) {
        this.authority = authority;
    }

    /** The departments to change (by EnterpriseRegistrations, which checks the names and their users). */
    Set<String> departments() {
        return departments;
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

    public EnterpriseStatus getStatus() {
        return status;
    }

    public LocalDateTime getRegisteredAt() {
        return registeredAt;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    /** Its departments by name (reads the collection: call within the transaction). */
    public List<String> getDepartments() {
        return departments.stream().sorted().toList();
    }

    @Override
    public int getVersion() {
        return version;
    }
}
