package org.exportlicence.it.roles;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.exportlicence.platform.Roles;

/** Runs test code as an operator of the batch jobs (批处理作业). */
@Stateless
@RunAs(Roles.OPERATOR)
@PermitAll
public class AsOperator {
    public <T> T call(Action<T> action) throws Exception {
        return action.run();
    }
}
