package org.exportlicence.enterprise;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.exportlicence.audit.AuditSubject;
import org.exportlicence.audit.AuditTrail;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.CustomsText;
import org.exportlicence.platform.FieldError;
import org.exportlicence.platform.NotFoundException;
import org.exportlicence.platform.Roles;
import org.exportlicence.platform.ValidationException;

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
     * input is reported at its field and nothing is saved; the change is audited.
     */
    @RolesAllowed(Roles.ENTERPRISE)
    public Enterprise updateOwn(EnterpriseDetails d) {
        Enterprise enterprise = ownEnterprise();
        if (enterprise.getVersion() != d.getVersion()) {
            throw new BusinessException("error.staleData");
        }
        List<FieldError> errors = new ArrayList<>();
        String nameZh = text(errors, "nameZh", d.getNameZh(), 200, true, null);
        String nameEn = text(errors, "nameEn", d.getNameEn(), 300, false, null);
        String uscc = text(errors, "uscc", d.getUscc(), 18, true, null);
        if (uscc != null && !Uscc.isValid(uscc.toUpperCase(java.util.Locale.ROOT))) {
            errors.add(new FieldError("uscc", "enterprise.error.uscc"));
        }
        String customsCode = text(errors, "customsCode", d.getCustomsCode(), 10, false, "[0-9A-Z]{10}");
        String addressZh = text(errors, "addressZh", d.getAddressZh(), 300, false, null);
        String addressEn = text(errors, "addressEn", d.getAddressEn(), 400, false, null);
        String postalCode = text(errors, "postalCode", d.getPostalCode(), 6, false, "\\d{6}");
        String contact = text(errors, "contactPerson", d.getContactPerson(), 50, false, null);
        String phone = text(errors, "phone", d.getPhone(), 30, false, "[0-9+() -]{5,30}");
        String email = text(errors, "email", d.getEmail(), 100, false, "[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String before = summary(enterprise);
        enterprise.rename(nameZh, nameEn, Uscc.of(uscc));
        enterprise.describe(customsCode, addressZh, addressEn, postalCode, contact, phone, email);
        try {
            em.flush();
        } catch (jakarta.persistence.OptimisticLockException e) {
            throw new BusinessException("error.staleData");
        }
        audit.record(
                AuditSubject.of("Enterprise", enterprise.getEnterpriseCode()),
                "UPDATE",
                before,
                summary(enterprise),
                null);
        return enterprise;
    }

    private static String summary(Enterprise e) {
        return e.getNameZh() + " / " + e.getUscc() + " / " + e.getCustomsCode() + " / " + e.getAddressZh() + " / "
                + e.getContactPerson() + " / " + e.getPhone();
    }

    private static String text(
            List<FieldError> errors, String field, String value, int max, boolean required, String pattern) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            if (required) {
                errors.add(new FieldError(field, "error.required"));
            }
            return null;
        }
        if (stripped.length() > max) {
            errors.add(new FieldError(field, "error.tooLong", max));
        } else if (CustomsText.firstRefused(stripped) != null) {
            errors.add(new FieldError(field, "application.error.characterRefused", CustomsText.firstRefused(stripped)));
        } else if (pattern != null && !stripped.matches(pattern)) {
            errors.add(new FieldError(field, "enterprise.error.format"));
        }
        return stripped;
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
