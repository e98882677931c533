package org.exportlicence.it.roles;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.exportlicence.platform.Roles;

/** Runs test code as the batch jobs themselves (principal batch-jobs). */
@Stateless
@RunAs(Roles.BATCH)
@PermitAll
public class AsBatch {
    public <T> T call(Action<T> action) throws Exception {
        return action.run();
    }
}
