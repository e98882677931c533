package org.exportlicence.quota;

import jakarta.persistence.Column;
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
import java.math.BigDecimal;
import org.exportlicence.audit.AuditSubject;
import org.exportlicence.enterprise.Enterprise;
import org.exportlicence.reference.UnitOfMeasure;

/**
 * 配额 — the amount of one commodity category an enterprise may export in one year, granted under
 * a quota document number (配额文号). Licences consume it; deletion and write-off return it.
 */
@Entity
@Table(name = "quota")
public class Quota implements Serializable {
    /** How the audit trail names quotas: by document number. */
    public static final String AUDIT_TYPE = "Quota";

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quota_seq")
    @SequenceGenerator(name = "quota_seq", sequenceName = "quota_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "enterprise_id")
    private Enterprise enterprise;

    @Column(name = "quota_year", nullable = false)
    private int year;

    @Column(name = "category_code", nullable = false, length = 4)
    private String categoryCode;

    @Column(name = "document_no", nullable = false, length = 40)
    private String documentNo;

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_code")
    private UnitOfMeasure unit;

    @Column(nullable = false, precision = 20, scale = 3)
    private BigDecimal total;

    @Column(nullable = false, precision = 20, scale = 3)
    private BigDecimal used;

    @Version
    private int version;

    protected Quota() {}

    public Quota(
            Enterprise enterprise,
            int year,
            String categoryCode,
            String documentNo,
            UnitOfMeasure unit,
            BigDecimal total) {
        if (total.signum() < 0) {
            throw new IllegalArgumentException("A quota cannot be negative");
        }
        this.enterprise = enterprise;
        this.year = year;
        this.categoryCode = categoryCode;
        this.documentNo = documentNo;
        this.unit = unit;
        this.total = total;
        this.used = BigDecimal.ZERO;
    }

    public BigDecimal unused() {
        return total.subtract(used);
    }

    public boolean covers(BigDecimal quantity) {
        return unused().compareTo(quantity) >= 0;
    }

    /** A licence takes its quantity; refused (and nothing changes) when the quota does not cover it. */
    public void consume(BigDecimal quantity) {
        if (!covers(quantity)) {
            throw new org.exportlicence.platform.BusinessException(
                    "licence.error.quotaExhausted", documentNo, unused().toPlainString(), quantity.toPlainString());
        }
        used = used.add(quantity);
    }

    /**
     * A deleted or written-off licence gives back what it took and did not use. Refused when it would
     * give back more than is used (the quota's figures would no longer add up).
     */
    public void release(BigDecimal quantity) {
        if (quantity.signum() < 0) {
            throw new IllegalArgumentException("Cannot release a negative quantity");
        }
        if (quantity.compareTo(used) > 0) {
            throw new org.exportlicence.platform.BusinessException(
                    "quota.error.releaseExceedsUsed", documentNo, used.toPlainString(), quantity.toPlainString());
        }
        used = used.subtract(quantity);
    }

    public AuditSubject auditSubject() {
        return AuditSubject.of(AUDIT_TYPE, documentNo);
    }

    public Long getId() {
        return id;
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }

    public int getYear() {
        return year;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public String getDocumentNo() {
        return documentNo;
    }

    public UnitOfMeasure getUnit() {
        return unit;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public BigDecimal getUsed() {
        return used;
    }

    public BigDecimal getUnused() {
        return unused();
    }
}
