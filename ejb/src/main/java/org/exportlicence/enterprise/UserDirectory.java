package org.exportlicence.enterprise;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import org.exportlicence.platform.NotFoundException;
import org.exportlicence.platform.Roles;

/** Who the caller is: the signed-in user's profile, read from the same table the identity store uses. */
@Stateless
@RolesAllowed({
    Roles.ENTERPRISE,
    Roles.OFFICER_FIRST,
    Roles.OFFICER_SECOND,
    Roles.ISSUER,
    Roles.QUOTA_OFFICER,
    Roles.ADMIN,
    Roles.OPERATOR
})
public class UserDirectory {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    public UserProfile currentProfile() {
        PlatformUser user = currentUser();
        if (user.getEnterprise() != null) {
            Enterprise e = user.getEnterprise();
            return new UserProfile(
                    user.getUsername(),
                    user.getDisplayName(),
                    user.getRoles(),
                    e.getEnterpriseCode(),
                    e.getNameZh(),
                    e.getNameEn(),
                    user.getDepartment(),
                    user.getDataScope());
        }
        if (user.getAuthority() != null) {
            var a = user.getAuthority();
            return new UserProfile(
                    user.getUsername(),
                    user.getDisplayName(),
                    user.getRoles(),
                    a.getCode(),
                    a.getNameZh(),
                    a.getNameEn(),
                    user.getDepartment(),
                    user.getDataScope());
        }
        return new UserProfile(
                user.getUsername(),
                user.getDisplayName(),
                user.getRoles(),
                null,
                null,
                null,
                user.getDepartment(),
                user.getDataScope());
    }

    /**
     * The caller as services scope their queries by; "not found" for a principal without a user row.
     * Read once per transaction: a command asks for it in each bean it passes through (home, service,
     * audit), and the user row does not change under it.
     */
    public Caller caller() {
        String key = Caller.class.getName() + ":" + context.getCallerPrincipal().getName();
        boolean inTransaction = transaction.getTransactionKey() != null;
        if (inTransaction && transaction.getResource(key) instanceof Caller known) {
            return known;
        }
        Caller caller = readCaller();
        if (inTransaction) {
            transaction.putResource(key, caller);
        }
        return caller;
    }

    private Caller readCaller() {
        PlatformUser user = currentUser();
        return new Caller(
                user.getUsername(),
                user.getEnterprise() == null ? null : user.getEnterprise().getId(),
                user.getAuthority() == null ? null : user.getAuthority().getCode(),
                user.getDepartment(),
                user.getDataScope());
    }

    /** The caller's own user row. */
    PlatformUser currentUser() {
        String username = context.getCallerPrincipal().getName();
        List<PlatformUser> found = em.createQuery(
                        "select u from PlatformUser u where u.username = :username", PlatformUser.class)
                .setParameter("username", username)
                .getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        return found.get(0);
    }
}
