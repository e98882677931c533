package org.exportlicence.it.roles;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.exportlicence.platform.Roles;

/** Runs test code as the administrator would call the services: every EJB it calls sees role ADMIN. */
@Stateless
@RunAs(Roles.ADMIN)
@PermitAll
public class AsAdministrator {
    public <T> T call(Action<T> action) throws Exception {
        return action.run();
    }
}
