package org.exportlicence.ekey;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.exportlicence.audit.AuditTrail;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.NotFoundException;
import org.exportlicence.platform.Roles;

/**
 * 电子钥匙: the administrator issues a user an e-key (a PKCS#12 file under a one-time password, handed
 * over once), renews and revokes it; at sign-in a presented certificate is checked against the e-key
 * CA, the user it was issued to, the CA's CRL and its dates ({@link #check}). Every change is audited.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class EKeys {
    static final String SUBJECT_ORGANISATION = "Export Licence Platform E-Key";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private EkeyAuthority authority;

    @EJB
    private AuditTrail audit;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    /**
     * Issues {@code username} an e-key valid from the start of {@code validFrom} to the end of {@code
     * validTo} (the platform's zone); the password of its file is in the answer and nowhere else.
     */
    public IssuedEkey issue(String username, LocalDate validFrom, LocalDate validTo, String reason) {
        if (!authority.available()) {
            throw new BusinessException("ekey.unavailable");
        }
        Long users = em.createQuery(
                        "select count(u) from PlatformUser u where u.username = :username and u.active = true",
                        Long.class)
                .setParameter("username", username)
                .getSingleResult();
        if (users == 0) {
            throw BusinessException.atField("username", "ekey.userUnknown", username);
        }
        if (validFrom == null || validTo == null || validTo.isBefore(validFrom)) {
            throw BusinessException.atField("validTo", "ekey.validity.invalid");
        }
        ZoneId zone = clock.getZone();
        LocalDateTime notBefore = validFrom.atStartOfDay();
        LocalDateTime notAfter = validTo.atTime(23, 59, 59);
        X500Principal subject = new X500Principal("CN=" + username + ", O=" + SUBJECT_ORGANISATION + ", C=CN");
        EkeyAuthority.Issued issued = authority.issue(
                subject,
                notBefore.atZone(zone).toInstant(),
                notAfter.atZone(zone).toInstant());
        UserCertificate row = new UserCertificate(
                username,
                serial(issued.certificate().getSerialNumber()),
                issued.certificate().getIssuerX500Principal().getName(),
                issued.certificate().getSubjectX500Principal().getName(),
                notBefore,
                notAfter,
                LocalDateTime.now(clock),
                context.getCallerPrincipal().getName(),
                Base64.getEncoder().encodeToString(issued.pkcs12()));
        em.persist(row);
        audit.record(
                row.auditSubject(),
                "EKEY_ISSUE",
                null,
                "ISSUED " + username + " " + validFrom + ".." + validTo,
                reason);
        return new IssuedEkey(row.getId(), row.getSerialNumber(), notBefore, notAfter, issued.password());
    }

    /** The PKCS#12 file of an e-key, once: afterwards it is gone from the platform. */
    public byte[] download(long id) {
        UserCertificate row = find(id);
        if (!row.isDownloadable()) {
            throw new BusinessException("ekey.downloaded");
        }
        String file = row.takePkcs12(LocalDateTime.now(clock));
        audit.record(row.auditSubject(), "EKEY_DOWNLOAD", "ISSUED", "DOWNLOADED", null);
        return Base64.getDecoder().decode(file);
    }

    /** A new e-key for the same user, as long as the old one was; the old one stays until it expires. */
    public IssuedEkey renew(long id, String reason) {
        UserCertificate old = find(id);
        LocalDate from = LocalDate.now(clock);
        long days = java.time.temporal.ChronoUnit.DAYS.between(
                old.getNotBefore().toLocalDate(), old.getNotAfter().toLocalDate());
        return issue(old.getUsername(), from, from.plusDays(Math.max(days, 1)), reason);
    }

    public void revoke(long id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw BusinessException.atField("reason", "ekey.reasonRequired");
        }
        UserCertificate row = find(id);
        if (row.getRevokedAt() != null) {
            throw new BusinessException("ekey.revoked");
        }
        row.revoke(LocalDateTime.now(clock), context.getCallerPrincipal().getName(), reason.strip());
        audit.record(row.auditSubject(), "EKEY_REVOKE", "VALID", "REVOKED", reason.strip());
    }

    /** The e-keys of a user, newest first. */
    public List<UserCertificate> of(String username) {
        return em.createQuery(
                        "select c from UserCertificate c where c.username = :username order by c.issuedAt desc, c.id desc",
                        UserCertificate.class)
                .setParameter("username", username)
                .getResultList();
    }

    /** The caller's own e-keys, newest first (选择 CA). */
    @RolesAllowed({
        Roles.ENTERPRISE,
        Roles.OFFICER_FIRST,
        Roles.OFFICER_SECOND,
        Roles.ISSUER,
        Roles.QUOTA_OFFICER,
        Roles.ADMIN,
        Roles.OPERATOR
    })
    public List<UserCertificate> mine() {
        return of(context.getCallerPrincipal().getName());
    }

    /**
     * 选择 CA: one of the caller's own e-keys, valid now (not expired, not yet valid or revoked), for the
     * rest of the session; refused otherwise.
     */
    @RolesAllowed({
        Roles.ENTERPRISE,
        Roles.OFFICER_FIRST,
        Roles.OFFICER_SECOND,
        Roles.ISSUER,
        Roles.QUOTA_OFFICER,
        Roles.ADMIN,
        Roles.OPERATOR
    })
    public UserCertificate choose(long id) {
        UserCertificate row = em.find(UserCertificate.class, id);
        if (row == null
                || !row.getUsername().equals(context.getCallerPrincipal().getName())) {
            throw new NotFoundException();
        }
        if (!row.isValidAt(LocalDateTime.now(clock))) {
            throw new BusinessException("ekey.notChoosable");
        }
        return row;
    }

    /** The e-key CA's current CRL, DER-encoded; public (published at /licence/ekey/crl). */
    @PermitAll
    public byte[] crl() {
        try {
            return currentCrl().getEncoded();
        } catch (java.security.cert.CRLException e) {
            throw new IllegalStateException("The CRL cannot be encoded", e);
        }
    }

    /**
     * Checks a certificate presented at sign-in: issued by the e-key CA (its signature), recorded for a
     * user, not on the CRL, within its dates. Called before anyone is signed in.
     */
    @PermitAll
    public EkeyCheck check(X509Certificate presented) {
        X509Certificate ca = authority.certificate();
        if (ca == null || presented == null) {
            return EkeyCheck.refused(EkeyCheck.Status.UNKNOWN);
        }
        try {
            if (!presented.getIssuerX500Principal().equals(ca.getSubjectX500Principal())) {
                return EkeyCheck.refused(EkeyCheck.Status.UNKNOWN);
            }
            presented.verify(ca.getPublicKey());
        } catch (GeneralSecurityException e) {
            return EkeyCheck.refused(EkeyCheck.Status.UNKNOWN);
        }
        List<UserCertificate> rows = em.createQuery(
                        "select c from UserCertificate c where c.serialNumber = :serial and c.issuerDn = :issuer",
                        UserCertificate.class)
                .setParameter("serial", serial(presented.getSerialNumber()))
                .setParameter("issuer", presented.getIssuerX500Principal().getName())
                .getResultList();
        if (rows.isEmpty()) {
            return EkeyCheck.refused(EkeyCheck.Status.UNKNOWN);
        }
        if (currentCrl().isRevoked(presented)) {
            return EkeyCheck.refused(EkeyCheck.Status.REVOKED);
        }
        try {
            presented.checkValidity(Date.from(clock.instant()));
        } catch (CertificateExpiredException e) {
            return EkeyCheck.refused(EkeyCheck.Status.EXPIRED);
        } catch (CertificateNotYetValidException e) {
            return EkeyCheck.refused(EkeyCheck.Status.NOT_YET_VALID);
        }
        UserCertificate row = rows.get(0);
        return new EkeyCheck(EkeyCheck.Status.VALID, row.getUsername(), row.reference());
    }

    private X509CRL currentCrl() {
        List<EkeyAuthority.Revocation> revoked = em
                .createQuery(
                        "select c.serialNumber, c.revokedAt from UserCertificate c where c.revokedAt is not null",
                        Object[].class)
                .getResultList()
                .stream()
                .map(r -> new EkeyAuthority.Revocation(
                        new BigInteger((String) r[0], 16),
                        ((LocalDateTime) r[1]).atZone(clock.getZone()).toInstant()))
                .toList();
        return authority.crl(revoked, clock.instant());
    }

    private UserCertificate find(long id) {
        UserCertificate row = em.find(UserCertificate.class, id);
        if (row == null) {
            throw new NotFoundException();
        }
        return row;
    }

    static String serial(BigInteger serial) {
        return HexFormat.of().withUpperCase().formatHex(serial.toByteArray());
    }
}
