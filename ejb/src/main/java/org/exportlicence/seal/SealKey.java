package org.exportlicence.seal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A signing key and its certificate: the project's test CA, an enterprise's electronic seal, or an
 * issuing authority's licence signature key. The private key is stored encrypted.
 */
@Entity
@Table(name = "seal_key")
public class SealKey implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Whose key it is. */
    public enum OwnerType {
        CERTIFICATE_AUTHORITY,
        ENTERPRISE,
        AUTHORITY,
        /** The platform itself: the audit chain's head signatures. */
        PLATFORM
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seal_key_seq")
    @SequenceGenerator(name = "seal_key_seq", sequenceName = "seal_key_seq", allocationSize = 50)
    private Long id;

    @Column(name = "owner_type", nullable = false, length = 24)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private OwnerType ownerType;

    @Column(name = "owner_code", nullable = false, length = 40)
    private String ownerCode;

    @Column(name = "subject_dn", nullable = false, length = 300)
    private String subjectDn;

    @Lob
    @Column(name = "certificate_pem", nullable = false)
    private String certificatePem;

    @Lob
    @Column(name = "private_key_pem", nullable = false)
    private String privateKeyPem;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected SealKey() {}

    SealKey(
            OwnerType ownerType,
            String ownerCode,
            String subjectDn,
            String certificatePem,
            String privateKeyPem,
            LocalDateTime createdAt) {
        this.ownerType = ownerType;
        this.ownerCode = ownerCode;
        this.subjectDn = subjectDn;
        this.certificatePem = certificatePem;
        this.privateKeyPem = privateKeyPem;
        this.createdAt = createdAt;
    }

    public OwnerType getOwnerType() {
        return ownerType;
    }

    public String getOwnerCode() {
        return ownerCode;
    }

    public String getSubjectDn() {
        return subjectDn;
    }

    public String getCertificatePem() {
        return certificatePem;
    }

    String getPrivateKeyPem() {
        return privateKeyPem;
    }
}
