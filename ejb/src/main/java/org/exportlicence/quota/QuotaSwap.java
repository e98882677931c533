package org.exportlicence.quota;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.exportlicence.audit.AuditSubject;
import org.exportlicence.enterprise.Enterprise;
import org.exportlicence.enterprise.Owned;
import org.exportlicence.enterprise.Ownership;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.StaleData;
import org.exportlicence.reference.Country;
import org.exportlicence.reference.TradeMode;

/**
 * 钨锑钼配额调换 — an enterprise's request to move unused tungsten, antimony or molybdenum quota of one
 * year from one of its quotas to another of its quotas, or to a new quota line (another product,
 * trade mode or destination), and, once decided, its record. Owned by the enterprise and the
 * authority that administers the source quota; its states are {@link QuotaSwapAction}'s.
 */
@Entity
@Table(name = "quota_swap")
public class QuotaSwap implements Serializable, Owned, StaleData.Versioned {
    /** How the audit trail names swaps: by id. */
    public static final String AUDIT_TYPE = "QuotaSwap";

    static final int MAX_REASON = 500; // the columns hold 1000 characters; Oracle counts bytes

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quota_swap_seq")
    @SequenceGenerator(name = "quota_swap_seq", sequenceName = "quota_swap_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Embedded
    private Ownership ownership;

    @Column(name = "quota_year", nullable = false)
    private int year;

    @ManyToOne(optional = false)
    @JoinColumn(name = "from_quota_id", nullable = false)
    private Quota fromQuota;

    /** The receiving quota: named by the request, or the new line the approval created. */
    @ManyToOne
    @JoinColumn(name = "to_quota_id")
    private Quota toQuota;

    /** The new line asked for (all null when an existing quota receives; mode, country null: any). */
    @Column(name = "category_code", length = 4)
    private String categoryCode;

    @ManyToOne
    @JoinColumn(name = "trade_mode_id")
    private TradeMode tradeMode;

    @ManyToOne
    @JoinColumn(name = "country_code")
    private Country country;

    @Column(nullable = false, precision = 20, scale = 3)
    private BigDecimal quantity;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private QuotaSwapStatus status;

    @Column(name = "filed_at", nullable = false)
    private LocalDateTime filedAt;

    @Column(name = "decided_by", length = 50)
    private String decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Column(name = "decision_reason", length = 1000)
    private String decisionReason;

    protected QuotaSwap() {}

    /**
     * Filed: into an existing quota of the enterprise ({@code to}), or into a new line of the given
     * category, trade mode and destination (either of the last two may be null: any).
     */
    QuotaSwap(
            Ownership ownership,
            Quota from,
            Quota to,
            String categoryCode,
            TradeMode tradeMode,
            Country country,
            BigDecimal quantity,
            String reason,
            LocalDateTime now) {
        if (quantity.signum() <= 0 || (to == null) == (categoryCode == null)) {
            throw new IllegalArgumentException("A swap moves a positive quantity into one quota or one new line");
        }
        this.ownership = ownership;
        this.year = from.getYear();
        this.fromQuota = from;
        this.toQuota = to;
        this.categoryCode = categoryCode;
        this.tradeMode = tradeMode;
        this.country = country;
        this.quantity = quantity;
        this.reason = reason;
        this.status = QuotaSwapStatus.FILED;
        this.filedAt = now;
    }

    /**
     * Takes one step of the state machine; refused — and nothing changes — when the action is not
     * allowed from the current state or a required reason is missing or too long. Returns the state before.
     */
    QuotaSwapStatus apply(QuotaSwapAction action, String actor, String why, LocalDateTime now) {
        String kept = action.check(
                status,
                why,
                MAX_REASON,
                () -> new BusinessException("quotaSwap.error.transition", id, status.labelKey(), action.labelKey()));
        QuotaSwapStatus from = status;
        status = action.target(from);
        decidedBy = actor;
        decidedAt = now;
        decisionReason = kept;
        return from;
    }

    /** The approval created the new line the request asked for. */
    void receivedBy(Quota created) {
        if (toQuota != null) {
            throw new IllegalStateException("swap " + id + " already has its receiving quota");
        }
        this.toQuota = created;
    }

    /** Whether the request asks for a new quota line rather than naming an existing quota. */
    public boolean isNewLine() {
        return categoryCode != null;
    }

    /** The receiving line's goods category: the quota's, or the one asked for. */
    public String getToCategoryCode() {
        return toQuota != null ? toQuota.getCategoryCode() : categoryCode;
    }

    public TradeMode getToTradeMode() {
        return toQuota != null ? toQuota.getTradeMode() : tradeMode;
    }

    public Country getToCountry() {
        return toQuota != null ? toQuota.getCountry() : country;
    }

    public AuditSubject auditSubject() {
        return AuditSubject.of(AUDIT_TYPE, id);
    }

    @Override
    public Ownership ownership() {
        return ownership;
    }

    public Long getId() {
        return id;
    }

    @Override
    public int getVersion() {
        return version;
    }

    public Enterprise getEnterprise() {
        return ownership.enterprise();
    }

    public int getYear() {
        return year;
    }

    public Quota getFromQuota() {
        return fromQuota;
    }

    public Quota getToQuota() {
        return toQuota;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public TradeMode getTradeMode() {
        return tradeMode;
    }

    public Country getCountry() {
        return country;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public String getReason() {
        return reason;
    }

    public QuotaSwapStatus getStatus() {
        return status;
    }

    public LocalDateTime getFiledAt() {
        return filedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }
}
