package org.exportlicence.it.roles;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.exportlicence.platform.Roles;

/** Runs test code as a first reviewer would call the services: every EJB it calls sees role OFFICER_FIRST. */
@Stateless
@RunAs(Roles.OFFICER_FIRST)
@PermitAll
public class AsOfficer {
    public <T> T call(Action<T> action) throws Exception {
        return action.run();
    }

    /** The same, on another thread of the container, to act concurrently with other calls. */
    @Asynchronous
    public <T> Future<T> callConcurrently(Action<T> action) {
        try {
            return CompletableFuture.completedFuture(action.run());
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
