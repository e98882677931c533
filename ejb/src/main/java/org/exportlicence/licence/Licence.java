package org.exportlicence.licence;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.exportlicence.application.Application;
import org.exportlicence.audit.AuditSubject;
import org.exportlicence.enterprise.Enterprise;
import org.exportlicence.enterprise.Owned;
import org.exportlicence.enterprise.Ownership;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.StaleData;
import org.exportlicence.quota.Quota;
import org.exportlicence.reference.IssuingAuthority;

/**
 * 许可证 / 电子许可证 — an export licence, generated from an approved application and signed by
 * the issuing authority. Boxes 1–19 are the application's, which can no longer change once it is
 * issued; the signature covers them (see {@link LicenceCanonicalForm}).
 */
@Entity
@Table(name = "licence")
public class Licence implements Serializable, Owned, StaleData.Versioned {
    /** How the audit trail and the outbox name licences. */
    public static final String AUDIT_TYPE = "Licence";

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "licence_seq")
    @SequenceGenerator(name = "licence_seq", sequenceName = "licence_seq", allocationSize = 50)
    private Long id;

    @Embedded
    private LicenceNumber number;

    @Version
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private LicenceStatus status = LicenceStatus.VALID;

    @OneToOne(optional = false)
    @JoinColumn(name = "application_id")
    private Application application;

    /** The application's owner: a licence is scoped as its application is. */
    @Embedded
    private Ownership ownership;

    @Embedded
    private Validity validity;

    @Embedded
    private UsageBalance balance;

    /** Box 19 as printed (see {@link LicenceIssuer#remarksFor}). */
    @Column(length = 400)
    private String remarks;

    @ManyToOne
    @JoinColumn(name = "quota_id")
    private Quota quota;

    @Enumerated(EnumType.STRING)
    @Column(name = "customs_status", nullable = false, length = 16)
    private CustomsStatus customsStatus = CustomsStatus.PENDING;

    @Embedded
    private Issuance issuance;

    protected Licence() {}

    Licence(Application application, Validity validity, String remarks, Quota quota, Issuance issuance) {
        this.application = application;
        this.ownership = application.ownership().copy();
        this.validity = validity;
        this.balance = UsageBalance.issuedFor(application);
        this.remarks = remarks;
        this.quota = quota;
        this.issuance = issuance;
    }

    void assignNumber(LicenceNumber licenceNumber) {
        if (number != null) {
            throw new IllegalStateException("Licence " + number + " is already numbered");
        }
        this.number = licenceNumber;
    }

    void sign(String signatureBase64) {
        this.issuance = issuance.signed(signatureBase64);
    }

    /**
     * Why customs may not clear {@code quantity} under this licence with a declaration of that
     * date at that port, or null when it may (SPEC §5, §6: validity, 一证一关, 一批一证 / at most
     * 12 uses, the quantity plus 溢装 for bulk goods under 一批一证).
     */
    public UsageRefusal refusalOf(LocalDate declarationDate, String portCode, String unitCode, BigDecimal usage) {
        if (status == LicenceStatus.DELETED || status == LicenceStatus.WRITTEN_OFF) {
            return status == LicenceStatus.DELETED ? UsageRefusal.LICENCE_DELETED : UsageRefusal.LICENCE_WRITTEN_OFF;
        }
        UsageRefusal refusal = validity.refusalOn(declarationDate);
        if (refusal != null) {
            return refusal;
        }
        if (!application.getTrade().getPort().getCode().equals(portCode)) {
            return UsageRefusal.PORT_MISMATCH;
        }
        if (!application.getGoods().getUnit().getCode().equals(unitCode)) {
            return UsageRefusal.UNIT_MISMATCH;
        }
        return balance.refusalOf(usage);
    }

    /**
     * Records one use at customs; the caller has checked {@link #refusalOf} under a lock on this row.
     * The licence is 已清关 once fully used, out of uses, or when customs says this was its last use.
     */
    void recordUsage(BigDecimal usage, boolean lastUse) {
        balance = balance.afterUse(usage);
        if (status == LicenceStatus.VALID || status == LicenceStatus.IN_USE) {
            status = lastUse || balance.isUsedUp() ? LicenceStatus.CLEARED : LicenceStatus.IN_USE;
        }
    }

    /** Refuses, saying why, unless the licence may be deleted on that day: unused, 有效 and not expired. */
    public void checkDeletable(LocalDate today) {
        balance.checkUnused(getNumber());
        if (status != LicenceStatus.VALID) {
            throw new BusinessException("licence.error.notDeletable", getNumber(), status.labelKey());
        }
        validity.checkNotExpired(getNumber(), today);
    }

    /** 删除: an unused licence becomes 已删除 (the caller holds its row lock and returns its quota). */
    public void delete(LocalDate today) {
        checkDeletable(today);
        status = LicenceStatus.DELETED;
    }

    /** Refuses, saying why, unless cleared at customs and the quantity is exactly what customs recorded as used. */
    public void checkWriteOff(BigDecimal writtenOffQuantity) {
        if (status != LicenceStatus.CLEARED) {
            throw new BusinessException("licence.error.notCleared", getNumber(), status.labelKey());
        }
        balance.checkWriteOffQuantity(getNumber(), writtenOffQuantity);
    }

    /** 核销: a cleared licence becomes 已核销 (the caller holds its row lock and returns the unused quota). */
    public void writeOff(BigDecimal writtenOffQuantity) {
        checkWriteOff(writtenOffQuantity);
        status = LicenceStatus.WRITTEN_OFF;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number == null ? null : number.value();
    }

    public LicenceNumber number() {
        return number;
    }

    @Override
    public int getVersion() {
        return version;
    }

    public AuditSubject auditSubject() {
        return AuditSubject.of(AUDIT_TYPE, getNumber());
    }

    public LicenceStatus getStatus() {
        return status;
    }

    public Application getApplication() {
        return application;
    }

    @Override
    public Ownership ownership() {
        return ownership;
    }

    public Enterprise getEnterprise() {
        return ownership.enterprise();
    }

    public IssuingAuthority getAuthority() {
        return ownership.authority();
    }

    public Validity getValidity() {
        return validity;
    }

    public UsageBalance getBalance() {
        return balance;
    }
    /** Box 14: the application's quantity. */
    public BigDecimal getQuantity() {
        return balance.getQuantity();
    }

    public String getRemarks() {
        return remarks;
    }

    public Quota getQuota() {
        return quota;
    }

    public Issuance getIssuance() {
        return issuance;
    }

    public CustomsStatus getCustomsStatus() {
        return customsStatus;
    }
}
