package org.exportlicence.ekey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDateTime;
import org.exportlicence.audit.AuditSubject;

/** An e-key (电子钥匙) issued to a user: its certificate's serial, issuer, subject and validity, and its state. */
@Entity
@Table(name = "user_certificate")
public class UserCertificate implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_certificate_seq")
    @SequenceGenerator(name = "user_certificate_seq", sequenceName = "user_certificate_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "serial_number", nullable = false, updatable = false)
    private String serialNumber;

    @Column(name = "issuer_dn", nullable = false, updatable = false)
    private String issuerDn;

    @Column(name = "subject_dn", nullable = false, updatable = false)
    private String subjectDn;

    @Column(name = "not_before", nullable = false, updatable = false)
    private LocalDateTime notBefore;

    @Column(name = "not_after", nullable = false, updatable = false)
    private LocalDateTime notAfter;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private LocalDateTime issuedAt;

    @Column(name = "issued_by", nullable = false, updatable = false)
    private String issuedBy;

    /** Base64 of the PKCS#12 file until its one download; null afterwards. */
    @Lob
    private String pkcs12;

    @Column(name = "downloaded_at")
    private LocalDateTime downloadedAt;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Column(name = "revocation_reason", length = 500)
    private String revocationReason;

    @Version
    private int version;

    protected UserCertificate() {}

    UserCertificate(
            String username,
            String serialNumber,
            String issuerDn,
            String subjectDn,
            LocalDateTime notBefore,
            LocalDateTime notAfter,
            LocalDateTime issuedAt,
            String issuedBy,
            String pkcs12) {
        this.username = username;
        this.serialNumber = serialNumber;
        this.issuerDn = issuerDn;
        this.subjectDn = subjectDn;
        this.notBefore = notBefore;
        this.notAfter = notAfter;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
        this.pkcs12 = pkcs12;
    }

    public AuditSubject auditSubject() {
        return AuditSubject.of("UserCertificate", serialNumber);
    }

    /** Hands the file over once. */
    String takePkcs12(LocalDateTime now) {
        String file = pkcs12;
        pkcs12 = null;
        downloadedAt = now;
        return file;
    }

    void revoke(LocalDateTime now, String by, String reason) {
        revokedAt = now;
        revokedBy = by;
        revocationReason = reason;
    }

    /** Valid at {@code now}: within its dates and not revoked. */
    public boolean isValidAt(LocalDateTime now) {
        return revokedAt == null && !now.isBefore(notBefore) && !now.isAfter(notAfter);
    }

    /** VALID, EXPIRED, NOT_YET_VALID or REVOKED at {@code now} (the key of its label: ekey.state.*). */
    public String stateAt(LocalDateTime now) {
        if (revokedAt != null) {
            return "REVOKED";
        }
        if (now.isAfter(notAfter)) {
            return "EXPIRED";
        }
        return now.isBefore(notBefore) ? "NOT_YET_VALID" : "VALID";
    }

    /** How the audit trail names this certificate: serial and issuer. */
    public String reference() {
        return serialNumber + "@" + issuerDn;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public String getIssuerDn() {
        return issuerDn;
    }

    public String getSubjectDn() {
        return subjectDn;
    }

    public LocalDateTime getNotBefore() {
        return notBefore;
    }

    public LocalDateTime getNotAfter() {
        return notAfter;
    }

    public LocalDateTime getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public boolean isDownloadable() {
        return pkcs12 != null;
    }

    public LocalDateTime getDownloadedAt() {
        return downloadedAt;
    }

    public LocalDateTime getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public String getRevocationReason() {
        return revocationReason;
    }
}
