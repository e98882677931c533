package org.exportlicence.quota;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Optional;
import org.exportlicence.audit.AuditTrail;
import org.exportlicence.enterprise.Enterprise;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.Roles;

/**
 * 配额 — the one place an enterprise's quota is looked up by its document number, and taken or given
 * back under the quota's row lock (always after the licence's, as every caller locks them).
 */
@Stateless
@RolesAllowed({
    Roles.ENTERPRISE,
    Roles.OFFICER_FIRST,
    Roles.OFFICER_SECOND,
    Roles.ISSUER,
    Roles.QUOTA_OFFICER,
    Roles.ADMIN
})
public class Quotas {
    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    /** The enterprise's quota with that document number. */
    public Optional<Quota> of(Enterprise enterprise, String documentNo) {
        return em
                .createQuery(
                        "select q from Quota q where q.documentNo = :no and q.enterprise = :enterprise", Quota.class)
                .setParameter("no", documentNo)
                .setParameter("enterprise", enterprise)
                .getResultList()
                .stream()
                .findFirst();
    }

    /** The enterprise's quota with that document number for one year and goods category (录入申请's check). */
    public Optional<Quota> of(Enterprise enterprise, String documentNo, int year, String categoryCode) {
        return of(enterprise, documentNo)
                .filter(q -> q.getYear() == year && q.getCategoryCode().equals(categoryCode));
    }

    /** 发证: takes a licence's quantity from the quota, locked; refused when the quota has gone. */
    @RolesAllowed(Roles.ISSUER)
    public Quota take(Enterprise enterprise, String documentNo, BigDecimal quantity) {
        Quota quota = of(enterprise, documentNo)
                .orElseThrow(() -> new BusinessException("licence.error.quotaMissing", documentNo));
        em.refresh(quota, LockModeType.PESSIMISTIC_WRITE);
        quota.consume(quantity);
        return quota;
    }

    /** 删除 / 核销: gives back what a licence took and did not use, locked and audited. */
    @RolesAllowed(Roles.OFFICER_FIRST)
    public void giveBack(Quota quota, BigDecimal quantity, String licenceNumber) {
        em.refresh(quota, LockModeType.PESSIMISTIC_WRITE);
        if (quantity.signum() > 0) {
            BigDecimal usedBefore = quota.getUsed();
            quota.release(quantity);
            audit.record(
                    quota.auditSubject(),
                    "RETURN",
                    usedBefore.toPlainString(),
                    quota.getUsed().toPlainString(),
                    "licence " + licenceNumber);
        }
    }
}
