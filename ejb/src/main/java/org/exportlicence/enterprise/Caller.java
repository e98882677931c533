package org.exportlicence.enterprise;

import java.io.Serializable;

/**
 * The signed-in user as services need them to scope their queries: which enterprise or issuing
 * authority they act for, their department and their data scope.
 */
public record Caller(String username, Long enterpriseId, String authorityCode, String department, DataScope dataScope)
        implements Serializable {

    public boolean isEnterpriseUser() {
        return enterpriseId != null;
    }
}
