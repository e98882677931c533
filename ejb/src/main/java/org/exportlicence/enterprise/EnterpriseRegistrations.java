package org.exportlicence.enterprise;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import org.exportlicence.audit.AuditTrail;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.Roles;
import org.exportlicence.platform.StaleData;
import org.exportlicence.reference.IssuingAuthority;

/**
 * 企业登记 — an issuing authority's officers (for their own region) and the administrator register an
 * enterprise, correct its data, suspend or reinstate it and keep its departments. Every input is
 * checked as 申请企业信息 checks it, refusals at their fields, nothing saved when anything is refused;
 * every change is audited before → after in the same transaction.
 */
@Stateless
@RolesAllowed({Roles.OFFICER_FIRST, Roles.OFFICER_SECOND, Roles.ISSUER, Roles.QUOTA_OFFICER, Roles.ADMIN})
public class EnterpriseRegistrations {
    private static final int MAX_REASON = 300;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Enterprises enterprises;

    @EJB
    private UserDirectory users;

    @EJB
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /**
     * Registers an enterprise. An officer registers it for their own authority (another is refused at
     * the field); the administrator chooses. A USCC or enterprise code that another enterprise has is
     * refused at its field before the insert, and after it when a concurrent registration won the race.
     */
    public Enterprise register(EnterpriseRegistration r) {
        Caller caller = users.caller();
        EnterpriseChecks checks = new EnterpriseChecks();
        EnterpriseChecks.Checked checked = checks.details(r);
        String code = checks.enterpriseCode(r.getEnterpriseCode());
        IssuingAuthority authority = authority(caller, r.getAuthorityCode(), checks);
        Set<String> departments = new LinkedHashSet<>();
        for (String name : r.getDepartments()) {
            String department = checks.department("departments", name);
            if (department != null && !departments.add(department)) {
                checks.refuse("departments", "enterprise.error.departmentTaken", department);
            }
        }
        checks.unique(em, null, checked.uscc(), code);
        checks.done();
        Enterprise enterprise = new Enterprise(code, checked.uscc(), checked.nameZh(), checked.nameEn(), authority);
        checked.applyTo(enterprise);
        enterprise.registered(caller.username(), LocalDateTime.now(clock));
        enterprise.departments().addAll(departments);
        em.persist(enterprise);
        EnterpriseChecks.flush(em);
        String registered = EnterpriseSnapshot.of(enterprise).filled()
                + (departments.isEmpty() ? "" : "; departments=" + String.join(", ", departments));
        audit.record(enterprise.auditSubject(), "REGISTER", null, registered, null);
        return enterprise;
    }

    /**
     * Corrects an enterprise's data at the version the user saw. The enterprise code stays (it is on
     * its applications, licences and seal); only the administrator may hand it to another authority.
     */
    public Enterprise update(long id, EnterpriseRegistration r) {
        Caller caller = users.caller();
        Enterprise enterprise = enterprises.inScope(id);
        StaleData.check(enterprise, r.getVersion());
        EnterpriseChecks checks = new EnterpriseChecks();
        EnterpriseChecks.Checked checked = checks.details(r);
        IssuingAuthority authority = r.getAuthorityCode() == null
                ? enterprise.getAuthority()
                : authority(caller, r.getAuthorityCode(), checks);
        checks.unique(em, enterprise.getId(), checked.uscc(), null);
        checks.done();
        EnterpriseSnapshot before = EnterpriseSnapshot.of(enterprise);
        checked.applyTo(enterprise);
        enterprise.assignTo(authority);
        EnterpriseChecks.flush(em);
        EnterpriseSnapshot after = EnterpriseSnapshot.of(enterprise);
        audit.record(enterprise.auditSubject(), "UPDATE", before.changedIn(after), before.changedTo(after), null);
        return enterprise;
    }

    /** 暂停, with the reason: its clerks can no longer submit or save new applications. */
    public Enterprise suspend(long id, int seenVersion, String reason) {
        return changeStatus(id, seenVersion, reason, true);
    }

    /** 恢复, with the reason. */
    public Enterprise reinstate(long id, int seenVersion, String reason) {
        return changeStatus(id, seenVersion, reason, false);
    }

    private Enterprise changeStatus(long id, int seenVersion, String reason, boolean suspend) {
        Enterprise enterprise = enterprises.inScope(id);
        StaleData.check(enterprise, seenVersion);
        EnterpriseChecks checks = new EnterpriseChecks();
        String why = checks.text("reason", reason, MAX_REASON, true, null);
        checks.done();
        EnterpriseStatus from = enterprise.getStatus();
        if (suspend) {
            enterprise.suspend();
        } else {
            enterprise.reinstate();
        }
        EnterpriseChecks.flush(em);
        audit.record(
                enterprise.auditSubject(),
                suspend ? "SUSPEND" : "REINSTATE",
                from.name(),
                enterprise.getStatus().name(),
                why);
        return enterprise;
    }

    /** Adds a department; refused at the field when the enterprise has one of that name. */
    public Enterprise addDepartment(long id, int seenVersion, String name) {
        Enterprise enterprise = forDepartments(id, seenVersion);
        String department = checkedDepartment(name);
        if (!enterprise.departments().add(department)) {
            throw BusinessException.atField("department", "enterprise.error.departmentTaken", department);
        }
        EnterpriseChecks.flush(em);
        audit.record(enterprise.auditSubject(), "DEPARTMENT_ADD", null, department, null);
        return enterprise;
    }

    /**
     * Renames a department; its clerks move with it, so that their 本部门 scope stays what it was
     * (their user rows are changed as one bulk update, each at a new version).
     */
    public Enterprise renameDepartment(long id, int seenVersion, String name, String newName) {
        Enterprise enterprise = forDepartments(id, seenVersion);
        String renamed = checkedDepartment(newName);
        if (!enterprise.departments().contains(name)) {
            throw new BusinessException("error.staleData");
        }
        if (!enterprise.departments().add(renamed)) {
            throw BusinessException.atField("department", "enterprise.error.departmentTaken", renamed);
        }
        enterprise.departments().remove(name);
        EnterpriseChecks.flush(em);
        em.createQuery("update PlatformUser u set u.department = :renamed, u.version = u.version + 1 "
                        + "where u.enterprise = :enterprise and u.department = :name")
                .setParameter("renamed", renamed)
                .setParameter("enterprise", enterprise)
                .setParameter("name", name)
                .executeUpdate();
        audit.record(enterprise.auditSubject(), "DEPARTMENT_RENAME", name, renamed, null);
        return enterprise;
    }

    /** Removes a department; refused while a clerk of the enterprise is in it (move them first). */
    public Enterprise removeDepartment(long id, int seenVersion, String name) {
        Enterprise enterprise = forDepartments(id, seenVersion);
        long clerks = em.createQuery(
                        "select count(u) from PlatformUser u where u.enterprise = :enterprise and u.department = :name",
                        Long.class)
                .setParameter("enterprise", enterprise)
                .setParameter("name", name)
                .getSingleResult();
        if (clerks > 0) {
            throw BusinessException.atField("department", "enterprise.error.departmentInUse", name, clerks);
        }
        if (!enterprise.departments().remove(name)) {
            throw new BusinessException("error.staleData");
        }
        EnterpriseChecks.flush(em);
        audit.record(enterprise.auditSubject(), "DEPARTMENT_REMOVE", name, null, null);
        return enterprise;
    }

    /** The enterprise at the version seen, whose version a department change raises (so two changes never cross). */
    private Enterprise forDepartments(long id, int seenVersion) {
        Enterprise enterprise = enterprises.inScope(id);
        StaleData.check(enterprise, seenVersion);
        em.lock(enterprise, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return enterprise;
    }

    private static String checkedDepartment(String name) {
        EnterpriseChecks checks = new EnterpriseChecks();
        String department = checks.department("department", name);
        checks.done();
        return department;
    }

    /** The authority responsible: an officer's own (another is refused), the administrator's choice. */
    private IssuingAuthority authority(Caller caller, String code, EnterpriseChecks checks) {
        String chosen = code == null || code.isBlank() ? caller.authorityCode() : code.strip();
        if (chosen == null) {
            checks.refuse("authorityCode", "error.required");
            return null;
        }
        if (caller.isAuthorityUser() && !chosen.equals(caller.authorityCode())) {
            checks.refuse("authorityCode", "enterprise.error.otherAuthority");
            return null;
        }
        IssuingAuthority authority = em.find(IssuingAuthority.class, chosen);
        if (authority == null) {
            checks.refuse("authorityCode", "error.notFound");
        }
        return authority;
    }
}
