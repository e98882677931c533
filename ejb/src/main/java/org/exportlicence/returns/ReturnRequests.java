package org.exportlicence.returns;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.exportlicence.enterprise.Caller;
import org.exportlicence.enterprise.UserDirectory;
import org.exportlicence.platform.ListQuery;
import org.exportlicence.platform.NotFoundException;
import org.exportlicence.platform.Roles;

/**
 * 许可证退换 — the one place deletion and write-off requests are looked up: by id within the caller's
 * data scope (anything else is "not found"), or as a scoped list query for the screens' filters.
 */
@Stateless
@RolesAllowed({Roles.ENTERPRISE, Roles.OFFICER_FIRST, Roles.OFFICER_SECOND, Roles.ISSUER})
public class ReturnRequests {
    @PersistenceContext
    private EntityManager em;

    @EJB
    private UserDirectory users;

    /**
     * One request the caller may see (of one kind, or of either when kind is null; deleted ones are
     * gone). Two people acting on it at once never both succeed: the version column refuses the second.
     */
    public ReturnRequest inScope(long id, RequestKind kind) {
        return scoped(users.caller(), kind)
                .where("r.id = :id", "id", id)
                .where("r.status <> :deleted", "deleted", RequestStatus.DELETED)
                .single()
                .orElseThrow(NotFoundException::new);
    }

    /** The caller's requests of one kind (or both), to be narrowed by a list's filters; the licence is {@code l}. */
    public ListQuery<ReturnRequest> scoped(Caller caller, RequestKind kind) {
        String entity = kind == null ? "ReturnRequest" : kind.entityName();
        return ListQuery.select(em, ReturnRequest.class, "r", entity + " r join r.licence l")
                .where(caller.scope(ReturnRequest.class, "r"));
    }
}
