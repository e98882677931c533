package org.exportlicence.it.roles;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.exportlicence.platform.Roles;

/** Runs test code as a quota officer of 商务部驻天津特派员办事处 (the test enterprises' authority). */
@Stateless
@RunAs(Roles.QUOTA_OFFICER)
@PermitAll
public class AsQuotaOfficer {
    public <T> T call(Action<T> action) throws Exception {
        return action.run();
    }
}
