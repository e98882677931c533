package org.exportlicence.audit;

import jakarta.enterprise.context.RequestScoped;

/**
 * The e-key certificate the caller of this request signed in with (serial and issuer), set by the web
 * tier from the signed-in session; {@link AuditTrail} records it with every event. Empty for password
 * sign-ins and for the system's own work (timers, messages, batch jobs).
 */
@RequestScoped
public class CallerCertificate {
    private String reference;

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }
}
