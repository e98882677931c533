package org.exportlicence.enterprise;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * An enterprise's master data as the audit trail records a change of it: the fields that changed,
 * before → after ("contactPerson=张三; phone=…"), so that a history line says what was changed.
 */
record EnterpriseSnapshot(Map<String, String> fields) {

    static EnterpriseSnapshot of(Enterprise e) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("nameZh", e.getNameZh());
        fields.put("nameEn", e.getNameEn());
        fields.put("enterpriseCode", e.getEnterpriseCode());
        fields.put("uscc", e.getUscc() == null ? null : e.getUscc().value());
        fields.put("customsCode", e.getCustomsCode());
        fields.put("addressZh", e.getAddressZh());
        fields.put("addressEn", e.getAddressEn());
        fields.put("postalCode", e.getPostalCode());
        fields.put("contactPerson", e.getContactPerson());
        fields.put("phone", e.getPhone());
        fields.put("email", e.getEmail());
        fields.put(
                "authority", e.getAuthority() == null ? null : e.getAuthority().getCode());
        return new EnterpriseSnapshot(fields);
    }

    /** Every field that has a value (a registration's "after"). */
    String filled() {
        StringJoiner all = new StringJoiner("; ");
        fields.forEach((name, value) -> {
            if (value != null) {
                all.add(name + "=" + value);
            }
        });
        return all.toString();
    }

    /** The fields that differ in {@code after}, as they were here. */
    String changedIn(EnterpriseSnapshot after) {
        return changes(after, true);
    }

    /** The fields that differ in {@code after}, as they are there. */
    String changedTo(EnterpriseSnapshot after) {
        return changes(after, false);
    }

    private String changes(EnterpriseSnapshot after, boolean before) {
        StringJoiner changed = new StringJoiner("; ");
        fields.forEach((name, value) -> {
            String now = after.fields.get(name);
            if (!Objects.equals(value, now)) {
                changed.add(name + "=" + (before ? value : now));
            }
        });
        return changed.toString();
    }
}
