package org.exportlicence.it.roles;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.exportlicence.platform.Roles;

/** Runs test code as a clerk of a second enterprise. */
@Stateless
@RunAs(Roles.ENTERPRISE)
@PermitAll
public class AsEnterpriseB {
    public <T> T call(Action<T> action) throws Exception {
        return action.run();
    }
}
