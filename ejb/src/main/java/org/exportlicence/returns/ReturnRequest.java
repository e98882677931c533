package org.exportlicence.returns;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.exportlicence.audit.AuditSubject;
import org.exportlicence.enterprise.Enterprise;
import org.exportlicence.enterprise.Owned;
import org.exportlicence.enterprise.Ownership;
import org.exportlicence.licence.CustomsGateway;
import org.exportlicence.licence.Licence;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.StaleData;
import org.exportlicence.reference.IssuingAuthority;

/**
 * 许可证退换 — what deletion and write-off requests share: the licence they are about, the
 * enterprise's remarks, their state (transitions of {@link RequestAction} only), the authority's
 * decision and the quota the approval gave back. While a request is open it holds its licence's
 * "open key", unique in the table, so a licence never has two open requests of one kind.
 */
@Entity
@Table(name = "return_request")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind", length = 12)
public abstract class ReturnRequest implements Serializable, Owned, StaleData.Versioned {
    private static final long serialVersionUID = 1L;
    static final int MAX_REASON = 300; // the column holds 1000 characters; Oracle counts bytes

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "return_request_seq")
    @SequenceGenerator(name = "return_request_seq", sequenceName = "return_request_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private RequestStatus status;

    @ManyToOne(optional = false)
    @JoinColumn(name = "licence_id")
    private Licence licence;

    @Embedded
    private Ownership ownership; // the licence's enterprise and authority; the clerk who entered the request

    /** Kind and licence while the request is open, null once approved or deleted (see the class comment). */
    @Column(name = "open_key", length = 40)
    private String openKey;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    /** The enterprise's explanation (删除原因 / 核销说明); a deletion's goes to customs. */
    @Column(length = 200)
    private String remarks;

    @Column(length = 50)
    private String reviewer;

    @Column(name = "reviewed_at")
    private LocalDateTime reviewedAt;
    /** The reason of the last return, as the enterprise's lists show it until the request is submitted again. */
    @Column(name = "last_reason", length = 1000)
    private String lastReason;

    /** The quota the approval gave back; null before approval and for goods without quota. */
    @Column(name = "returned_quantity", precision = 18, scale = 3)
    private BigDecimal returnedQuantity;

    protected ReturnRequest() {}

    protected ReturnRequest(Licence licence, String createdBy, LocalDateTime now, String remarks) {
        this.licence = licence;
        this.ownership = licence.ownership().enteredBy(createdBy);
        this.status = RequestStatus.SAVED;
        this.openKey = getKind().name() + ":" + licence.getId();
        this.createdAt = now;
        this.updatedAt = now;
        this.remarks = remarks;
    }

    public abstract RequestKind getKind();

    /** Refuses, saying why, unless the licence (as it is now) allows this request. */
    abstract void checkLicence(LocalDate today);

    /**
     * The approval's effect on the licence, which the caller has locked and read anew: deleted or
     * written off, refused (changing nothing) when the licence no longer allows it. Returns the
     * quantity whose quota goes back.
     */
    abstract BigDecimal takeEffect(LocalDate today);

    /** Tells customs about the approval's effect (after {@link #takeEffect}), in the approval's transaction. */
    abstract void tellCustoms(CustomsGateway customs, LocalDate today);

    /** 修改: the enterprise's new content (the licence stays; a request for another licence is a new one). */
    void revise(String newRemarks, BigDecimal writeOffQuantity) {
        this.remarks = newRemarks;
    }

    /**
     * Takes one step of the state machine. Refused — and nothing changes — when the action is not
     * allowed from the current state or a required reason is missing or too long.
     */
    RequestStatus apply(RequestAction action, String actor, String reason, LocalDateTime now) {
        String kept = action.check(
                status,
                reason,
                MAX_REASON,
                () -> new BusinessException(
                        "returns.error.transition",
                        getKind().labelKey(),
                        licence.getNumber(),
                        status.labelKey(),
                        action.labelKey()));
        RequestStatus from = status;
        switch (action) {
            case SUBMIT -> {
                submittedAt = now;
                reviewer = null;
                reviewedAt = null;
                lastReason = null;
            }
            case APPROVE -> {
                reviewer = actor;
                reviewedAt = now;
            }
            case RETURN -> {
                reviewer = actor;
                reviewedAt = now;
                lastReason = kept;
            }
            default -> {
                // Modify and delete change the state only.
            }
        }
        status = action.target(from);
        if (!status.isOpen()) {
            openKey = null;
        }
        updatedAt = now;
        return from;
    }

    void recordReturned(BigDecimal quantity) {
        this.returnedQuantity = quantity;
    }

    public Long getId() {
        return id;
    }

    @Override
    public int getVersion() {
        return version;
    }
    /** Deletion and write-off requests are audited under their own entity names, by id. */
    public AuditSubject auditSubject() {
        return AuditSubject.of(getKind().entityName(), id);
    }

    public RequestStatus getStatus() {
        return status;
    }

    public Licence getLicence() {
        return licence;
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

    public String getCreatedBy() {
        return ownership.createdBy();
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public String getRemarks() {
        return remarks;
    }

    public String getReviewer() {
        return reviewer;
    }

    public LocalDateTime getReviewedAt() {
        return reviewedAt;
    }

    public String getLastReason() {
        return lastReason;
    }

    public BigDecimal getReturnedQuantity() {
        return returnedQuantity;
    }

    /** The quantity a write-off request closes the licence with; null for a deletion. */
    public BigDecimal getWriteOffQuantity() {
        return null;
    }
}
