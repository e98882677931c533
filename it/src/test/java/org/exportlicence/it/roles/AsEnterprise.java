package org.exportlicence.it.roles;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.exportlicence.platform.Roles;

/** Runs test code as an enterprise user would call the services: every EJB it calls sees role ENTERPRISE. */
@Stateless
@RunAs(Roles.ENTERPRISE)
@PermitAll
public class AsEnterprise {
    public <T> T call(Action<T> action) throws Exception {
        return action.run();
    }

    /** The same, on another thread of the container, to act concurrently with other calls. */
    @Asynchronous
    public <T> Future<T> callConcurrently(Action<T> action) throws Exception {
        return CompletableFuture.completedFuture(action.run());
    }
}
