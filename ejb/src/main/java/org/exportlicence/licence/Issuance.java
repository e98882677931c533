package org.exportlicence.licence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Lob;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * 签发: who issued a licence and when, the code printed on it for the public check, and the
 * issuing authority's signature over it (see {@link LicenceCanonicalForm}). A value: signing gives
 * a new record.
 */
@Embeddable
public class Issuance implements Serializable {
    private static final long serialVersionUID = 1L;

    @Column(name = "issued_by", nullable = false)
    private String issuedBy;

    @Column(name = "issued_at", nullable = false)
    private LocalDateTime issuedAt;

    /** Printed on the licence; with the number it opens the public verification page. */
    @Column(name = "verification_code", nullable = false, length = 12)
    private String verificationCode;

    /** The issuing authority's detached CMS signature (SM3withSM2, base64) over the canonical form. */
    @Lob
    @Column(nullable = false)
    private String signature;

    protected Issuance() {}

    private Issuance(String issuedBy, LocalDateTime issuedAt, String verificationCode, String signature) {
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
        this.verificationCode = verificationCode;
        this.signature = signature;
    }

    /** Issued by that user at that time, not yet signed (the licence is signed once numbered). */
    Issuance(String issuedBy, LocalDateTime issuedAt, String verificationCode) {
        this(issuedBy, issuedAt, verificationCode, "");
    }

    Issuance signed(String signatureBase64) {
        return new Issuance(issuedBy, issuedAt, verificationCode, signatureBase64);
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public LocalDateTime getIssuedAt() {
        return issuedAt;
    }

    public String getVerificationCode() {
        return verificationCode;
    }

    public String getSignature() {
        return signature;
    }
}
