package org.exportlicence.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.exportlicence.enterprise.Caller;
import org.exportlicence.enterprise.Enterprise;
import org.exportlicence.enterprise.UserDirectory;
import org.exportlicence.platform.ListQuery;
import org.exportlicence.platform.NotFoundException;
import org.exportlicence.platform.Roles;

/**
 * 申请表 — the one place applications are looked up: by number within the caller's data scope (an
 * enterprise reaches only its own applications, an officer only those of their authority — anything
 * else is "not found"), or as a scoped list query for the screens' filters.
 */
@Stateless
@RolesAllowed({Roles.ENTERPRISE, Roles.OFFICER_FIRST, Roles.OFFICER_SECOND, Roles.ISSUER})
public class Applications {
    @PersistenceContext
    private EntityManager em;

    @EJB
    private UserDirectory users;

    /**
     * One application the caller may see (deleted ones are gone). Two people acting on it at once never
     * both succeed: the version column refuses the second.
     */
    public Application inScope(String number) {
        ApplicationNumber key = ApplicationNumber.parse(number).orElseThrow(NotFoundException::new);
        return scoped(users.caller())
                .where("a.number.value = :number", "number", key.value())
                .where("a.status <> :deleted", "deleted", ApplicationStatus.DELETED)
                .single()
                .orElseThrow(NotFoundException::new);
    }

    /** The caller's applications, to be narrowed by a list's filters. */
    public ListQuery<Application> scoped(Caller caller) {
        return ListQuery.select(em, Application.class, "a", "Application a")
                .where(caller.scope(Application.class, "a"));
    }

    /** The enterprise the signed-in clerk acts for; "not found" for anyone else. */
    @RolesAllowed(Roles.ENTERPRISE)
    public Enterprise callersEnterprise() {
        Caller caller = users.caller();
        if (!caller.isEnterpriseUser()) {
            throw new NotFoundException();
        }
        return em.find(Enterprise.class, caller.enterpriseId());
    }
}
