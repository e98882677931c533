package org.exportlicence.it.roles;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.exportlicence.platform.Roles;

/** Runs test code as a first reviewer of another issuing authority. */
@Stateless
@RunAs(Roles.OFFICER_FIRST)
@PermitAll
public class AsOtherAuthorityOfficer {
    public <T> T call(Action<T> action) throws Exception {
        return action.run();
    }
}
