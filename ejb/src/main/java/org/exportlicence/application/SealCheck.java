package org.exportlicence.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * Whether an application's electronic seal verifies: by whom, when, a message key saying so, and
 * (when it does not) the technical reason, for the officer who investigates.
 */
public record SealCheck(boolean valid, String signer, Instant sealedAt, String messageKey, String detail)
        implements Serializable {

    public boolean isValid() {
        return valid;
    }

    public String getSigner() {
        return signer;
    }

    public String getMessageKey() {
        return messageKey;
    }
}
