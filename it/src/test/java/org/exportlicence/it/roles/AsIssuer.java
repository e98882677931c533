package org.exportlicence.it.roles;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.exportlicence.platform.Roles;

/** Runs test code as the issuing officer (发证) of 商务部驻天津特派员办事处. */
@Stateless
@RunAs(Roles.ISSUER)
@PermitAll
public class AsIssuer {
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
