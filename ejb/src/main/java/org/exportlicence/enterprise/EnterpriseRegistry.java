package org.exportlicence.enterprise;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.exportlicence.audit.AuditTrail;
import org.exportlicence.platform.NotFoundException;
import org.exportlicence.platform.Roles;
import org.exportlicence.platform.StaleData;

/**
 * 申请企业信息 — the enterprises on the platform. An enterprise user reaches only its own
 * enterprise: the scope is part of the query, never a check after loading.
 */
@Stateless
public class EnterpriseRegistry {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private AuditTrail audit;

    /**
     * Saves the caller's own 申请企业信息; new applications are prefilled from it. Every refused
     * input is reported at its field (the same checks as 企业登记's, a USCC another enterprise has
     * included) and nothing is saved; the change is audited, before → after.
     */
    @RolesAllowed(Roles.ENTERPRISE)
    public Enterprise updateOwn(EnterpriseDetails d) {
        Enterprise enterprise = ownEnterprise();
        StaleData.check(enterprise, d.getVersion());
        EnterpriseChecks checks = new EnterpriseChecks();
        EnterpriseChecks.Checked checked = checks.details(d);
        checks.unique(em, enterprise.getId(), checked.uscc(), null);
        checks.done();
        EnterpriseSnapshot before = EnterpriseSnapshot.of(enterprise);
        checked.applyTo(enterprise);
        EnterpriseChecks.flush(em);
        EnterpriseSnapshot after = EnterpriseSnapshot.of(enterprise);
        audit.record(enterprise.auditSubject(), "UPDATE", before.changedIn(after), before.changedTo(after), null);
        return enterprise;
    }

    /** The caller's own enterprise (申请企业信息). */
    @RolesAllowed(Roles.ENTERPRISE)
    public Enterprise ownEnterprise() {
        List<Enterprise> found = em.createQuery(
                        "select u.enterprise from PlatformUser u "
                                + "where u.username = :caller and u.enterprise is not null",
                        Enterprise.class)
                .setParameter("caller", context.getCallerPrincipal().getName())
                .getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        return found.get(0);
    }
}
