package org.exportlicence.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Lob;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * 电子签章 — the enterprise's electronic seal over an application's content: a detached CMS
 * signature (SM3withSM2, base64) over {@link ApplicationCanonicalForm}, who applied it and when.
 * A modification drops it; an unsealed application stores no column of it and reads back as
 * {@link #NONE}.
 */
@Embeddable
public class ElectronicSeal implements Serializable {
    /** Not sealed: every item empty. Shown, never stored. */
    static final ElectronicSeal NONE = new ElectronicSeal();

    private static final long serialVersionUID = 1L;

    @Lob
    @Column(name = "seal_signature")
    private String signature;

    @Column(name = "sealed_at")
    private LocalDateTime sealedAt;

    @Column(name = "sealed_by")
    private String sealedBy;

    protected ElectronicSeal() {}

    ElectronicSeal(String signatureBase64, String sealedBy, LocalDateTime sealedAt) {
        this.signature = signatureBase64;
        this.sealedBy = sealedBy;
        this.sealedAt = sealedAt;
    }

    public String getSignature() {
        return signature;
    }

    public LocalDateTime getSealedAt() {
        return sealedAt;
    }

    public String getSealedBy() {
        return sealedBy;
    }
}
