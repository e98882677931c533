package org.exportlicence.customs;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.exportlicence.application.Application;
import org.exportlicence.licence.CustomsGateway;
import org.exportlicence.licence.Licence;
import org.exportlicence.platform.Roles;

/**
 * The licence road's messages for customs, as XML text in the outbox (licence-1.xsd, marshalled and
 * checked against the schema by {@link CustomsXml}: the platform never queues what customs would
 * refuse). Written in the caller's transaction; {@link OutboxRelay} delivers them.
 */
@Stateless
@Local(CustomsGateway.class)
@RolesAllowed({Roles.ISSUER, Roles.OFFICER_FIRST, Roles.BATCH})
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class CustomsOutbox implements CustomsGateway {
    public static final String LICENCE_ISSUED = "LICENCE_ISSUED";
    public static final String LICENCE_DELETED = "LICENCE_DELETED";
    public static final String LICENCE_WRITTEN_OFF = "LICENCE_WRITTEN_OFF";
    public static final String LICENCE_EXPIRED = "LICENCE_EXPIRED";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Override
    public void licenceIssued(Licence licence) {
        put(licence, LICENCE_ISSUED, issuedXml(licence));
    }

    @Override
    public void licenceDeleted(Licence licence, LocalDate deletedOn, String reason) {
        put(licence, LICENCE_DELETED, deletedXml(licence, deletedOn, reason));
    }

    @Override
    public void licenceWrittenOff(
            Licence licence, LocalDate writtenOffOn, BigDecimal writtenOffQuantity, BigDecimal returnedQuantity) {
        put(licence, LICENCE_WRITTEN_OFF, writtenOffXml(licence, writtenOffOn, writtenOffQuantity, returnedQuantity));
    }

    @Override
    public void licenceExpired(String licenceNumber, LocalDate expiredOn) {
        put(licenceNumber, LICENCE_EXPIRED, expiredXml(licenceNumber, expiredOn));
    }

    /** 许可证已过期 as customs reads it. */
    public static String expiredXml(String licenceNumber, LocalDate expiredOn) {
        // A licence number and a date are all it holds: checked here, the schema check is spared (CustomsXml).
        if (licenceNumber == null
                || !CustomsXml.LICENCE_NUMBER.matcher(licenceNumber).matches()
                || expiredOn == null) {
            throw new IllegalArgumentException("Not a licence number or no date: " + licenceNumber + ", " + expiredOn);
        }
        return CustomsXml.writeChecked(new LicenceEvents.Expired(licenceNumber, expiredOn));
    }

    /** 许可证签发 as customs reads it. */
    public static String issuedXml(Licence l) {
        Application a = l.getApplication();
        return CustomsXml.write(new LicenceEvents.Issued(
                l.getNumber(),
                l.getIssuance().getVerificationCode(),
                l.getAuthority().getCode(),
                l.getValidity().getValidFrom(),
                l.getValidity().getExpiryDate(),
                a.getExporterCode(),
                a.getExporterName(),
                a.getTrade().getTradeMode().getMapsTo(),
                a.getTrade().getPort().getCode(),
                a.getTrade().getCountry().getCode(),
                a.getGoods().getCommodityCode(),
                a.getGoods().getUnit().getCode(),
                l.getQuantity(),
                l.getBalance().getMaxUses(),
                l.getBalance().getOvershipmentPercent()));
    }

    /** 许可证删除 as customs reads it; the reason only when the enterprise gave one. */
    public static String deletedXml(Licence l, LocalDate deletedOn, String reason) {
        return CustomsXml.write(new LicenceEvents.Deleted(l.getNumber(), deletedOn, reason));
    }

    /** 许可证核销 as customs reads it. */
    public static String writtenOffXml(
            Licence l, LocalDate writtenOffOn, BigDecimal writtenOffQuantity, BigDecimal returnedQuantity) {
        return CustomsXml.write(
                new LicenceEvents.WrittenOff(l.getNumber(), writtenOffOn, writtenOffQuantity, returnedQuantity));
    }

    @Override
    @RolesAllowed({Roles.ENTERPRISE, Roles.OFFICER_FIRST, Roles.OFFICER_SECOND, Roles.ISSUER})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<MessageView> messagesAbout(String licenceNumber) {
        return em.createQuery(
                        "select new " + MessageView.class.getName()
                                + "(coalesce(m.messageId, ''), m.eventType, m.createdAt, m.sentAt, m.acknowledgedAt, m.attempts, "
                                + "m.lastError) from OutboxMessage m where m.aggregateType = :type and m.aggregateId = :no "
                                + "order by m.id",
                        MessageView.class)
                .setParameter("type", Licence.AUDIT_TYPE)
                .setParameter("no", licenceNumber)
                .getResultList();
    }

    private void put(Licence licence, String eventType, String xml) {
        put(licence.getNumber(), eventType, xml);
    }

    private void put(String licenceNumber, String eventType, String xml) {
        em.persist(new OutboxMessage(Licence.AUDIT_TYPE, licenceNumber, eventType, xml, LocalDateTime.now(clock)));
    }
}
