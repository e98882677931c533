package org.exportlicence.enterprise;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.exportlicence.platform.Condition;
import org.exportlicence.platform.NotFoundException;

/**
 * The signed-in user as services need them to scope their queries: which enterprise or issuing
 * authority they act for, their department and their data scope. An administrator acts for neither.
 */
public record Caller(String username, Long enterpriseId, String authorityCode, String department, DataScope dataScope)
        implements Serializable {

    public boolean isEnterpriseUser() {
        return enterpriseId != null;
    }

    /** Acts for an issuing authority (an officer of it). */
    public boolean isAuthorityUser() {
        return enterpriseId == null && authorityCode != null;
    }

    /** Acts for no enterprise and no authority: the platform's administrator (only they have such a row). */
    public boolean isAdministrator() {
        return enterpriseId == null && authorityCode == null;
    }

    /**
     * The scope over a record that belongs to a whole enterprise rather than to the clerk who entered
     * it (a quota, an enterprise's master data): a clerk sees their own enterprise's whatever their
     * data scope, an officer their authority's, the administrator all. {@code enterpriseId} and
     * {@code authorityCode} are the JPQL paths of the record's enterprise id and authority code.
     */
    public Condition enterpriseScope(String enterpriseId, String authorityCode) {
        if (isEnterpriseUser()) {
            return new Condition(
                    enterpriseId + " = :scopeEnterpriseId", Map.of("scopeEnterpriseId", this.enterpriseId));
        }
        if (isAuthorityUser()) {
            return new Condition(
                    authorityCode + " = :scopeAuthorityCode", Map.of("scopeAuthorityCode", this.authorityCode));
        }
        return new Condition("1 = 1", Map.of());
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
