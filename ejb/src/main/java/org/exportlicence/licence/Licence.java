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
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.exportlicence.application.Application;
import org.exportlicence.audit.AuditSubject;
import org.exportlicence.enterprise.Enterprise;
import org.exportlicence.enterprise.Owned;
import org.exportlicence.enterprise.Ownership;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.MessageBundle;
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
    /** A 非一批一证 licence may be declared at customs at most this many times. */
    public static final int MULTI_USE_LIMIT = 12;

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
    private LicenceStatus status;

    @OneToOne(optional = false)
    @JoinColumn(name = "application_id")
    private Application application;

    /** The application's owner: a licence is scoped as its application is. */
    @Embedded
    private Ownership ownership;

    @Column(name = "licence_year", nullable = false)
    private int licenceYear;
    @Column(name = "issue_date", nullable = false)
    private LocalDate issueDate;
    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;
    @Column(name = "expiry_date", nullable = false)
    private LocalDate expiryDate;

    @Column(nullable = false, precision = 18, scale = 3)
    private BigDecimal quantity;
    @Column(name = "used_quantity", nullable = false, precision = 18, scale = 3)
    private BigDecimal usedQuantity;
    @Column(name = "use_count", nullable = false)
    private int useCount;
    @Column(name = "max_uses", nullable = false)
    private int maxUses;

    /** Box 19 as printed: the application's remarks plus 非一批一证 and the next-year note where they apply (in Chinese). */
    @Column(length = 400)
    private String remarks;

    /** Printed on the licence; with the number it opens the public verification page. */
    @Column(name = "verification_code", nullable = false, length = 12)
    private String verificationCode;

    @ManyToOne
    @JoinColumn(name = "quota_id")
    private Quota quota;

    /** 溢装: percent customs may clear above the quantity (bulk goods under 一批一证), from the catalogue. */
    @Column(name = "overshipment_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal overshipmentPercent;

    @Enumerated(EnumType.STRING)
    @Column(name = "customs_status", nullable = false, length = 16)
    private CustomsStatus customsStatus;

    @Column(name = "issued_by", nullable = false)
    private String issuedBy;
    @Column(name = "issued_at", nullable = false)
    private LocalDateTime issuedAt;

    /** The issuing authority's detached CMS signature (SM3withSM2, base64) over the canonical form. */
    @Lob
    @Column(nullable = false)
    private String signature;

    protected Licence() {
    }

    Licence(Application application, Validity validity, LocalDate issueDate, String verificationCode, Quota quota,
            BigDecimal overshipmentPercent, String issuedBy, LocalDateTime issuedAt) {
        this.application = application;
        this.ownership = application.ownership().copy();
        this.status = LicenceStatus.VALID;
        this.licenceYear = validity.licenceYear();
        this.issueDate = issueDate;
        this.validFrom = validity.validFrom();
        this.expiryDate = validity.expiry();
        this.quantity = application.getQuantity();
        this.usedQuantity = BigDecimal.ZERO;
        this.useCount = 0;
        this.maxUses = application.isOneBatchOneLicence() ? 1 : MULTI_USE_LIMIT;
        this.overshipmentPercent = application.isOneBatchOneLicence() ? overshipmentPercent : BigDecimal.ZERO;
        this.customsStatus = CustomsStatus.PENDING;
        this.remarks = remarksFor(application, validity);
        this.verificationCode = verificationCode;
        this.quota = quota;
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
        this.signature = "";
    }

    static String remarksFor(Application application, Validity validity) {
        StringBuilder remarks = new StringBuilder();
        if (!application.isOneBatchOneLicence()) {
            remarks.append(MessageBundle.chinese("licence.remarks.multiUse"));
        }
        if (validity.nextYear()) {
            remarks.append(remarks.length() == 0 ? "" : "；").append(MessageBundle.chinese("licence.remarks.nextYear"));
        }
        if (application.getRemarks() != null) {
            remarks.append(remarks.length() == 0 ? "" : "；").append(application.getRemarks());
        }
        return remarks.length() == 0 ? null : remarks.toString();
    }

    void assignNumber(LicenceNumber licenceNumber) {
        if (number != null) {
            throw new IllegalStateException("Licence " + number + " is already numbered");
        }
        this.number = licenceNumber;
    }

    void sign(String signatureBase64) {
        this.signature = signatureBase64;
    }

    /**
     * Why customs may not clear {@code quantity} under this licence with a declaration of that
     * date at that port, or null when it may (SPEC §5, §6: validity, 一证一关, 一批一证 / at most
     * 12 uses, the quantity plus 溢装 for bulk goods under 一批一证).
     */
    public UsageRefusal refusalOf(LocalDate declarationDate, String portCode, String unitCode, BigDecimal usage) {
        if (status == LicenceStatus.DELETED) {
            return UsageRefusal.LICENCE_DELETED;
        }
        if (status == LicenceStatus.WRITTEN_OFF) {
            return UsageRefusal.LICENCE_WRITTEN_OFF;
        }
        if (declarationDate.isAfter(expiryDate)) {
            return UsageRefusal.LICENCE_EXPIRED;
        }
        if (declarationDate.isBefore(validFrom)) {
            return UsageRefusal.LICENCE_NOT_YET_VALID;
        }
        if (!application.getPort().getCode().equals(portCode)) {
            return UsageRefusal.PORT_MISMATCH;
        }
        if (!application.getUnit().getCode().equals(unitCode)) {
            return UsageRefusal.UNIT_MISMATCH;
        }
        if (useCount >= maxUses) {
            return maxUses == 1 ? UsageRefusal.SINGLE_USE_EXHAUSTED : UsageRefusal.USE_LIMIT_REACHED;
        }
        if (usedQuantity.add(usage).compareTo(clearableQuantity()) > 0) {
            return UsageRefusal.QUANTITY_EXCEEDED;
        }
        return null;
    }

    /** The most customs may clear in all: the quantity, plus the 溢装 tolerance where it applies. */
    public BigDecimal clearableQuantity() {
        return quantity.add(quantity.multiply(overshipmentPercent).movePointLeft(2)).setScale(3, RoundingMode.DOWN);
    }

    /**
     * Records one use at customs; the caller has checked {@link #refusalOf} under a lock on this row.
     * The licence is 已清关 once fully used, out of uses, or when customs says this was its last use.
     */
    void recordUsage(BigDecimal usage, boolean lastUse) {
        if (useCount >= maxUses) {
            throw new IllegalStateException("Licence " + number + " has no use left");
        }
        useCount++;
        usedQuantity = usedQuantity.add(usage);
        if (status == LicenceStatus.VALID || status == LicenceStatus.IN_USE) {
            status = lastUse || useCount >= maxUses || usedQuantity.compareTo(quantity) >= 0
                    ? LicenceStatus.CLEARED : LicenceStatus.IN_USE;
        }
    }

    /** Uses left at customs. */
    public int getUsesLeft() {
        return Math.max(0, maxUses - useCount);
    }

    /** Whether customs has never recorded a use of this licence. */
    public boolean isUnused() {
        return useCount == 0 && usedQuantity.signum() == 0;
    }

    /** Quantity left to clear (not counting the 溢装 tolerance); never below zero. */
    public BigDecimal getQuantityLeft() {
        return quantity.subtract(usedQuantity).max(BigDecimal.ZERO);
    }

    /**
     * Refuses, saying why, unless the licence may be deleted on that day: never used at customs,
     * still 有效 and not past its expiry date.
     */
    public void checkDeletable(LocalDate today) {
        if (!isUnused()) {
            throw new BusinessException("licence.error.used", getNumber(), useCount, plain(usedQuantity));
        }
        if (status != LicenceStatus.VALID) {
            throw new BusinessException("licence.error.notDeletable", getNumber(), status.labelKey());
        }
        if (expiryDate.isBefore(today)) {
            throw new BusinessException("licence.error.expired", getNumber(), expiryDate.toString());
        }
    }

    /** 删除: an unused licence becomes 已删除 (the caller holds its row lock and returns its quota). */
    public void delete(LocalDate today) {
        checkDeletable(today);
        status = LicenceStatus.DELETED;
    }

    /**
     * Refuses, saying why, unless the licence may be written off with that quantity: cleared at
     * customs, and the quantity is exactly what customs recorded as used.
     */
    public void checkWriteOff(BigDecimal writtenOffQuantity) {
        if (status != LicenceStatus.CLEARED) {
            throw new BusinessException("licence.error.notCleared", getNumber(), status.labelKey());
        }
        if (writtenOffQuantity == null || writtenOffQuantity.compareTo(usedQuantity) != 0) {
            throw new BusinessException("licence.error.writeOffQuantity", getNumber(),
                    writtenOffQuantity == null ? "" : plain(writtenOffQuantity), plain(usedQuantity));
        }
    }

    /** 核销: a cleared licence becomes 已核销 (the caller holds its row lock and returns the unused quota). */
    public void writeOff(BigDecimal writtenOffQuantity) {
        checkWriteOff(writtenOffQuantity);
        status = LicenceStatus.WRITTEN_OFF;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    public Long getId() { return id; }
    public String getNumber() { return number == null ? null : number.value(); }
    public LicenceNumber number() { return number; }
    @Override
    public int getVersion() { return version; }
    public AuditSubject auditSubject() { return AuditSubject.of(AUDIT_TYPE, getNumber()); }
    public LicenceStatus getStatus() { return status; }
    public Application getApplication() { return application; }
    @Override
    public Ownership ownership() { return ownership; }
    public Enterprise getEnterprise() { return ownership.enterprise(); }
    public IssuingAuthority getAuthority() { return ownership.authority(); }
    public int getLicenceYear() { return licenceYear; }
    public LocalDate getIssueDate() { return issueDate; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getExpiryDate() { return expiryDate; }
    public BigDecimal getQuantity() { return quantity; }
    public BigDecimal getUsedQuantity() { return usedQuantity; }
    public int getUseCount() { return useCount; }
    public int getMaxUses() { return maxUses; }
    public String getRemarks() { return remarks; }
    public String getVerificationCode() { return verificationCode; }
    public Quota getQuota() { return quota; }
    public String getIssuedBy() { return issuedBy; }
    public LocalDateTime getIssuedAt() { return issuedAt; }
    public String getSignature() { return signature; }
    public BigDecimal getOvershipmentPercent() { return overshipmentPercent; }
    public CustomsStatus getCustomsStatus() { return customsStatus; }
}
