package org.exportlicence.application;

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
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.StaleData;
import org.exportlicence.reference.Commodity;
import org.exportlicence.reference.Country;
import org.exportlicence.reference.Currency;
import org.exportlicence.reference.CustomsPort;
import org.exportlicence.reference.IssuingAuthority;
import org.exportlicence.reference.PaymentMethod;
import org.exportlicence.reference.PriceTerm;
import org.exportlicence.reference.TradeMode;
import org.exportlicence.reference.TransportMode;
import org.exportlicence.reference.UnitOfMeasure;

/**
 * 申请表 — an export-licence application: boxes 1–19 of the licence, the 合同信息表, its state,
 * its reviewers and the enterprise's electronic seal over its content. It changes only through its
 * commands, which keep total = quantity × unit price and allow only the transitions of
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

    // Box 1 出口商 and box 2 发货人
    @Column(name = "exporter_name", nullable = false)
    private String exporterName;
    @Column(name = "exporter_code", nullable = false, length = 13)
    private String exporterCode;
    @Column(name = "consignor_name", nullable = false)
    private String consignorName;
    @Column(name = "consignor_code", nullable = false, length = 13)
    private String consignorCode;

    // Boxes 5–10
    @ManyToOne(optional = false)
    @JoinColumn(name = "trade_mode_id")
    private TradeMode tradeMode;
    @Column(name = "contract_no", nullable = false, length = 17)
    private String contractNo;
    @ManyToOne(optional = false)
    @JoinColumn(name = "port_code")
    private CustomsPort port;
    @ManyToOne(optional = false)
    @JoinColumn(name = "country_code")
    private Country country;
    @ManyToOne(optional = false)
    @JoinColumn(name = "payment_method_code")
    private PaymentMethod paymentMethod;
    @ManyToOne(optional = false)
    @JoinColumn(name = "transport_mode_id")
    private TransportMode transportMode;

    // Boxes 11–17
    @ManyToOne(optional = false)
    @JoinColumn(name = "commodity_id")
    private Commodity commodity;
    @Column(name = "commodity_code", nullable = false, length = 10)
    private String commodityCode;
    @Column(name = "commodity_name", nullable = false)
    private String commodityName;
    private String specification;
    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_code")
    private UnitOfMeasure unit;
    @Column(nullable = false, precision = 18, scale = 3)
    private BigDecimal quantity;
    @Column(name = "unit_price", nullable = false, precision = 18, scale = 4)
    private BigDecimal unitPrice;
    @ManyToOne(optional = false)
    @JoinColumn(name = "currency_code")
    private Currency currency;
    @Column(name = "total_amount", nullable = false, precision = 22, scale = 2)
    private BigDecimal totalAmount;
    @Column(name = "usd_rate", nullable = false, precision = 18, scale = 8)
    private BigDecimal usdRate;
    @Column(name = "total_usd", nullable = false, precision = 22, scale = 2)
    private BigDecimal totalUsd;

    // Box 19 and what decides it
    @Column(name = "one_batch_one_licence", nullable = false)
    private boolean oneBatchOneLicence;
    @Column(name = "quota_document_no", length = 40)
    private String quotaDocumentNo;
    private String remarks;

    // 合同信息表
    @Column(name = "contract_date")
    private LocalDate contractDate;
    @Column(name = "buyer_name")
    private String buyerName;
    @Column(name = "buyer_address")
    private String buyerAddress;
    @Column(name = "contract_amount", precision = 22, scale = 2)
    private BigDecimal contractAmount;
    @ManyToOne
    @JoinColumn(name = "contract_currency_code")
    private Currency contractCurrency;
    @ManyToOne
    @JoinColumn(name = "price_term_code")
    private PriceTerm priceTerm;

    // Review
    @Column(name = "first_reviewer")
    private String firstReviewer;
    @Column(name = "second_reviewer")
    private String secondReviewer;
    /** The reason of the last return, rejection or refusal, as the enterprise's lists show it. */
    @Column(name = "last_reason", length = 1000)
    private String lastReason;

    // 电子签章: a detached CMS signature (SM3withSM2, base64) over ApplicationCanonicalForm
    @Lob
    @Column(name = "seal_signature")
    private String sealSignature;
    @Column(name = "sealed_at")
    private LocalDateTime sealedAt;
    @Column(name = "sealed_by")
    private String sealedBy;

    protected Application() {
    }

    /** A new application of an enterprise, by one of its clerks; saved but not yet numbered or sealed. */
    public Application(Enterprise enterprise, String createdBy, int licenceYear, LocalDateTime now,
            ApplicationContent content) {
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
        this.consignorName = c.consignorName();
        this.consignorCode = c.consignorCode();
        this.tradeMode = c.tradeMode();
        this.contractNo = c.contractNo();
        this.port = c.port();
        this.country = c.country();
        this.paymentMethod = c.paymentMethod();
        this.transportMode = c.transportMode();
        this.commodity = c.commodity();
        this.commodityCode = c.commodityCode();
        this.commodityName = c.commodity().getNameZh();
        this.unit = c.commodity().getUnit();
        this.oneBatchOneLicence = c.commodity().isOneBatchOneLicence();
        this.specification = c.specification();
        this.quantity = c.quantity();
        this.unitPrice = c.unitPrice();
        this.currency = c.currency();
        this.usdRate = c.usdRate();
        this.totalAmount = Amounts.total(quantity, unitPrice);
        this.totalUsd = Amounts.inUsd(totalAmount, usdRate);
        this.quotaDocumentNo = c.quotaDocumentNo();
        this.remarks = c.remarks();
        this.contractDate = c.contractDate();
        this.buyerName = c.buyerName();
        this.buyerAddress = c.buyerAddress();
        this.contractAmount = c.contractAmount();
        this.contractCurrency = c.contractCurrency();
        this.priceTerm = c.priceTerm();
        this.updatedAt = now;
        this.sealSignature = null;
        this.sealedAt = null;
        this.sealedBy = null;
    }

    /**
     * Takes one step of the state machine. Refused — and nothing changes — when the action is not
     * allowed from the current state, when a required reason is missing, or when the second
     * reviewer is the first reviewer (four eyes).
     */
    ApplicationStatus apply(ApplicationAction action, String actor, String reason, LocalDateTime now) {
        String kept = action.check(status, reason, MAX_REASON, () -> new BusinessException(
                "application.error.transition", getNumber(), status.labelKey(), action.labelKey()));
        if ((action == ApplicationAction.APPROVE_SECOND || action == ApplicationAction.REJECT_SECOND)
                && actor.equals(firstReviewer)) {
            throw new BusinessException("application.error.fourEyes", getNumber());
        }
        ApplicationStatus from = status;
        switch (action) {
            case SUBMIT -> {
                submittedAt = now;
                firstReviewer = null;
                secondReviewer = null;
            }
            case APPROVE_FIRST -> firstReviewer = actor;
            case APPROVE_SECOND, REJECT_SECOND -> secondReviewer = actor;
            case PRINT -> printed = true;
            default -> {
                // The other actions change the state only.
            }
        }
        if (action.reasonRequired()) {
            lastReason = kept;
        } else if (action == ApplicationAction.SUBMIT) {
            lastReason = null;
        }
        status = action.target(from);
        updatedAt = now;
        return from;
    }

    void seal(String signatureBase64, String by, LocalDateTime at) {
        this.sealSignature = signatureBase64;
        this.sealedBy = by;
        this.sealedAt = at;
    }

    public Long getId() { return id; }
    public String getNumber() { return number == null ? null : number.value(); }
    public ApplicationNumber number() { return number; }
    @Override
    public int getVersion() { return version; }
    public AuditSubject auditSubject() { return AuditSubject.of(AUDIT_TYPE, getNumber()); }
    public ApplicationStatus getStatus() { return status; }
    public boolean isPrinted() { return printed; }
    @Override
    public Ownership ownership() { return ownership; }
    public Enterprise getEnterprise() { return ownership.enterprise(); }
    public IssuingAuthority getAuthority() { return ownership.authority(); }
    public int getLicenceYear() { return licenceYear; }
    public String getCreatedBy() { return ownership.createdBy(); }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public LocalDateTime getSubmittedAt() { return submittedAt; }
    public String getExporterName() { return exporterName; }
    public String getExporterCode() { return exporterCode; }
    public String getConsignorName() { return consignorName; }
    public String getConsignorCode() { return consignorCode; }
    public TradeMode getTradeMode() { return tradeMode; }
    public String getContractNo() { return contractNo; }
    public CustomsPort getPort() { return port; }
    public Country getCountry() { return country; }
    public PaymentMethod getPaymentMethod() { return paymentMethod; }
    public TransportMode getTransportMode() { return transportMode; }
    public Commodity getCommodity() { return commodity; }
    public String getCommodityCode() { return commodityCode; }
    public String getCommodityName() { return commodityName; }
    public String getSpecification() { return specification; }
    public UnitOfMeasure getUnit() { return unit; }
    public BigDecimal getQuantity() { return quantity; }
    public BigDecimal getUnitPrice() { return unitPrice; }
    public Currency getCurrency() { return currency; }
    public BigDecimal getTotalAmount() { return totalAmount; }
    public BigDecimal getUsdRate() { return usdRate; }
    public BigDecimal getTotalUsd() { return totalUsd; }
    public boolean isOneBatchOneLicence() { return oneBatchOneLicence; }
    public String getQuotaDocumentNo() { return quotaDocumentNo; }
    public String getRemarks() { return remarks; }
    public LocalDate getContractDate() { return contractDate; }
    public String getBuyerName() { return buyerName; }
    public String getBuyerAddress() { return buyerAddress; }
    public BigDecimal getContractAmount() { return contractAmount; }
    public Currency getContractCurrency() { return contractCurrency; }
    public PriceTerm getPriceTerm() { return priceTerm; }
    public String getFirstReviewer() { return firstReviewer; }
    public String getSecondReviewer() { return secondReviewer; }
    public String getLastReason() { return lastReason; }
    public String getSealSignature() { return sealSignature; }
    public LocalDateTime getSealedAt() { return sealedAt; }
    public String getSealedBy() { return sealedBy; }
}
