package org.exportlicence.licence;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * 使用记录 — one customs declaration (报关单) that used a licence. The declaration number is
 * unique in the database, which is what makes a usage message count once however often it is
 * delivered.
 */
@Entity
@Table(name = "usage_line")
public class UsageLine implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "usage_line_seq")
    @SequenceGenerator(name = "usage_line_seq", sequenceName = "usage_line_seq", allocationSize = 50)
    private Long id;

    @Embedded
    private DeclarationNumber declarationNo;

    @ManyToOne(optional = false)
    @JoinColumn(name = "licence_id")
    private Licence licence;

    @Column(name = "declaration_date", nullable = false)
    private LocalDate declarationDate;

    @Column(name = "port_code", nullable = false, length = 4)
    private String portCode;

    @Column(name = "goods_line", nullable = false)
    private int goodsLine;

    @Column(nullable = false, precision = 18, scale = 3)
    private BigDecimal quantity;

    @Column(name = "unit_code", nullable = false, length = 3)
    private String unitCode;

    /** The JMS message that brought it, for tracing. */
    @Column(name = "message_id", length = 100)
    private String messageId;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected UsageLine() {}

    UsageLine(
            String declarationNo,
            Licence licence,
            LocalDate declarationDate,
            String portCode,
            int goodsLine,
            BigDecimal quantity,
            String unitCode,
            String messageId,
            LocalDateTime recordedAt) {
        this.declarationNo = DeclarationNumber.of(declarationNo);
        this.licence = licence;
        this.declarationDate = declarationDate;
        this.portCode = portCode;
        this.goodsLine = goodsLine;
        this.quantity = quantity;
        this.unitCode = unitCode;
        this.messageId = messageId;
        this.recordedAt = recordedAt;
    }

    /** Whether this line says the same as a redelivered declaration (else the number was reused). */
    boolean sameDeclarationAs(String licenceNo, BigDecimal otherQuantity) {
        return licence.getNumber().equals(licenceNo) && quantity.compareTo(otherQuantity) == 0;
    }

    public Long getId() {
        return id;
    }

    public String getDeclarationNo() {
        return declarationNo.value();
    }

    public DeclarationNumber declarationNumber() {
        return declarationNo;
    }

    public Licence getLicence() {
        return licence;
    }

    public LocalDate getDeclarationDate() {
        return declarationDate;
    }

    public String getPortCode() {
        return portCode;
    }

    public int getGoodsLine() {
        return goodsLine;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getMessageId() {
        return messageId;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }
}
