package org.exportlicence.licence;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import org.exportlicence.application.Application;
import org.exportlicence.application.ApplicationService;
import org.exportlicence.audit.AuditTrail;
import org.exportlicence.customs.OutboxMessage;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.NotFoundException;
import org.exportlicence.platform.Roles;
import org.exportlicence.quota.Quota;
import org.exportlicence.reference.IssuingAuthority;
import org.exportlicence.seal.SealKey;
import org.exportlicence.seal.SealKeys;
import org.exportlicence.seal.SmCrypto;

/**
 * 生成电子许可证: turns an approved application into a licence in one transaction — the
 * application becomes ISSUED, quota-managed goods consume the enterprise's quota (locked, so two
 * issuers can never both take its last part), the licence gets its number, validity and box 19,
 * is signed with the issuing authority's key, and a "licence issued" message for customs is put in
 * the outbox. Any refusal rolls all of it back.
 */
@Stateless
public class LicenceIssuer {
    /** The subject type of a licence's audit events, and the aggregate type of its outbox messages. */
    public static final String AUDIT_TYPE = "Licence";
    private static final String CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final int CODE_LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @EJB
    private ApplicationService applications;

    @EJB
    private SealKeys sealKeys;

    @EJB
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @RolesAllowed(Roles.ISSUER)
    public Licence issue(String applicationNumber, int seenVersion) {
        Application application = applications.markIssued(applicationNumber, seenVersion);
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        Validity validity = Validity.forIssueOn(today);

        Quota quota = null;
        if (application.getQuotaDocumentNo() != null) {
            List<Quota> found = em.createQuery("select q from Quota q where q.documentNo = :no "
                    + "and q.enterprise = :enterprise", Quota.class)
                    .setParameter("no", application.getQuotaDocumentNo())
                    .setParameter("enterprise", application.getEnterprise())
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList();
            if (found.isEmpty()) {
                throw new BusinessException("licence.error.quotaMissing", application.getQuotaDocumentNo());
            }
            quota = found.get(0);
            quota.consume(application.getQuantity());
        }

        Licence licence = new Licence(application, validity, today, verificationCode(), quota,
                application.getCommodity().getOvershipmentPercent(), context.getCallerPrincipal().getName(), now);
        em.persist(licence);
        IssuingAuthority authority = application.getAuthority();
        licence.assignNumber(LicenceNumbers.format(validity.licenceYear(), authority.getLicenceCode(), licence.getId()));

        SealKeys.Signer signer = sealKeys.signerFor(SealKey.OwnerType.AUTHORITY, authority.getCode(),
                authoritySubject(authority));
        licence.sign(Base64.getEncoder().encodeToString(SmCrypto.signDetached(LicenceCanonicalForm.of(licence),
                signer.key(), signer.certificate(), clock.instant())));

        em.persist(new OutboxMessage(AUDIT_TYPE, licence.getNumber(), LicenceMessages.LICENCE_ISSUED, LicenceMessages.issued(licence),
                now));
        audit.record(AUDIT_TYPE, licence.getNumber(), "ISSUE", null, licence.getStatus().name(),
                "application " + application.getNumber());
        em.flush();
        return licence;
    }

    /** The subject of an issuing authority's signing certificate. */
    public static String authoritySubject(IssuingAuthority authority) {
        return "CN=" + authority.getNameZh().replace(",", " ") + ", OU=" + authority.getLicenceCode()
                + ", O=Export Licence Platform test authorities, C=CN";
    }

    /** Whether a licence's signature verifies over its current content (licence and application). */
    @RolesAllowed({Roles.ENTERPRISE, Roles.OFFICER_FIRST, Roles.OFFICER_SECOND, Roles.ISSUER})
    public SmCrypto.Verification verifySignature(String licenceNumber) {
        return signatureOf(byNumber(licenceNumber), sealKeys.authorityCertificate());
    }

    /** Verifies a licence's signature over its current content against the project's CA. */
    static SmCrypto.Verification signatureOf(Licence licence, java.security.cert.X509Certificate authority) {
        return SmCrypto.verifyDetached(LicenceCanonicalForm.of(licence), Base64.getDecoder().decode(licence.getSignature()),
                authority);
    }

    /** A licence of the caller's own authority (officers) or enterprise (clerks); "not found" otherwise. */
    @RolesAllowed({Roles.ENTERPRISE, Roles.OFFICER_FIRST, Roles.OFFICER_SECOND, Roles.ISSUER})
    public Licence find(String licenceNumber) {
        return byNumber(licenceNumber);
    }

    private Licence byNumber(String licenceNumber) {
        if (!LicenceNumbers.isWellFormed(licenceNumber)) {
            throw new NotFoundException();
        }
        List<Licence> found = em.createQuery("select l from Licence l where l.number = :no", Licence.class)
                .setParameter("no", licenceNumber).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        // The application's own scope check decides who may see it.
        applications.find(found.get(0).getApplication().getNumber());
        return found.get(0);
    }

    private static String verificationCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }
}
