package org.exportlicence.application;

import java.io.Serializable;
import java.time.Instant;

/** Whether an application's electronic seal verifies: by whom, when, and a message key saying so. */
public record SealCheck(boolean valid, String signer, Instant sealedAt, String messageKey) implements Serializable {

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
