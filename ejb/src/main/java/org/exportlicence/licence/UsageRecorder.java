package org.exportlicence.licence;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.exportlicence.audit.AuditTrail;
import org.exportlicence.platform.MessageBundle;
import org.exportlicence.platform.Roles;

/**
 * Records the customs declarations that use licences (SPEC §6). The licence row is locked before
 * anything is checked, so usage and deletion / write-off of the same licence are serialised:
 * whichever commits first decides, the other sees its result. The declaration number is unique
 * in the database, so a redelivered message can never count twice.
 */
@Stateless
@RolesAllowed(Roles.CUSTOMS)
public class UsageRecorder {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /**
     * Applies one declaration in a transaction of its own (the caller's message handling commits
     * or rolls back separately); refusals change nothing.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public UsageOutcome record(UsageDeclaration d) {
        List<Licence> found = em.createQuery("select l from Licence l where l.number.value = :no", Licence.class)
                .setParameter("no", d.licenceNo())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        List<UsageLine> earlier = em.createQuery(
                        "select u from UsageLine u where u.declarationNo.value = :no", UsageLine.class)
                .setParameter("no", d.declarationNo())
                .getResultList();
        if (!earlier.isEmpty()) {
            UsageLine line = earlier.get(0);
            if (line.sameDeclarationAs(d.licenceNo(), d.quantity())) {
                return UsageOutcome.of(UsageOutcome.Result.ALREADY_RECORDED, line.getLicence());
            }
            return UsageOutcome.refused(
                    UsageRefusal.DECLARATION_CONFLICT,
                    UsageRefusal.DECLARATION_CONFLICT.reason(
                            d.declarationNo(), line.getLicence().getNumber(), line.getQuantity()),
                    found.isEmpty() ? null : found.get(0));
        }
        if (found.isEmpty()) {
            return UsageOutcome.refused(
                    UsageRefusal.UNKNOWN_LICENCE, UsageRefusal.UNKNOWN_LICENCE.reason(d.licenceNo()), null);
        }
        Licence licence = found.get(0);
        UsageRefusal refusal = licence.refusalOf(d.declarationDate(), d.portCode(), d.unitCode(), d.quantity());
        if (refusal != null) {
            return UsageOutcome.refused(refusal, explain(refusal, licence, d), licence);
        }
        LicenceStatus before = licence.getStatus();
        licence.recordUsage(d.quantity(), d.lastUse());
        em.persist(new UsageLine(
                d.declarationNo(),
                licence,
                d.declarationDate(),
                d.portCode(),
                d.goodsLine(),
                d.quantity(),
                d.unitCode(),
                d.messageId(),
                LocalDateTime.now(clock)));
        audit.record(
                licence.auditSubject(),
                "CUSTOMS_USAGE",
                before.name(),
                licence.getStatus().name(),
                MessageBundle.chinese(
                        "usage.audit.recorded",
                        d.declarationNo(),
                        d.goodsLine(),
                        d.quantity(),
                        d.unitCode(),
                        d.portCode(),
                        d.declarationDate(),
                        d.lastUse() ? MessageBundle.chinese("usage.audit.lastUse") : ""));
        em.flush();
        return UsageOutcome.of(UsageOutcome.Result.ACCEPTED, licence);
    }

    /** The reason of a refusal, with the figures customs needs to see why (patterns usage.refusal.*). */
    private static String explain(UsageRefusal refusal, Licence l, UsageDeclaration d) {
        return switch (refusal) {
            case LICENCE_DELETED, LICENCE_WRITTEN_OFF -> refusal.reason(l.getNumber());
            case LICENCE_EXPIRED ->
                refusal.reason(d.declarationDate(), l.getValidity().getExpiryDate());
            case LICENCE_NOT_YET_VALID ->
                refusal.reason(d.declarationDate(), l.getValidity().getValidFrom());
            case PORT_MISMATCH ->
                refusal.reason(l.getApplication().getTrade().getPort().getCode(), d.portCode());
            case UNIT_MISMATCH ->
                refusal.reason(l.getApplication().getGoods().getUnit().getCode(), d.unitCode());
            case SINGLE_USE_EXHAUSTED -> refusal.reason();
            case USE_LIMIT_REACHED ->
                refusal.reason(l.getBalance().getMaxUses(), l.getBalance().getUseCount());
            case QUANTITY_EXCEEDED ->
                refusal.reason(
                        d.quantity(),
                        l.getQuantity(),
                        l.getBalance().getOvershipmentPercent().signum() > 0
                                ? MessageBundle.chinese(
                                        "usage.refusal.overshipment",
                                        l.getBalance().getOvershipmentPercent().stripTrailingZeros(),
                                        l.getBalance().clearableQuantity())
                                : "",
                        l.getBalance().getUsedQuantity());
            default -> refusal.name();
        };
    }
}
