package org.exportlicence.enterprise;

import java.io.Serializable;
import java.util.Map;
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
     * The data scope as a JPQL condition on {@code alias}, an entity with the attributes
     * {@code enterprise}, {@code createdBy} and {@code authority}: an enterprise user sees their
     * enterprise's rows (本公司), their department's (本部门) or their own (本人); an officer those of
     * their authority. Puts the condition's parameters into {@code parameters}; "not found" for a
     * caller who acts for neither.
     */
    public String scopeCondition(String alias, Map<String, Object> parameters) {
        if (isEnterpriseUser()) {
            parameters.put("enterpriseId", enterpriseId);
            if (dataScope == DataScope.ORGANISATION) {
                return alias + ".enterprise.id = :enterpriseId";
            }
            parameters.put("caller", username);
            if (dataScope == DataScope.DEPARTMENT && department != null) {
                parameters.put("department", department);
                return alias + ".enterprise.id = :enterpriseId and (" + alias + ".createdBy = :caller or " + alias
                        + ".createdBy in (select u.username from PlatformUser u where u.enterprise.id = :enterpriseId "
                        + "and u.department = :department))";
            }
            return alias + ".enterprise.id = :enterpriseId and " + alias + ".createdBy = :caller";
        }
        if (authorityCode != null) {
            parameters.put("authorityCode", authorityCode);
            return alias + ".authority.code = :authorityCode";
        }
        throw new NotFoundException();
    }
}
