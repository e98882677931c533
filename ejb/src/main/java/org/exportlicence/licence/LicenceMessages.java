package org.exportlicence.licence;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.exportlicence.application.Application;

/**
 * The customs messages about a licence, as XML text for the outbox. Version 1 of the namespace
 * below; the customs integration validates and delivers them (its schema ships with the project).
 */
public final class LicenceMessages {
    static final String NAMESPACE = "urn:exportlicence:customs:licence:1";
    public static final String LICENCE_DELETED = "LICENCE_DELETED";
    public static final String LICENCE_WRITTEN_OFF = "LICENCE_WRITTEN_OFF";

    private LicenceMessages() {
    }

    static String issued(Licence l) {
        Application a = l.getApplication();
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<licenceIssued xmlns=\"" + NAMESPACE + "\">\n"
                + element("licenceNo", l.getNumber())
                + element("verificationCode", l.getVerificationCode())
                + element("issuingAuthority", l.getAuthority().getCode())
                + element("validFrom", l.getValidFrom().toString())
                + element("expiryDate", l.getExpiryDate().toString())
                + element("exporterCode", a.getExporterCode())
                + element("exporterName", a.getExporterName())
                + element("tradeMode", a.getTradeMode().getMapsTo())
                + element("port", a.getPort().getCode())
                + element("country", a.getCountry().getCode())
                + element("commodityCode", a.getCommodityCode())
                + element("unit", a.getUnit().getCode())
                + element("quantity", l.getQuantity().toPlainString())
                + element("maxUses", String.valueOf(l.getMaxUses()))
                + element("overshipmentPercent", l.getOvershipmentPercent().toPlainString())
                + "</licenceIssued>\n";
    }

    /** 许可证删除: the licence may no longer be declared; {@code reason} is the enterprise's, if it gave one. */
    public static String deleted(Licence l, LocalDate deletedOn, String reason) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<licenceDeleted xmlns=\"" + NAMESPACE + "\">\n"
                + element("licenceNo", l.getNumber())
                + element("deletedOn", deletedOn.toString())
                + element("reason", reason == null || reason.isBlank() ? null : reason)
                + "</licenceDeleted>\n";
    }

    /** 许可证核销: the licence is closed with the quantity customs cleared; the unused rest went back to quota. */
    public static String writtenOff(Licence l, LocalDate writtenOffOn, BigDecimal writtenOffQuantity,
            BigDecimal returnedQuantity) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<licenceWrittenOff xmlns=\"" + NAMESPACE + "\">\n"
                + element("licenceNo", l.getNumber())
                + element("writtenOffOn", writtenOffOn.toString())
                + element("writtenOffQuantity", writtenOffQuantity.toPlainString())
                + element("returnedQuantity", returnedQuantity.toPlainString())
                + "</licenceWrittenOff>\n";
    }

    private static String element(String name, String value) {
        if (value == null) {
            return "";
        }
        String escaped = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        return "  <" + name + ">" + escaped + "</" + name + ">\n";
    }
}
