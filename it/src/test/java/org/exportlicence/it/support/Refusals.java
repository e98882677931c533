package org.exportlicence.it.support;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.ejb.EJBAccessException;
import org.exportlicence.platform.BusinessException;
import org.junit.jupiter.api.function.Executable;

/** Assertions about refused calls, which may reach the test wrapped by the role helper's container. */
public final class Refusals {
    private Refusals() {}

    /**
     * The business refusal a call ended with. The role helpers live in the test's web module, whose
     * container does not know BusinessException as an application exception and wraps it.
     */
    public static BusinessException refusal(Executable call) {
        Throwable thrown = assertThrows(Throwable.class, call);
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof BusinessException refusal) {
                return refusal;
            }
        }
        return fail("Expected a business refusal, but got " + thrown, thrown);
    }

    public static void assertAccessDenied(Executable call) {
        Throwable thrown = assertThrows(Throwable.class, call);
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof EJBAccessException) {
                return;
            }
        }
        fail("Expected the container to refuse the call, but got " + thrown, thrown);
    }
}
