package org.exportlicence.it.roles;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.exportlicence.platform.Roles;

/** Runs test code as an officer holding both review roles (for the four-eyes rule). */
@Stateless
@RunAs(Roles.OFFICER_FIRST)
@PermitAll
public class AsBothOfficer {
    public <T> T call(Action<T> action) throws Exception {
        return action.run();
    }
}
