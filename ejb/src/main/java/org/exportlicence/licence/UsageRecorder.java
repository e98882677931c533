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
        List<UsageLine> earlier = em.createQuery("select u from UsageLine u where u.declarationNo = :no",
                UsageLine.class).setParameter("no", d.declarationNo()).getResultList();
        if (!earlier.isEmpty()) {
            UsageLine line = earlier.get(0);
            if (line.sameDeclarationAs(d.licenceNo(), d.quantity())) {
                return UsageOutcome.of(UsageOutcome.Result.ALREADY_RECORDED, line.getLicence());
            }
            return UsageOutcome.refused(UsageRefusal.DECLARATION_CONFLICT, "报关单号 " + d.declarationNo()
                    + " 已用于许可证 " + line.getLicence().getNumber() + "（数量 "
                    + line.getQuantity().toPlainString() + "）", found.isEmpty() ? null : found.get(0));
        }
        if (found.isEmpty()) {
            return UsageOutcome.refused(UsageRefusal.UNKNOWN_LICENCE, "许可证号 " + d.licenceNo() + " 不存在", null);
        }
        Licence licence = found.get(0);
        UsageRefusal refusal = licence.refusalOf(d.declarationDate(), d.portCode(), d.unitCode(), d.quantity());
        if (refusal != null) {
            return UsageOutcome.refused(refusal, explain(refusal, licence, d), licence);
        }
        LicenceStatus before = licence.getStatus();
        licence.recordUsage(d.quantity(), d.lastUse());
        em.persist(new UsageLine(d.declarationNo(), licence, d.declarationDate(), d.portCode(), d.goodsLine(),
                d.quantity(), d.unitCode(), d.messageId(), LocalDateTime.now(clock)));
        audit.record(licence.auditSubject(), "CUSTOMS_USAGE", before.name(), licence.getStatus().name(),
                "报关单 " + d.declarationNo() + " 第" + d.goodsLine() + "项 " + d.quantity().toPlainString() + " "
                        + d.unitCode() + "，口岸 " + d.portCode() + "，申报日期 " + d.declarationDate() + (d.lastUse() ? "，末次使用" : ""));
        em.flush();
        return UsageOutcome.of(UsageOutcome.Result.ACCEPTED, licence);
    }

    /** The reason text of a refusal, with the figures customs needs to see why. */
    private static String explain(UsageRefusal refusal, Licence l, UsageDeclaration d) {
        return switch (refusal) {
            case LICENCE_DELETED -> "许可证 " + l.getNumber() + " 已删除";
            case LICENCE_WRITTEN_OFF -> "许可证 " + l.getNumber() + " 已核销";
            case LICENCE_EXPIRED -> "申报日期 " + d.declarationDate() + " 晚于许可证有效截止日期 " + l.getExpiryDate();
            case LICENCE_NOT_YET_VALID -> "申报日期 " + d.declarationDate() + " 早于许可证发证日期 " + l.getValidFrom();
            case PORT_MISMATCH -> "一证一关：许可证报关口岸为 " + l.getApplication().getPort().getCode()
                    + "，申报口岸为 " + d.portCode();
            case UNIT_MISMATCH -> "计量单位应为 " + l.getApplication().getUnit().getCode() + "，申报为 " + d.unitCode();
            case SINGLE_USE_EXHAUSTED -> "一批一证许可证已使用过一次";
            case USE_LIMIT_REACHED -> "非一批一证许可证最多使用 " + l.getMaxUses() + " 次，已使用 " + l.getUseCount() + " 次";
            case QUANTITY_EXCEEDED -> "申报数量 " + d.quantity().toPlainString() + " 超过可用数量："
                    + "许可数量 " + l.getQuantity().toPlainString()
                    + (l.getOvershipmentPercent().signum() > 0
                            ? "（含溢装 " + l.getOvershipmentPercent().stripTrailingZeros().toPlainString() + "% 为 "
                                    + l.clearableQuantity().toPlainString() + "）" : "")
                    + "，已使用 " + l.getUsedQuantity().toPlainString();
            default -> refusal.name();
        };
    }
}
