package org.exportlicence.enterprise;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.CustomsText;
import org.exportlicence.platform.FieldError;
import org.exportlicence.platform.ValidationException;

/**
 * The checks of an enterprise's master data, one set for 申请企业信息 (the enterprise keeps its own) and
 * 企业登记 (its authority registers it): every input stripped and checked, every refusal collected at
 * its field and then refused all at once, so nothing invalid is saved. The unique codes are checked
 * before the write, and a write that loses a race to the database's unique constraint is refused at
 * the same field.
 */
final class EnterpriseChecks {
    static final int MAX_DEPARTMENT = 100;

    /** The database's unique constraints (names as in the migrations) and the field each is about. */
    private static final Map<String, FieldError> CONSTRAINTS = Map.of(
            "UQ_ENTERPRISE_USCC", new FieldError("uscc", "enterprise.error.usccTaken"),
            "UQ_ENTERPRISE_CODE", new FieldError("enterpriseCode", "enterprise.error.codeTaken"),
            "PK_ENTERPRISE_DEPARTMENT", new FieldError("department", "enterprise.error.departmentTaken"));

    private final List<FieldError> errors = new ArrayList<>();

    /** The details as checked: stripped, the USCC parsed (null where refused). */
    record Checked(
            String nameZh,
            String nameEn,
            Uscc uscc,
            String customsCode,
            String addressZh,
            String addressEn,
            String postalCode,
            String contactPerson,
            String phone,
            String email) {

        void applyTo(Enterprise e) {
            e.rename(nameZh, nameEn, uscc);
            e.describe(customsCode, addressZh, addressEn, postalCode, contactPerson, phone, email);
        }
    }

    Checked details(EnterpriseDetails d) {
        String nameZh = text("nameZh", d.getNameZh(), 200, true, null);
        String nameEn = text("nameEn", d.getNameEn(), 300, false, null);
        String usccText = text("uscc", d.getUscc(), 18, true, null);
        Uscc uscc = null;
        if (usccText != null && Uscc.isValid(usccText.toUpperCase(Locale.ROOT))) {
            uscc = Uscc.of(usccText);
        } else if (usccText != null && !refused("uscc")) {
            refuse("uscc", "enterprise.error.uscc");
        }
        return new Checked(
                nameZh,
                nameEn,
                uscc,
                text("customsCode", d.getCustomsCode(), 10, false, "[0-9A-Z]{10}"),
                text("addressZh", d.getAddressZh(), 300, false, null),
                text("addressEn", d.getAddressEn(), 400, false, null),
                text("postalCode", d.getPostalCode(), 6, false, "\\d{6}"),
                text("contactPerson", d.getContactPerson(), 50, false, null),
                text("phone", d.getPhone(), 30, false, "[0-9+() -]{5,30}"),
                text("email", d.getEmail(), 100, false, "[^@\\s]+@[^@\\s]+\\.[^@\\s]+"));
    }

    /** 企业代码 (发货人代码): 13 digits or capital letters; lower case is taken as upper. */
    String enterpriseCode(String value) {
        String code = text("enterpriseCode", value == null ? null : value.toUpperCase(Locale.ROOT), 13, true, null);
        if (code != null && !refused("enterpriseCode") && !code.matches("[0-9A-Z]{13}")) {
            refuse("enterpriseCode", "enterprise.error.code");
        }
        return code;
    }

    /** A department's name. */
    String department(String field, String value) {
        return text(field, value, MAX_DEPARTMENT, true, null);
    }

    /** One input: stripped; null when empty; refused when required and empty, too long or not of the pattern. */
    String text(String field, String value, int max, boolean required, String pattern) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            if (required) {
                refuse(field, "error.required");
            }
            return null;
        }
        if (stripped.length() > max) {
            refuse(field, "error.tooLong", max);
        } else if (CustomsText.firstRefused(stripped) != null) {
            refuse(field, "application.error.characterRefused", CustomsText.firstRefused(stripped));
        } else if (pattern != null && !stripped.matches(pattern)) {
            refuse(field, "enterprise.error.format");
        }
        return stripped;
    }

    void refuse(String field, String messageKey, Object... arguments) {
        errors.add(new FieldError(field, messageKey, arguments));
    }

    /** Whether an input has been refused already. */
    boolean refused(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    /**
     * Refuses a USCC or an enterprise code that another enterprise has (any authority's: the codes are
     * unique nationwide, so the refusal tells no more than the constraint would). Null values and
     * fields refused already are skipped; {@code id} is the enterprise's own, null for a new one.
     */
    void unique(EntityManager em, Long id, Uscc uscc, String enterpriseCode) {
        if (uscc != null && taken(em, id, "e.uscc.value", uscc.value())) {
            refuse("uscc", "enterprise.error.usccTaken");
        }
        if (enterpriseCode != null && !refused("enterpriseCode") && taken(em, id, "e.enterpriseCode", enterpriseCode)) {
            refuse("enterpriseCode", "enterprise.error.codeTaken");
        }
    }

    /** Throws every refusal collected; nothing when there is none. */
    void done() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /**
     * Writes the changes now, so that a concurrent change (the version) or a code registered meanwhile
     * (a unique constraint) is refused here, as the user understands it, and never half applied.
     */
    static void flush(EntityManager em) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new BusinessException("error.staleData");
        } catch (PersistenceException e) {
            FieldError refusal = violated(e);
            if (refusal == null) {
                throw e;
            }
            throw BusinessException.atField(refusal.field(), refusal.messageKey());
        }
    }

    private static FieldError violated(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toUpperCase(Locale.ROOT);
            for (Map.Entry<String, FieldError> constraint : CONSTRAINTS.entrySet()) {
                if (message.contains(constraint.getKey())) {
                    return constraint.getValue();
                }
            }
        }
        return null;
    }

    private static boolean taken(EntityManager em, Long id, String path, String value) {
        return em.createQuery(
                                "select count(e) from Enterprise e where " + path + " = :value and e.id <> :id",
                                Long.class)
                        .setParameter("value", value)
                        .setParameter("id", id == null ? Long.valueOf(-1L) : id)
                        .getSingleResult()
                > 0;
    }
}
