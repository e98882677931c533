package org.exportlicence.licence;

import org.exportlicence.application.Application;

/**
 * The customs messages about a licence, as XML text for the outbox. Version 1 of the namespace
 * below; the customs integration validates and delivers them (its schema ships with the project).
 */
final class LicenceMessages {
    static final String NAMESPACE = "urn:exportlicence:customs:licence:1";

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

    private static String element(String name, String value) {
        if (value == null) {
            return "";
        }
        String escaped = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        return "  <" + name + ">" + escaped + "</" + name + ">\n";
    }
}
