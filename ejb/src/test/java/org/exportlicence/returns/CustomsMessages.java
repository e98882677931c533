package org.exportlicence.returns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.exportlicence.customs.CustomsOutbox;
import org.exportlicence.licence.CustomsGateway;
import org.exportlicence.licence.Licence;

/** The customs message an approved request would put in the outbox, as CustomsOutbox writes it. */
final class CustomsMessages implements CustomsGateway {
    private String xml;

    static String told(ReturnRequest request, LocalDate today) {
        CustomsMessages customs = new CustomsMessages();
        request.tellCustoms(customs, today);
        return customs.xml;
    }

    @Override
    public void licenceIssued(Licence licence) {
        xml = CustomsOutbox.issuedXml(licence);
    }

    @Override
    public void licenceDeleted(Licence licence, LocalDate deletedOn, String reason) {
        xml = CustomsOutbox.deletedXml(licence, deletedOn, reason);
    }

    @Override
    public void licenceWrittenOff(Licence licence, LocalDate on, BigDecimal writtenOff, BigDecimal returned) {
        xml = CustomsOutbox.writtenOffXml(licence, on, writtenOff, returned);
    }

    @Override
    public void licenceExpired(String licenceNumber, LocalDate expiredOn) {
        xml = CustomsOutbox.expiredXml(licenceNumber, expiredOn);
    }

    @Override
    public List<MessageView> messagesAbout(String licenceNumber) {
        return List.of();
    }
}
