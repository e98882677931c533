package org.exportlicence.enterprise;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.exportlicence.platform.NotFoundException;
import org.exportlicence.platform.Roles;

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

    /** The caller's own enterprise (申请企业信息). */
    @RolesAllowed(Roles.ENTERPRISE)
    public Enterprise ownEnterprise() {
        List<Enterprise> found = em.createQuery("select u.enterprise from PlatformUser u "
                + "where u.username = :caller and u.enterprise is not null", Enterprise.class)
                .setParameter("caller", context.getCallerPrincipal().getName())
                .getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        return found.get(0);
    }
}
