package org.exportlicence.enterprise;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.List;
import org.exportlicence.audit.AuditEvent;
import org.exportlicence.audit.AuditTrail;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.platform.Roles;
import org.exportlicence.platform.Sorting;
import org.exportlicence.reference.IssuingAuthority;

/**
 * 企业登记 as the back office reads it: the enterprises of the caller's authority (the administrator:
 * all), filtered, sorted and paged by the database; one enterprise with its departments, their clerks
 * and its history. Another authority's enterprise is "not found", whether it exists or not.
 */
@Stateless
@RolesAllowed({Roles.OFFICER_FIRST, Roles.OFFICER_SECOND, Roles.ISSUER, Roles.QUOTA_OFFICER, Roles.ADMIN})
public class EnterpriseQueries {
    private static final Sorting SORTING = Sorting.by("e.enterpriseCode", "e.id asc")
            .and("enterpriseCode", "e.enterpriseCode")
            .and("nameZh", "e.nameZh")
            .and("uscc.value", "e.uscc.value")
            .and("status", "e.status")
            .and("registeredAt", "e.registeredAt");

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Enterprises enterprises;

    @EJB
    private UserDirectory users;

    @EJB
    private AuditTrail audit;

    /** The list's conditions, any may be empty: name (either language), code and USCC prefixes, status, authority. */
    public record EnterpriseFilter(
            String name, String enterpriseCode, String uscc, EnterpriseStatus status, String authorityCode)
            implements Serializable {
        public static EnterpriseFilter none() {
            return new EnterpriseFilter(null, null, null, null, null);
        }
    }

    /** A department and how many of the enterprise's clerks are in it (a department in use cannot be removed). */
    public record Department(String name, long clerks) implements Serializable {
        // Bean-style getters: Jakarta EL 5 does not read record components.
        public String getName() {
            return name;
        }

        public long getClerks() {
            return clerks;
        }
    }

    /** One enterprise as its registration page shows it. */
    public record EnterpriseView(
            Enterprise enterprise,
            EnterpriseRegistration registration,
            List<Department> departments,
            List<AuditEvent> history)
            implements Serializable {
        public Enterprise getEnterprise() {
            return enterprise;
        }

        public EnterpriseRegistration getRegistration() {
            return registration;
        }

        public List<Department> getDepartments() {
            return departments;
        }

        public List<AuditEvent> getHistory() {
            return history;
        }
    }

    public ResultPage<Enterprise> list(EnterpriseFilter filter, PageRequest page) {
        String code =
                filter.enterpriseCode() == null ? null : filter.enterpriseCode().toUpperCase(java.util.Locale.ROOT);
        String uscc = filter.uscc() == null ? null : filter.uscc().toUpperCase(java.util.Locale.ROOT);
        return enterprises
                .scoped(users.caller())
                .contains("name", filter.name(), "e.nameZh", "e.nameEn")
                .startsWith("e.enterpriseCode", "code", code)
                .startsWith("e.uscc.value", "uscc", uscc)
                .whereGiven("e.status = :status", "status", filter.status())
                .whereGiven(
                        "e.authority.code = :authority",
                        "authority",
                        filter.authorityCode() == null || filter.authorityCode().isBlank()
                                ? null
                                : filter.authorityCode())
                .page(page, SORTING);
    }

    /** One enterprise the caller may administer. */
    public Enterprise find(long id) {
        return enterprises.inScope(id);
    }

    /** One enterprise with its registration form, its departments and their clerks, and its history. */
    public EnterpriseView view(long id) {
        Enterprise enterprise = enterprises.inScope(id);
        List<Object[]> clerks = em.createQuery(
                        "select u.department, count(u) from PlatformUser u where u.enterprise = :enterprise "
                                + "and u.department is not null group by u.department",
                        Object[].class)
                .setParameter("enterprise", enterprise)
                .getResultList();
        List<Department> departments = enterprise.getDepartments().stream()
                .map(name -> new Department(
                        name,
                        clerks.stream()
                                .filter(row -> name.equals(row[0]))
                                .mapToLong(row -> ((Number) row[1]).longValue())
                                .sum()))
                .toList();
        return new EnterpriseView(
                enterprise,
                EnterpriseRegistration.of(enterprise),
                departments,
                audit.history(enterprise.auditSubject()));
    }

    /** The authorities the caller may register an enterprise for: an officer their own, the administrator all. */
    public List<IssuingAuthority> authorities() {
        Caller caller = users.caller();
        if (caller.isAuthorityUser()) {
            return List.of(em.find(IssuingAuthority.class, caller.authorityCode()));
        }
        return em.createQuery("select a from IssuingAuthority a order by a.code", IssuingAuthority.class)
                .getResultList();
    }
}
