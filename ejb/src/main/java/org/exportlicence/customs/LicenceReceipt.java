package org.exportlicence.customs;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import java.time.LocalDateTime;
import javax.xml.datatype.XMLGregorianCalendar;

/** Customs confirms it stored a licence message (reply-1.xsd). */
@XmlRootElement(name = "licenceReceipt", namespace = UsageReply.NAMESPACE)
@XmlType(
        name = "",
        namespace = UsageReply.NAMESPACE,
        propOrder = {"messageId", "licenceNo", "receivedAt"})
@XmlAccessorType(XmlAccessType.FIELD)
public class LicenceReceipt {
    @XmlElement(namespace = UsageReply.NAMESPACE, required = true)
    private String messageId;

    @XmlElement(namespace = UsageReply.NAMESPACE, required = true)
    private String licenceNo;

    @XmlElement(namespace = UsageReply.NAMESPACE, required = true)
    @XmlSchemaType(name = "dateTime")
    private XMLGregorianCalendar receivedAt;

    public LicenceReceipt() {}

    public LicenceReceipt(String messageId, String licenceNo, LocalDateTime receivedAt) {
        this.messageId = messageId;
        this.licenceNo = licenceNo;
        this.receivedAt = Dates.toXml(receivedAt);
    }

    public String getMessageId() {
        return messageId;
    }

    public String getLicenceNo() {
        return licenceNo;
    }
}
