package org.exportlicence.licence;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.exportlicence.application.Application;
import org.exportlicence.customs.CustomsXml;
import org.exportlicence.customs.LicenceEvents;

/**
 * The customs messages about a licence, as XML text for the outbox (licence-1.xsd, marshalled and
 * checked against the schema by {@link CustomsXml}: the platform never queues what customs would
 * refuse).
 */
public final class LicenceMessages {
    public static final String LICENCE_ISSUED = "LICENCE_ISSUED";
    public static final String LICENCE_DELETED = "LICENCE_DELETED";
    public static final String LICENCE_WRITTEN_OFF = "LICENCE_WRITTEN_OFF";

    private LicenceMessages() {
    }

    static String issued(Licence l) {
        Application a = l.getApplication();
        return CustomsXml.write(new LicenceEvents.Issued(l.getNumber(), l.getVerificationCode(),
                l.getAuthority().getCode(), l.getValidFrom(), l.getExpiryDate(), a.getExporterCode(),
                a.getExporterName(), a.getTradeMode().getMapsTo(), a.getPort().getCode(), a.getCountry().getCode(),
                a.getCommodityCode(), a.getUnit().getCode(), l.getQuantity(), l.getMaxUses(),
                l.getOvershipmentPercent()));
    }

    /** 许可证删除: the licence may no longer be declared; {@code reason} is the enterprise's, if it gave one. */
    public static String deleted(Licence l, LocalDate deletedOn, String reason) {
        return CustomsXml.write(new LicenceEvents.Deleted(l.getNumber(), deletedOn, reason));
    }

    /** 许可证核销: the licence is closed with the quantity customs cleared; the unused rest went back to quota. */
    public static String writtenOff(Licence l, LocalDate writtenOffOn, BigDecimal writtenOffQuantity,
            BigDecimal returnedQuantity) {
        return CustomsXml.write(new LicenceEvents.WrittenOff(l.getNumber(), writtenOffOn, writtenOffQuantity,
                returnedQuantity));
    }
}
