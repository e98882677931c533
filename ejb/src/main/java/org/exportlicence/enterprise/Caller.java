package org.exportlicence.enterprise;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.exportlicence.platform.Condition;
import org.exportlicence.platform.NotFoundException;

/**
 * The signed-in user as services need them to scope their queries: which enterprise or issuing
 * authority they act for, their department and their data scope.
 */
public record Caller(String username, Long enterpriseId, String authorityCode, String department, DataScope dataScope)
        implements Serializable {

    public boolean isEnterpriseUser() {
        return enterpriseId != null;
    }

    /**
     * The data scope over an owned entity as a JPQL condition on {@code alias}: an enterprise user sees
     * their enterprise's rows (本公司), their department's (本部门) or their own (本人); an officer those
     * of their authority. "Not found" for a caller who acts for neither.
     */
    public Condition scope(Class<? extends Owned> type, String alias) {
        String owner = alias + ".ownership";
        Map<String, Object> parameters = new HashMap<>();
        if (isEnterpriseUser()) {
            parameters.put("enterpriseId", enterpriseId);
            if (dataScope == DataScope.ORGANISATION) {
                return new Condition(owner + ".enterprise.id = :enterpriseId", parameters);
            }
            parameters.put("caller", username);
            if (dataScope == DataScope.DEPARTMENT && department != null) {
                parameters.put("department", department);
                return new Condition(
                        owner + ".enterprise.id = :enterpriseId and (" + owner + ".createdBy = :caller or "
                                + owner + ".createdBy in (select u.username from PlatformUser u "
                                + "where u.enterprise.id = :enterpriseId and u.department = :department))",
                        parameters);
            }
            return new Condition(
                    owner + ".enterprise.id = :enterpriseId and " + owner + ".createdBy = :caller", parameters);
        }
        if (authorityCode != null) {
            parameters.put("authorityCode", authorityCode);
            return new Condition(owner + ".authority.code = :authorityCode", parameters);
        }
        throw new NotFoundException();
    }
}
