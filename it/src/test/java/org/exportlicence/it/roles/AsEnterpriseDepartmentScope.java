package org.exportlicence.it.roles;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.exportlicence.platform.Roles;

/**
 * Runs test code as a clerk of the first enterprise whose data scope is 本部门, in the department of
 * the 本人 clerk ({@link AsEnterpriseOwnScope}) but not of the 本公司 one ({@link AsEnterprise}).
 */
@Stateless
@RunAs(Roles.ENTERPRISE)
@PermitAll
public class AsEnterpriseDepartmentScope {
    public <T> T call(Action<T> action) throws Exception {
        return action.run();
    }
}
