package org.exportlicence.licence;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Optional;
import org.exportlicence.enterprise.Caller;
import org.exportlicence.enterprise.UserDirectory;
import org.exportlicence.platform.ListQuery;
import org.exportlicence.platform.NotFoundException;
import org.exportlicence.platform.Roles;

/**
 * 许可证 — the one place licences are looked up by number and written in bulk: within the caller's
 * data scope for people, by number for the customs integration.
 */
@Stateless
@RolesAllowed({Roles.ENTERPRISE, Roles.OFFICER_FIRST, Roles.OFFICER_SECOND, Roles.ISSUER})
public class Licences {
    @PersistenceContext
    private EntityManager em;

    @EJB
    private UserDirectory users;

    /** A licence within the caller's data scope; "not found" for anything else, whether it exists or not. */
    public Licence inScope(String licenceNumber) {
        return findInScope(licenceNumber).orElseThrow(NotFoundException::new);
    }

    /** A licence within the caller's data scope, if the number is well formed and names one. */
    public Optional<Licence> findInScope(String licenceNumber) {
        Optional<LicenceNumber> number = LicenceNumber.parse(licenceNumber);
        return number.isEmpty()
                ? Optional.empty()
                : scoped(users.caller())
                        .where(
                                "l.number.value = :number",
                                "number",
                                number.get().value())
                        .single();
    }

    /** The caller's licences, to be narrowed by a list's filters. */
    public ListQuery<Licence> scoped(Caller caller) {
        return ListQuery.select(em, Licence.class, "l", "Licence l").where(caller.scope(Licence.class, "l"));
    }

    /**
     * Where customs delivery stands for some licences. A bulk update: it leaves the licences' version
     * alone, so it never conflicts with usage being recorded or a request being decided.
     */
    @RolesAllowed(Roles.CUSTOMS)
    public void setCustomsStatus(Collection<String> licenceNumbers, CustomsStatus status) {
        if (!licenceNumbers.isEmpty()) {
            em.createQuery("update Licence l set l.customsStatus = :status where l.number.value in :numbers")
                    .setParameter("status", status)
                    .setParameter("numbers", licenceNumbers)
                    .executeUpdate();
        }
    }
}
