package org.exportlicence.licence;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Base64;
import org.exportlicence.application.Application;
import org.exportlicence.quota.Quota;
import org.exportlicence.reference.IssuingAuthority;
import org.exportlicence.seal.SealKeys;
import org.exportlicence.seal.SmCrypto;

/**
 * Licences carried over from records kept before the platform (the demo data's): issued on the day they
 * were, drawing on their quota, numbered and signed by the issuing authority as {@link LicenceIssuer}
 * does, so that they print and verify (QR) like any other. Nothing used yet.
 */
public final class CarriedOverLicences {
    private CarriedOverLicences() {}

    /**
     * The licence of an application already marked issued, signed by {@code signer} (its authority's key)
     * at {@code signedAt}, when it is carried over (inside the validity of the key's certificate).
     */
    public static Licence issued(
            EntityManager em,
            Application application,
            LocalDateTime issuedAt,
            Quota quota,
            String issuedBy,
            SealKeys.Signer signer,
            Instant signedAt) {
        Validity validity = Validity.forIssueOn(issuedAt.toLocalDate());
        if (quota != null) {
            quota.consume(application.getGoods().getQuantity());
        }
        Licence licence = new Licence(
                application,
                validity,
                LicenceIssuer.remarksFor(application, validity),
                quota,
                new Issuance(issuedBy, issuedAt, LicenceIssuer.verificationCode()));
        em.persist(licence);
        IssuingAuthority authority = application.getAuthority();
        licence.assignNumber(LicenceNumber.of(validity.getLicenceYear(), authority.getLicenceCode(), licence.getId()));
        licence.sign(Base64.getEncoder()
                .encodeToString(SmCrypto.signDetached(
                        LicenceCanonicalForm.of(licence), signer.key(), signer.certificate(), signedAt)));
        return licence;
    }
}
