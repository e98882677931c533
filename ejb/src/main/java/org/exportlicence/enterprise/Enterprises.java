package org.exportlicence.enterprise;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.exportlicence.platform.ListQuery;
import org.exportlicence.platform.NotFoundException;
import org.exportlicence.platform.Roles;

/**
 * 企业登记 — the one place registered enterprises are looked up for the back office: an officer reaches
 * the enterprises of their own authority, the administrator all; anything else is "not found".
 */
@Stateless
@RolesAllowed({Roles.OFFICER_FIRST, Roles.OFFICER_SECOND, Roles.ISSUER, Roles.QUOTA_OFFICER, Roles.ADMIN})
public class Enterprises {
    @PersistenceContext
    private EntityManager em;

    @EJB
    private UserDirectory users;

    /** One enterprise the caller may administer. */
    public Enterprise inScope(long id) {
        return scoped(users.caller()).where("e.id = :id", "id", id).single().orElseThrow(NotFoundException::new);
    }

    /** The enterprises the caller may administer, to be narrowed by a list's filters. */
    public ListQuery<Enterprise> scoped(Caller caller) {
        if (caller.isEnterpriseUser()) {
            throw new NotFoundException();
        }
        return ListQuery.select(em, Enterprise.class, "e", "Enterprise e")
                .where(caller.enterpriseScope("e.id", "e.authority.code"));
    }
}
