package org.exportlicence.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.exportlicence.platform.Roles;

/** Runs test code as a first reviewer would call the services: every EJB it calls sees role OFFICER_FIRST. */
@Stateless
@RunAs(Roles.OFFICER_FIRST)
@PermitAll
public class AsOfficer {
    public <T> T call(Action<T> action) throws Exception {
        return action.run();
    }
}
