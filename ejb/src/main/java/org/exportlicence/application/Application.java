package org.exportlicence.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.time.LocalDateTime;
import org.exportlicence.audit.AuditSubject;
import org.exportlicence.enterprise.Enterprise;
import org.exportlicence.enterprise.Owned;
import org.exportlicence.enterprise.Ownership;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.StaleData;
import org.exportlicence.reference.IssuingAuthority;

/**
 * 申请表 — an export-licence application: boxes 1–19 of the licence (box 1 here, the others in
 * {@link TradeTerms} and {@link Goods}), the {@link ContractInfo 合同信息表}, its state, its
 * {@link Review} and the enterprise's {@link ElectronicSeal} over its content. It changes only
 * through its commands, which keep total = quantity × unit price and allow only the transitions of
 * {@link ApplicationAction}.
 */
@Entity
@Table(name = "application")
public class Application implements Serializable, Owned, StaleData.Versioned {
    /** How the audit trail and the outbox name applications. */
    public static final String AUDIT_TYPE = "Application";

    private static final long serialVersionUID = 1L;
    /** The reason column holds 1000 characters; Oracle counts bytes, so stay well inside. */
    static final int MAX_REASON = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_seq")
    @SequenceGenerator(name = "application_seq", sequenceName = "application_seq", allocationSize = 50)
    private Long id;

    @Embedded
    private ApplicationNumber number;

    @Version
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ApplicationStatus status;

    @Column(nullable = false)
    private boolean printed;

    @Embedded
    private Ownership ownership;

    @Column(name = "licence_year", nullable = false)
    private int licenceYear;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    // Box 1 出口商: the enterprise's own data when the application was made
    @Column(name = "exporter_name", nullable = false)
    private String exporterName;

    @Column(name = "exporter_code", nullable = false, length = 13)
    private String exporterCode;

    @Embedded
    private TradeTerms trade;

    @Embedded
    private Goods goods;
    // Each of these may be empty, and JPA reads an embeddable of nulls back as null: the getters
    // show their NONE instead.
    @Embedded
    private ContractInfo contract;

    @Embedded
    private Review review;

    @Embedded
    private ElectronicSeal seal;

    protected Application() {}

    /** A new application of an enterprise, by one of its clerks; saved but not yet numbered or sealed. */
    public Application(
            Enterprise enterprise, String createdBy, int licenceYear, LocalDateTime now, ApplicationContent content) {
        this.ownership = Ownership.of(enterprise, createdBy);
        this.exporterName = enterprise.getNameZh();
        this.exporterCode = enterprise.getEnterpriseCode();
        this.licenceYear = licenceYear;
        this.createdAt = now;
        this.status = ApplicationStatus.SAVED;
        fill(content, now);
    }

    /** Gives the application its number; once only. */
    void assignNumber(ApplicationNumber applicationNumber) {
        if (number != null) {
            throw new IllegalStateException("Application " + number + " is already numbered");
        }
        this.number = applicationNumber;
    }

    /** Replaces the content (修改); the seal of the old content no longer applies. */
    void fill(ApplicationContent c, LocalDateTime now) {
        this.trade = c.trade();
        this.goods = c.goods();
        this.contract = c.contract();
        this.updatedAt = now;
        this.seal = null;
    }

    /**
     * Takes one step of the state machine. Refused — and nothing changes — when the action is not
     * allowed from the current state, when a required reason is missing, or when the second
     * reviewer is the first reviewer (four eyes).
     */
    ApplicationStatus apply(ApplicationAction action, String actor, String reason, LocalDateTime now) {
        String kept = action.check(
                status,
                reason,
                MAX_REASON,
                () -> new BusinessException(
                        "application.error.transition", getNumber(), status.labelKey(), action.labelKey()));
        review = getReview().after(action, actor, kept, getNumber());
        ApplicationStatus from = status;
        if (action == ApplicationAction.SUBMIT) {
            submittedAt = now;
        } else if (action == ApplicationAction.PRINT) {
            printed = true;
        }
        status = action.target(from);
        updatedAt = now;
        return from;
    }

    void seal(String signatureBase64, String by, LocalDateTime at) {
        this.seal = new ElectronicSeal(signatureBase64, by, at);
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number == null ? null : number.value();
    }

    public ApplicationNumber number() {
        return number;
    }

    @Override
    public int getVersion() {
        return version;
    }

    public AuditSubject auditSubject() {
        return AuditSubject.of(AUDIT_TYPE, getNumber());
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public boolean isPrinted() {
        return printed;
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

    public int getLicenceYear() {
        return licenceYear;
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

    public String getExporterName() {
        return exporterName;
    }

    public String getExporterCode() {
        return exporterCode;
    }

    public TradeTerms getTrade() {
        return trade;
    }

    public Goods getGoods() {
        return goods;
    }

    public ContractInfo getContract() {
        return contract == null ? ContractInfo.NONE : contract;
    }

    public Review getReview() {
        return review == null ? Review.NONE : review;
    }

    public ElectronicSeal getSeal() {
        return seal == null ? ElectronicSeal.NONE : seal;
    }
}
