package org.exportlicence.quota;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.exportlicence.audit.AuditSubject;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.StaleData;

/**
 * 配额差异 — a quota whose stored used amount differed from what its licences use when a
 * quota-reconciliation run checked it. Written by the job, never applied by it: an administrator
 * corrects it (the quota's used amount becomes the computed one) or marks it explained.
 */
@Entity
@Table(name = "quota_difference")
public class QuotaDifference implements Serializable, StaleData.Versioned {
    /** How the audit trail names differences: run and quota document number. */
    public static final String AUDIT_TYPE = "QuotaDifference";

    private static final long serialVersionUID = 1L;

    /** What became of a difference. */
    public enum Status {
        OPEN,
        CORRECTED,
        EXPLAINED;

        public String labelKey() {
            return "quota.difference.status." + name();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quota_difference_seq")
    @SequenceGenerator(name = "quota_difference_seq", sequenceName = "quota_difference_seq", allocationSize = 500)
    private Long id;

    @Version
    private int version;

    @Column(name = "job_instance_id", nullable = false)
    private long jobInstanceId;

    @Column(name = "quota_id", nullable = false)
    private long quotaId;

    @Column(name = "quota_year", nullable = false)
    private int year;

    @Column(name = "document_no", nullable = false, length = 40)
    private String documentNo;

    @Column(name = "authority_code", nullable = false, length = 20)
    private String authorityCode;

    @Column(name = "enterprise_id", nullable = false)
    private long enterpriseId;

    @Column(nullable = false, precision = 20, scale = 3)
    private BigDecimal total;

    @Column(name = "stored_used", nullable = false, precision = 20, scale = 3)
    private BigDecimal storedUsed;

    @Column(name = "computed_used", nullable = false, precision = 20, scale = 3)
    private BigDecimal computedUsed;

    @Column(nullable = false, precision = 20, scale = 3)
    private BigDecimal difference;

    /** The licences use more than the quota's total: a correction alone would overdraw it. */
    @Column(name = "over_total", nullable = false)
    private boolean overTotal;

    @Column(name = "licence_count", nullable = false)
    private int licenceCount;

    @Column(name = "found_at", nullable = false)
    private LocalDateTime foundAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status = Status.OPEN;

    @Column(name = "resolved_by", length = 50)
    private String resolvedBy;

    @Column(name = "resolved_at")
    private LocalDateTime resolvedAt;

    @Column(length = 1000)
    private String resolution;

    protected QuotaDifference() {}

    QuotaDifference(long jobInstanceId, QuotaCheck check, LocalDateTime foundAt) {
        this.jobInstanceId = jobInstanceId;
        this.quotaId = check.quotaId();
        this.year = check.year();
        this.documentNo = check.documentNo();
        this.authorityCode = check.authorityCode();
        this.enterpriseId = check.enterpriseId();
        this.total = check.total();
        this.storedUsed = check.storedUsed();
        this.computedUsed = check.computedUsed();
        this.difference = check.difference();
        this.overTotal = check.overTotal();
        this.licenceCount = check.licenceCount();
        this.foundAt = foundAt;
    }

    /** Refuses, saying how, a difference settled already. */
    void checkOpen() {
        if (status != Status.OPEN) {
            throw new BusinessException("quota.difference.error.settled", documentNo, status.labelKey());
        }
    }

    /** Settles an open difference; refused (and nothing changes) when it was settled already. */
    void resolve(Status outcome, String by, String reason, LocalDateTime at) {
        checkOpen();
        status = outcome;
        resolvedBy = by;
        resolution = reason;
        resolvedAt = at;
    }

    public AuditSubject auditSubject() {
        return AuditSubject.of(AUDIT_TYPE, jobInstanceId + "/" + documentNo);
    }

    public Long getId() {
        return id;
    }

    @Override
    public int getVersion() {
        return version;
    }

    public long getJobInstanceId() {
        return jobInstanceId;
    }

    public long getQuotaId() {
        return quotaId;
    }

    public int getYear() {
        return year;
    }

    public String getDocumentNo() {
        return documentNo;
    }

    public String getAuthorityCode() {
        return authorityCode;
    }

    public long getEnterpriseId() {
        return enterpriseId;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public BigDecimal getStoredUsed() {
        return storedUsed;
    }

    public BigDecimal getComputedUsed() {
        return computedUsed;
    }

    public BigDecimal getDifference() {
        return difference;
    }

    public boolean isOverTotal() {
        return overTotal;
    }

    public int getLicenceCount() {
        return licenceCount;
    }

    public LocalDateTime getFoundAt() {
        return foundAt;
    }

    public Status getStatus() {
        return status;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }

    public LocalDateTime getResolvedAt() {
        return resolvedAt;
    }

    public String getResolution() {
        return resolution;
    }
}
