package org.exportlicence.customs;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import java.math.BigDecimal;
import java.time.LocalDate;
import javax.xml.datatype.XMLGregorianCalendar;
import org.exportlicence.licence.UsageDeclaration;

/** The usage message of usage-1.xsd: one customs declaration that used a licence. */
@XmlRootElement(name = "usage", namespace = UsageMessage.NAMESPACE)
@XmlType(
        name = "",
        namespace = UsageMessage.NAMESPACE,
        propOrder = {"licenceNo", "declarationNo", "declarationDate", "port", "goodsLine", "quantity", "unit", "lastUse"
        })
@XmlAccessorType(XmlAccessType.FIELD)
public class UsageMessage {
    public static final String NAMESPACE = "urn:exportlicence:customs:usage:1";

    @XmlElement(namespace = NAMESPACE, required = true)
    private String licenceNo;

    @XmlElement(namespace = NAMESPACE, required = true)
    private String declarationNo;

    @XmlElement(namespace = NAMESPACE, required = true)
    @XmlSchemaType(name = "date")
    private XMLGregorianCalendar declarationDate;

    @XmlElement(namespace = NAMESPACE, required = true)
    private String port;

    @XmlElement(namespace = NAMESPACE)
    private int goodsLine;

    @XmlElement(namespace = NAMESPACE, required = true)
    private BigDecimal quantity;

    @XmlElement(namespace = NAMESPACE, required = true)
    private String unit;

    @XmlElement(namespace = NAMESPACE)
    private Boolean lastUse;

    public UsageMessage() {}

    public UsageMessage(
            String licenceNo,
            String declarationNo,
            LocalDate declarationDate,
            String port,
            int goodsLine,
            BigDecimal quantity,
            String unit,
            boolean lastUse) {
        this.licenceNo = licenceNo;
        this.declarationNo = declarationNo;
        this.declarationDate = Dates.toXml(declarationDate);
        this.port = port;
        this.goodsLine = goodsLine;
        this.quantity = quantity;
        this.unit = unit;
        this.lastUse = lastUse ? Boolean.TRUE : null;
    }

    UsageDeclaration toDeclaration(String messageId) {
        return new UsageDeclaration(
                licenceNo,
                declarationNo,
                Dates.fromXml(declarationDate),
                port,
                goodsLine,
                quantity,
                unit,
                Boolean.TRUE.equals(lastUse),
                messageId);
    }

    public String getLicenceNo() {
        return licenceNo;
    }

    public String getDeclarationNo() {
        return declarationNo;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }
}
