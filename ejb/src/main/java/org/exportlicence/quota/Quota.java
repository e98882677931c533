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
import java.time.LocalDateTime;
import org.exportlicence.audit.AuditSubject;
import org.exportlicence.enterprise.Enterprise;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.reference.Country;
import org.exportlicence.reference.IssuingAuthority;
import org.exportlicence.reference.TradeMode;
import org.exportlicence.reference.UnitOfMeasure;

/**
 * 配额 — the amount of one commodity category an enterprise may export in one year, granted under
 * a quota document number (配额文号) by an issuing authority, optionally only for one trade mode and
 * one importing country or region. Licences consume it; deletion and write-off return it; the
 * authority adjusts it and withdraws (收回) what is unused, never below what its licences use.
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

    /** The issuing authority that allocated the quota and whose officers administer it. */
    @ManyToOne(optional = false)
    @JoinColumn(name = "authority_code", nullable = false)
    private IssuingAuthority authority;

    /** 贸易方式 restriction (null: any trade mode). */
    @ManyToOne
    @JoinColumn(name = "trade_mode_id")
    private TradeMode tradeMode;

    /** 进口国（地区） restriction (null: any destination). */
    @ManyToOne
    @JoinColumn(name = "country_code")
    private Country country;

    @Column(name = "allocated_by", length = 50)
    private String allocatedBy;

    @Column(name = "allocated_at")
    private LocalDateTime allocatedAt;

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
        this.authority = enterprise.getAuthority();
    }

    /** Allocated by an officer of {@code authority}, restricted as the catalogue says (either may be null). */
    public Quota allocatedBy(
            IssuingAuthority authority, TradeMode tradeMode, Country country, String officer, LocalDateTime at) {
        this.authority = authority;
        this.tradeMode = tradeMode;
        this.country = country;
        this.allocatedBy = officer;
        this.allocatedAt = at;
        return this;
    }

    /** 增加配额: raises the total (an adjustment or the receiving side of a swap). */
    public void increase(BigDecimal quantity) {
        requirePositive(quantity);
        total = total.add(quantity);
    }

    /** 调减配额: lowers the total; only the unused part can go, never what its licences use. */
    public void decrease(BigDecimal quantity) {
        requirePositive(quantity);
        if (!covers(quantity)) {
            throw new BusinessException("quota.error.belowUsed", documentNo, plain(used), plain(getUnused()));
        }
        total = total.subtract(quantity);
    }

    /** 收回: takes back all that is unused; the quota keeps what its licences use. Returns what was taken. */
    public BigDecimal withdrawUnused() {
        BigDecimal unused = getUnused();
        total = used;
        return unused;
    }

    /** Whether a licence with this trade mode and destination may draw on it (by key: rows of any context). */
    public boolean allows(TradeMode mode, Country destination) {
        return (tradeMode == null || mode != null && tradeMode.getId().equals(mode.getId()))
                && (country == null || destination != null && country.getCode().equals(destination.getCode()));
    }

    private static String plain(BigDecimal quantity) {
        return quantity.stripTrailingZeros().toPlainString();
    }

    private static void requirePositive(BigDecimal quantity) {
        if (quantity == null || quantity.signum() <= 0) {
            throw new BusinessException("quota.error.quantityPositive");
        }
    }

    public BigDecimal getUnused() {
        return total.subtract(used);
    }

    public boolean covers(BigDecimal quantity) {
        return getUnused().compareTo(quantity) >= 0;
    }

    /** A licence takes its quantity; refused (and nothing changes) when the quota does not cover it. */
    public void consume(BigDecimal quantity) {
        if (!covers(quantity)) {
            throw new BusinessException(
                    "licence.error.quotaExhausted", documentNo, getUnused().toPlainString(), quantity.toPlainString());
        }
        used = used.add(quantity);
    }

    /** A deleted or written-off licence gives back what it did not use; never more than is used. */
    public void release(BigDecimal quantity) {
        if (quantity.signum() < 0) {
            throw new IllegalArgumentException("Cannot release a negative quantity");
        }
        if (quantity.compareTo(used) > 0) {
            throw new BusinessException(
                    "quota.error.releaseExceedsUsed", documentNo, used.toPlainString(), quantity.toPlainString());
        }
        used = used.subtract(quantity);
    }

    /**
     * 配额核对更正: the used amount becomes what the licences use, as a reconciliation found and an
     * administrator confirmed (the caller holds the row lock and has re-checked); never above the total.
     */
    void correctUsed(BigDecimal computed) {
        if (computed.signum() < 0 || computed.compareTo(total) > 0) {
            throw new BusinessException("quota.difference.error.overTotal", documentNo, plain(total), plain(computed));
        }
        used = computed;
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

    public IssuingAuthority getAuthority() {
        return authority;
    }

    public TradeMode getTradeMode() {
        return tradeMode;
    }

    public Country getCountry() {
        return country;
    }

    public String getAllocatedBy() {
        return allocatedBy;
    }

    public LocalDateTime getAllocatedAt() {
        return allocatedAt;
    }

    public int getVersion() {
        return version;
    }
}
