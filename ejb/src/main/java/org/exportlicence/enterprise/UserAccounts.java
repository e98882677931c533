package org.exportlicence.enterprise;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.exportlicence.audit.AuditSubject;
import org.exportlicence.audit.AuditTrail;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.FieldError;
import org.exportlicence.platform.Roles;
import org.exportlicence.platform.StaleData;
import org.exportlicence.platform.ValidationException;
import org.exportlicence.reference.IssuingAuthority;

/**
 * 用户管理 — creates and edits user accounts: an enterprise's clerks (department, data scope 本人 /
 * 本部门 / 本公司) and, by the administrator only, an authority's officers with their roles. A new
 * account's initial password is temporary. Whose accounts a caller reaches: {@link UserAccountScope}.
 * Every change is audited (subject PlatformUser, the user name), never a password or its hash.
 */
@Stateless
@RolesAllowed({Roles.OFFICER_FIRST, Roles.OFFICER_SECOND, Roles.ISSUER, Roles.QUOTA_OFFICER, Roles.ADMIN})
public class UserAccounts {
    static final String AUDIT_TYPE = SignInAttempts.ACCOUNT_AUDIT_TYPE;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,50}");
    private static final int MAX_NAME = 100;
    private static final int MAX_SUBJECT = 500;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private UserDirectory directory;

    @EJB
    private AuditTrail audit;

    @Inject
    private PasswordHistory passwords;

    /** A new account, whose initial password must be changed at the first sign-in; returns its id. */
    public Long create(UserAccountForm f) {
        Caller caller = directory.caller();
        if (!f.isClerk() && !caller.isAdministrator()) {
            throw new BusinessException("user.error.officerByAdministrator");
        }
        List<FieldError> errors = new ArrayList<>();
        String username = f.getUsername() == null ? "" : f.getUsername().strip();
        if (username.isEmpty()) {
            errors.add(new FieldError("username", "error.required"));
        } else if (!USERNAME.matcher(username).matches()) {
            errors.add(new FieldError("username", "user.error.usernameFormat"));
        } else if (exists("u.username = :value", username, null)) {
            errors.add(new FieldError("username", "user.error.usernameTaken", username));
        }
        Enterprise enterprise = null;
        IssuingAuthority authority = null;
        if (f.isClerk()) {
            String code = text(errors, "enterpriseCode", f.getEnterpriseCode(), 13, true);
            enterprise = code == null ? null : UserAccountScope.enterprise(em, caller, code);
            if (code != null && enterprise == null) {
                errors.add(new FieldError("enterpriseCode", "user.error.enterpriseUnknown", code));
            }
        } else {
            String code = text(errors, "authorityCode", f.getAuthorityCode(), 20, true);
            authority = code == null ? null : em.find(IssuingAuthority.class, code);
            if (code != null && authority == null) {
                errors.add(new FieldError("authorityCode", "error.notFound"));
            }
        }
        Details d = details(errors, f, null, !f.isClerk(), enterprise);
        errors.addAll(PasswordRules.check("initialPassword", f.getInitialPassword(), username));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String hash = passwords.hash(f.getInitialPassword());
        PlatformUser user = f.isClerk()
                ? PlatformUser.ofEnterprise(
                        enterprise, d.department, username, hash, d.displayName, d.scope, Set.of(Roles.ENTERPRISE))
                : PlatformUser.ofAuthority(authority, d.department, username, hash, d.displayName, d.scope, d.roles);
        user.bindCertificate(d.certificate);
        em.persist(user);
        passwords.set(user, hash, true);
        em.flush();
        audit.record(AuditSubject.of(AUDIT_TYPE, username), "CREATE", null, summary(user), null);
        return user.getId();
    }

    /** Saves name, department, data scope, certificate subject and (an officer's, by the administrator) roles. */
    public void edit(Long id, UserAccountForm f) {
        Caller caller = directory.caller();
        PlatformUser user = UserAccountScope.find(em, caller, id);
        StaleData.check(user, f.getVersion());
        boolean officer = user.getAuthority() != null;
        List<FieldError> errors = new ArrayList<>();
        Details d = details(errors, f, user.getId(), officer, user.getEnterprise());
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String before = summary(user);
        user.describe(d.displayName, d.department, d.scope);
        user.bindCertificate(d.certificate);
        if (officer) {
            user.assignRoles(d.roles);
        }
        StaleData.flush(em);
        String after = summary(user);
        if (!after.equals(before)) {
            audit.record(AuditSubject.of(AUDIT_TYPE, user.getUsername()), "UPDATE", before, after, null);
        }
    }

    private record Details(
            String displayName, String department, DataScope scope, Set<String> roles, String certificate) {}

    private Details details(
            List<FieldError> errors, UserAccountForm f, Long self, boolean officer, Enterprise enterprise) {
        String displayName = text(errors, "displayName", f.getDisplayName(), MAX_NAME, true);
        String department = text(errors, "department", f.getDepartment(), MAX_NAME, false);
        // A clerk's department is one the enterprise registry keeps (本部门 is about it).
        if (enterprise != null
                && department != null
                && !enterprise.getDepartments().contains(department)) {
            errors.add(new FieldError("department", "user.error.departmentUnknown", department));
        }
        if (f.getDataScope() == null) {
            errors.add(new FieldError("dataScope", "error.required"));
        } else if (f.getDataScope() == DataScope.DEPARTMENT && department == null) {
            errors.add(new FieldError("department", "user.error.departmentForScope"));
        }
        Set<String> roles = new TreeSet<>(f.getRoles());
        if (officer && (roles.isEmpty() || !UserAccountScope.OFFICER_ROLES.containsAll(roles))) {
            errors.add(new FieldError("roles", "user.error.officerRoles"));
        }
        String certificate = text(errors, "certificateSubject", f.getCertificateSubject(), MAX_SUBJECT, false);
        if (certificate != null && exists("u.certificateSubject = :value", certificate, self)) {
            errors.add(new FieldError("certificateSubject", "user.error.certificateTaken"));
        }
        return new Details(displayName, department, f.getDataScope(), roles, certificate);
    }

    private boolean exists(String condition, String value, Long except) {
        var count = em.createQuery(
                        "select count(u) from PlatformUser u where " + condition
                                + (except == null ? "" : " and u.id <> :self"),
                        Long.class)
                .setParameter("value", value);
        if (except != null) {
            count.setParameter("self", except);
        }
        return count.getSingleResult() > 0;
    }

    private static String text(List<FieldError> errors, String field, String value, int max, boolean required) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            if (required) {
                errors.add(new FieldError(field, "error.required"));
            }
            return null;
        }
        if (stripped.length() > max) {
            errors.add(new FieldError(field, "error.tooLong", max));
        } else if (stripped.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError(field, "error.controlCharacters"));
        }
        return stripped;
    }

    /** What the audit trail keeps of an account: never the password or its hash. */
    static String summary(PlatformUser u) {
        return u.getDisplayName() + " / " + (u.getDepartment() == null ? "-" : u.getDepartment()) + " / "
                + u.getDataScope() + " / " + new TreeSet<>(u.getRoles()) + " / "
                + (u.getCertificateSubject() == null ? "-" : u.getCertificateSubject());
    }
}
