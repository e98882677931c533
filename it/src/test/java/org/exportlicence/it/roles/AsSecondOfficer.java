package org.exportlicence.it.roles;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.exportlicence.platform.Roles;

/** Runs test code as a second reviewer. */
@Stateless
@RunAs(Roles.OFFICER_SECOND)
@PermitAll
public class AsSecondOfficer {
    public <T> T call(Action<T> action) throws Exception {
        return action.run();
    }
}
