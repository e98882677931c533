package org.exportlicence.returns;

import java.util.Locale;

/** The two kinds of 许可证退换 request: 删除 (an unused licence) and 核销 (a cleared one). */
public enum RequestKind {
    /** 许可证删除申请. */
    DELETION("DeletionRequest"),
    /** 许可证核销申请. */
    WRITE_OFF("WriteOffRequest");

    private final String entityName;

    RequestKind(String entityName) {
        this.entityName = entityName;
    }

    /** The JPA entity name, for queries over one kind; also the subject type of its audit events. */
    public String entityName() {
        return entityName;
    }

    /** The name in the pages' "kind" parameter and in their message keys: deletion, writeoff. */
    public String getParameter() {
        return name().replace("_", "").toLowerCase(Locale.ROOT);
    }

    public String labelKey() {
        return "returns.kind." + name();
    }

    /** The kind named by a page parameter, or null for an unknown or missing name. */
    public static RequestKind named(String parameter) {
        for (RequestKind kind : values()) {
            if (kind.getParameter().equals(parameter)) {
                return kind;
            }
        }
        return null;
    }
}
