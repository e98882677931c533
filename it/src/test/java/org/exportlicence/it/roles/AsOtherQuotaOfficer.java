package org.exportlicence.it.roles;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.exportlicence.platform.Roles;

/** Runs test code as a quota officer of another authority (配额许可证事务局). */
@Stateless
@RunAs(Roles.QUOTA_OFFICER)
@PermitAll
public class AsOtherQuotaOfficer {
    public <T> T call(Action<T> action) throws Exception {
        return action.run();
    }
}
