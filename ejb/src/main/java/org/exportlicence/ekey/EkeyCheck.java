package org.exportlicence.ekey;

import java.io.Serializable;

/**
 * What a presented e-key is: {@link Status#VALID} with the user it is bound to and how the audit names it,
 * or why it cannot sign anyone in.
 */
public record EkeyCheck(Status status, String username, String reference) implements Serializable {
    public enum Status {
        VALID,
        /** Not issued by the platform's e-key CA, or not recorded for any user. */
        UNKNOWN,
        /** On the CA's CRL. */
        REVOKED,
        EXPIRED,
        NOT_YET_VALID
    }

    static EkeyCheck refused(Status status) {
        return new EkeyCheck(status, null, null);
    }

    public boolean valid() {
        return status == Status.VALID;
    }
}
