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

/**
 * The licence messages of licence-1.xsd, as Jakarta XML Binding classes: what the platform tells
 * customs about a licence. {@link CustomsXml#write} checks each against the schema as it writes it.
 */
public final class LicenceEvents {
    public static final String NAMESPACE = "urn:exportlicence:customs:licence:1";
    private static final int MAX_TEXT = 400;

    private LicenceEvents() {}

    /** 许可证已签发: everything customs checks a declaration against. */
    @XmlRootElement(name = "licenceIssued", namespace = NAMESPACE)
    @XmlType(
            name = "",
            namespace = NAMESPACE,
            propOrder = {
                "licenceNo",
                "verificationCode",
                "issuingAuthority",
                "validFrom",
                "expiryDate",
                "exporterCode",
                "exporterName",
                "tradeMode",
                "port",
                "country",
                "commodityCode",
                "unit",
                "quantity",
                "maxUses",
                "overshipmentPercent"
            })
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class Issued {
        @XmlElement(namespace = NAMESPACE, required = true)
        private String licenceNo;

        @XmlElement(namespace = NAMESPACE, required = true)
        private String verificationCode;

        @XmlElement(namespace = NAMESPACE, required = true)
        private String issuingAuthority;

        @XmlElement(namespace = NAMESPACE, required = true)
        @XmlSchemaType(name = "date")
        private XMLGregorianCalendar validFrom;

        @XmlElement(namespace = NAMESPACE, required = true)
        @XmlSchemaType(name = "date")
        private XMLGregorianCalendar expiryDate;

        @XmlElement(namespace = NAMESPACE, required = true)
        private String exporterCode;

        @XmlElement(namespace = NAMESPACE, required = true)
        private String exporterName;

        @XmlElement(namespace = NAMESPACE)
        private String tradeMode;

        @XmlElement(namespace = NAMESPACE, required = true)
        private String port;

        @XmlElement(namespace = NAMESPACE, required = true)
        private String country;

        @XmlElement(namespace = NAMESPACE, required = true)
        private String commodityCode;

        @XmlElement(namespace = NAMESPACE, required = true)
        private String unit;

        @XmlElement(namespace = NAMESPACE, required = true)
        private BigDecimal quantity;

        @XmlElement(namespace = NAMESPACE, required = true)
        private int maxUses;

        @XmlElement(namespace = NAMESPACE)
        private BigDecimal overshipmentPercent;

        public Issued() {}

        public Issued(
                String licenceNo,
                String verificationCode,
                String issuingAuthority,
                LocalDate validFrom,
                LocalDate expiryDate,
                String exporterCode,
                String exporterName,
                String tradeMode,
                String port,
                String country,
                String commodityCode,
                String unit,
                BigDecimal quantity,
                int maxUses,
                BigDecimal overshipmentPercent) {
            this.licenceNo = licenceNo;
            this.verificationCode = verificationCode;
            this.issuingAuthority = issuingAuthority;
            this.validFrom = Dates.toXml(validFrom);
            this.expiryDate = Dates.toXml(expiryDate);
            this.exporterCode = exporterCode;
            this.exporterName = clip(exporterName);
            this.tradeMode = tradeMode;
            this.port = port;
            this.country = country;
            this.commodityCode = commodityCode;
            this.unit = unit;
            this.quantity = quantity;
            this.maxUses = maxUses;
            this.overshipmentPercent = overshipmentPercent;
        }
    }

    /** 许可证已删除: no declaration may use it any more. */
    @XmlRootElement(name = "licenceDeleted", namespace = NAMESPACE)
    @XmlType(
            name = "",
            namespace = NAMESPACE,
            propOrder = {"licenceNo", "deletedOn", "reason"})
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class Deleted {
        @XmlElement(namespace = NAMESPACE, required = true)
        private String licenceNo;

        @XmlElement(namespace = NAMESPACE, required = true)
        @XmlSchemaType(name = "date")
        private XMLGregorianCalendar deletedOn;

        @XmlElement(namespace = NAMESPACE)
        private String reason;

        public Deleted() {}

        public Deleted(String licenceNo, LocalDate deletedOn, String reason) {
            this.licenceNo = licenceNo;
            this.deletedOn = Dates.toXml(deletedOn);
            this.reason = reason == null || reason.isBlank() ? null : clip(reason);
        }
    }

    /** 许可证已核销: closed with the quantity customs recorded; the unused rest went back to the quota. */
    @XmlRootElement(name = "licenceWrittenOff", namespace = NAMESPACE)
    @XmlType(
            name = "",
            namespace = NAMESPACE,
            propOrder = {"licenceNo", "writtenOffOn", "writtenOffQuantity", "returnedQuantity"})
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class WrittenOff {
        @XmlElement(namespace = NAMESPACE, required = true)
        private String licenceNo;

        @XmlElement(namespace = NAMESPACE, required = true)
        @XmlSchemaType(name = "date")
        private XMLGregorianCalendar writtenOffOn;

        @XmlElement(namespace = NAMESPACE, required = true)
        private BigDecimal writtenOffQuantity;

        @XmlElement(namespace = NAMESPACE, required = true)
        private BigDecimal returnedQuantity;

        public WrittenOff() {}

        public WrittenOff(
                String licenceNo, LocalDate writtenOffOn, BigDecimal writtenOffQuantity, BigDecimal returnedQuantity) {
            this.licenceNo = licenceNo;
            this.writtenOffOn = Dates.toXml(writtenOffOn);
            this.writtenOffQuantity = writtenOffQuantity;
            this.returnedQuantity = returnedQuantity;
        }
    }

    /** 许可证已过期: past its expiry date (the nightly licence-expiry job). */
    @XmlRootElement(name = "licenceExpired", namespace = NAMESPACE)
    @XmlType(
            name = "",
            namespace = NAMESPACE,
            propOrder = {"licenceNo", "expiredOn"})
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class Expired {
        @XmlElement(namespace = NAMESPACE, required = true)
        private String licenceNo;

        @XmlElement(namespace = NAMESPACE, required = true)
        @XmlSchemaType(name = "date")
        private XMLGregorianCalendar expiredOn;

        public Expired() {}

        public Expired(String licenceNo, LocalDate expiredOn) {
            this.licenceNo = licenceNo;
            this.expiredOn = Dates.toXml(expiredOn);
        }
    }

    private static String clip(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }
}
