package org.exportlicence.enterprise;

/** Whether an enterprise may apply: 正常, or 暂停 by its issuing authority (with a reason, audited). */
public enum EnterpriseStatus {
    ACTIVE,
    SUSPENDED;

    public String labelKey() {
        return "enterprise.status." + name();
    }
}
