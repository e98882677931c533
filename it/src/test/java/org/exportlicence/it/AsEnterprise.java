package org.exportlicence.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.exportlicence.platform.Roles;

/** Runs test code as an enterprise user would call the services: every EJB it calls sees role ENTERPRISE. */
@Stateless
@RunAs(Roles.ENTERPRISE)
@PermitAll
public class AsEnterprise {
    public <T> T call(Action<T> action) throws Exception {
        return action.run();
    }
}
