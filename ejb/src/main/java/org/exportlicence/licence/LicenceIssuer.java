package org.exportlicence.licence;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import org.exportlicence.application.Application;
import org.exportlicence.application.ApplicationCommands;
import org.exportlicence.application.Goods;
import org.exportlicence.audit.AuditTrail;
import org.exportlicence.platform.MessageBundle;
import org.exportlicence.platform.Roles;
import org.exportlicence.quota.Quota;
import org.exportlicence.quota.Quotas;
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
    private static final String CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final int CODE_LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @EJB
    private ApplicationCommands applications;

    @EJB
    private Licences licences;

    @EJB
    private Quotas quotas;

    @EJB
    private CustomsGateway customs;

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

        Goods goods = application.getGoods();
        Quota quota = goods.getQuotaDocumentNo() == null
                ? null
                : quotas.take(application.getEnterprise(), goods.getQuotaDocumentNo(), goods.getQuantity());

        Licence licence = new Licence(
                application,
                validity,
                remarksFor(application, validity),
                quota,
                new Issuance(context.getCallerPrincipal().getName(), now, verificationCode()));
        em.persist(licence);
        IssuingAuthority authority = application.getAuthority();
        licence.assignNumber(LicenceNumber.of(validity.getLicenceYear(), authority.getLicenceCode(), licence.getId()));

        SealKeys.Signer signer =
                sealKeys.signerFor(SealKey.OwnerType.AUTHORITY, authority.getCode(), authoritySubject(authority));
        licence.sign(Base64.getEncoder()
                .encodeToString(SmCrypto.signDetached(
                        LicenceCanonicalForm.of(licence), signer.key(), signer.certificate(), clock.instant())));

        customs.licenceIssued(licence);
        audit.record(
                licence.auditSubject(),
                "ISSUE",
                null,
                licence.getStatus().name(),
                "application " + application.getNumber());
        em.flush();
        return licence;
    }

    /** Box 19 as printed: 非一批一证 and the next-year note where they apply (in Chinese), then the applicant's remarks. */
    static String remarksFor(Application application, Validity validity) {
        StringBuilder remarks = new StringBuilder();
        if (!application.getGoods().isOneBatchOneLicence()) {
            remarks.append(MessageBundle.chinese("licence.remarks.multiUse"));
        }
        if (validity.isNextYear()) {
            remarks.append(remarks.length() == 0 ? "" : "；").append(MessageBundle.chinese("licence.remarks.nextYear"));
        }
        if (application.getGoods().getRemarks() != null) {
            remarks.append(remarks.length() == 0 ? "" : "；")
                    .append(application.getGoods().getRemarks());
        }
        return remarks.length() == 0 ? null : remarks.toString();
    }

    /** The subject of an issuing authority's signing certificate. */
    public static String authoritySubject(IssuingAuthority authority) {
        return "CN=" + authority.getNameZh().replace(",", " ") + ", OU=" + authority.getLicenceCode()
                + ", O=Export Licence Platform test authorities, C=CN";
    }

    /** Whether a licence's signature verifies over its current content (licence and application). */
    @RolesAllowed({Roles.ENTERPRISE, Roles.OFFICER_FIRST, Roles.OFFICER_SECOND, Roles.ISSUER})
    public SmCrypto.Verification verifySignature(String licenceNumber) {
        return signatureOf(licences.inScope(licenceNumber), sealKeys.authorityCertificate());
    }

    /** Verifies a licence's signature over its current content against the project's CA. */
    static SmCrypto.Verification signatureOf(Licence licence, java.security.cert.X509Certificate authority) {
        return SmCrypto.verifyDetached(
                LicenceCanonicalForm.of(licence),
                Base64.getDecoder().decode(licence.getIssuance().getSignature()),
                authority);
    }

    static String verificationCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }
}
