package org.exportlicence.customs;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.math.BigDecimal;
import org.exportlicence.licence.UsageOutcome;

/** The platform's answer to a usage message (reply-1.xsd). */
@XmlRootElement(name = "usageReply", namespace = UsageReply.NAMESPACE)
@XmlType(
        name = "",
        namespace = UsageReply.NAMESPACE,
        propOrder = {
            "declarationNo",
            "licenceNo",
            "result",
            "reasonCode",
            "reason",
            "usedQuantity",
            "quantityLeft",
            "usesLeft",
            "licenceStatus"
        })
@XmlAccessorType(XmlAccessType.FIELD)
public class UsageReply {
    public static final String NAMESPACE = "urn:exportlicence:customs:reply:1";

    @XmlElement(namespace = NAMESPACE)
    private String declarationNo;

    @XmlElement(namespace = NAMESPACE)
    private String licenceNo;

    @XmlElement(namespace = NAMESPACE, required = true)
    private String result;

    @XmlElement(namespace = NAMESPACE)
    private String reasonCode;

    @XmlElement(namespace = NAMESPACE)
    private String reason;

    @XmlElement(namespace = NAMESPACE)
    private BigDecimal usedQuantity;

    @XmlElement(namespace = NAMESPACE)
    private BigDecimal quantityLeft;

    @XmlElement(namespace = NAMESPACE)
    private Integer usesLeft;

    @XmlElement(namespace = NAMESPACE)
    private String licenceStatus;

    public UsageReply() {}

    static UsageReply of(String declarationNo, String licenceNo, UsageOutcome outcome) {
        UsageReply reply = new UsageReply();
        reply.declarationNo = declarationNo;
        reply.licenceNo = licenceNo;
        reply.result = outcome.result().name();
        reply.reasonCode = outcome.refusal() == null ? null : outcome.refusal().name();
        reply.reason = outcome.reason();
        reply.usedQuantity = outcome.usedQuantity();
        reply.quantityLeft = outcome.quantityLeft();
        reply.usesLeft = outcome.usesLeft();
        reply.licenceStatus =
                outcome.licenceStatus() == null ? null : outcome.licenceStatus().name();
        return reply;
    }

    public String getDeclarationNo() {
        return declarationNo;
    }

    public String getLicenceNo() {
        return licenceNo;
    }

    public String getResult() {
        return result;
    }

    public String getReasonCode() {
        return reasonCode;
    }

    public String getReason() {
        return reason;
    }

    public BigDecimal getUsedQuantity() {
        return usedQuantity;
    }

    public BigDecimal getQuantityLeft() {
        return quantityLeft;
    }

    public Integer getUsesLeft() {
        return usesLeft;
    }

    public String getLicenceStatus() {
        return licenceStatus;
    }
}
