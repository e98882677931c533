package org.exportlicence.licence;

import jakarta.persistence.Column;
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
import org.exportlicence.enterprise.Enterprise;
import org.exportlicence.quota.Quota;
import org.exportlicence.reference.IssuingAuthority;

/**
 * 许可证 / 电子许可证 — an export licence, generated from an approved application and signed by
 * the issuing authority. Boxes 1–19 are the application's, which can no longer change once it is
 * issued; the signature covers them (see {@link LicenceCanonicalForm}).
 */
@Entity
@Table(name = "licence")
public class Licence implements Serializable {
    private static final long serialVersionUID = 1L;
    /** A 非一批一证 licence may be declared at customs at most this many times. */
    public static final int MULTI_USE_LIMIT = 12;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "licence_seq")
    @SequenceGenerator(name = "licence_seq", sequenceName = "licence_seq", allocationSize = 50)
    private Long id;

    @Column(name = "licence_no", nullable = false, length = 16)
    private String number;

    @Version
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private LicenceStatus status;

    @OneToOne(optional = false)
    @JoinColumn(name = "application_id")
    private Application application;

    @ManyToOne(optional = false)
    @JoinColumn(name = "enterprise_id")
    private Enterprise enterprise;

    @ManyToOne(optional = false)
    @JoinColumn(name = "authority_code")
    private IssuingAuthority authority;

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

    /** Box 19 as printed: the application's remarks plus 非一批一证 and the next-year note where they apply. */
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
        this.enterprise = application.getEnterprise();
        this.authority = application.getAuthority();
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
            remarks.append("非一批一证");
        }
        if (validity.nextYear()) {
            remarks.append(remarks.length() == 0 ? "" : "；").append(Validity.NEXT_YEAR_NOTE);
        }
        if (application.getRemarks() != null) {
            remarks.append(remarks.length() == 0 ? "" : "；").append(application.getRemarks());
        }
        return remarks.length() == 0 ? null : remarks.toString();
    }

    void assignNumber(String licenceNumber) {
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

    /** Records one use at customs; the caller has checked {@link #refusalOf} under a lock on this row. */
    void recordUsage(BigDecimal usage) {
        if (useCount >= maxUses) {
            throw new IllegalStateException("Licence " + number + " has no use left");
        }
        useCount++;
        usedQuantity = usedQuantity.add(usage);
        if (status == LicenceStatus.VALID || status == LicenceStatus.IN_USE) {
            status = useCount >= maxUses || usedQuantity.compareTo(quantity) >= 0
                    ? LicenceStatus.CLEARED : LicenceStatus.IN_USE;
        }
    }

    /** Uses left at customs. */
    public int getUsesLeft() {
        return Math.max(0, maxUses - useCount);
    }

    /** Quantity left to clear (not counting the 溢装 tolerance); never below zero. */
    public BigDecimal getQuantityLeft() {
        return quantity.subtract(usedQuantity).max(BigDecimal.ZERO);
    }

    public Long getId() { return id; }
    public String getNumber() { return number; }
    public int getVersion() { return version; }
    public LicenceStatus getStatus() { return status; }
    public Application getApplication() { return application; }
    public Enterprise getEnterprise() { return enterprise; }
    public IssuingAuthority getAuthority() { return authority; }
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
