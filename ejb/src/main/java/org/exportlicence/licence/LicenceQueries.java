package org.exportlicence.licence;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.exportlicence.enterprise.UserDirectory;
import org.exportlicence.platform.NotFoundException;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.platform.Roles;
import org.exportlicence.platform.Sorting;
import org.exportlicence.seal.SealKeys;

/**
 * 查看电子许可证 and the officers' licence list: licences within the caller's data scope (a clerk
 * their own, their department's or their enterprise's, an officer their authority's), filtered, sorted and paged by the database; and the
 * public verification of a printed licence by its number and verification code.
 */
@Stateless
public class LicenceQueries {
    private static final Sorting SORTING =
            Sorting.by("l.number.value", "l.number.value asc").and("validity.issueDate", "l.validity.issueDate");

    @PersistenceContext
    private EntityManager em;

    @EJB
    private UserDirectory users;

    @EJB
    private SealKeys sealKeys;

    @EJB
    private Licences licences;

    @EJB
    private CustomsGateway customs;

    /**
     * A licence as its detail page shows it: the licence (scope checked as for every reading), its
     * usage at customs and the messages customs was sent about it.
     */
    public record LicenceDetail(
            Licence licence, List<UsageLine> usage, List<CustomsGateway.MessageView> customsMessages)
            implements Serializable {
        // Bean-style getters: Jakarta EL 5 does not read record components.
        public Licence getLicence() {
            return licence;
        }

        public List<UsageLine> getUsage() {
            return usage;
        }

        public List<CustomsGateway.MessageView> getCustomsMessages() {
            return customsMessages;
        }
    }

    /** A licence of the caller's data scope; "not found" for anything else, whether it exists or not. */
    @RolesAllowed({Roles.ENTERPRISE, Roles.OFFICER_FIRST, Roles.OFFICER_SECOND, Roles.ISSUER})
    public Licence find(String licenceNumber) {
        return licences.inScope(licenceNumber);
    }

    @RolesAllowed({Roles.ENTERPRISE, Roles.OFFICER_FIRST, Roles.OFFICER_SECOND, Roles.ISSUER})
    public LicenceDetail detail(String licenceNumber) {
        Licence licence = licences.inScope(licenceNumber);
        List<UsageLine> usage = em.createQuery(
                        "select u from UsageLine u where u.licence = :licence " + "order by u.declarationDate, u.id",
                        UsageLine.class)
                .setParameter("licence", licence)
                .getResultList();
        return new LicenceDetail(licence, usage, customs.messagesAbout(licence.getNumber()));
    }

    /** The list's conditions, any may be empty: number prefix, issue date range, status. */
    public record LicenceFilter(String number, LocalDate issuedFrom, LocalDate issuedTo, LicenceStatus status)
            implements Serializable {
        public static LicenceFilter none() {
            return new LicenceFilter(null, null, null, null);
        }
    }

    /** What the public verification page may tell about a licence: nothing about the enterprise. */
    public record PublicCheck(
            String licenceNumber,
            String authorityZh,
            String authorityEn,
            LocalDate issueDate,
            LocalDate validFrom,
            LocalDate expiryDate,
            LicenceStatus status,
            boolean signatureValid)
            implements Serializable {}

    @RolesAllowed({Roles.ENTERPRISE, Roles.OFFICER_FIRST, Roles.OFFICER_SECOND, Roles.ISSUER})
    public ResultPage<Licence> list(LicenceFilter filter, PageRequest page) {
        return licences.scoped(users.caller())
                .startsWith("l.number.value", "number", filter.number())
                .between("l.validity.issueDate", "issued", filter.issuedFrom(), filter.issuedTo())
                .whereGiven("l.status = :status", "status", filter.status())
                .page(page, SORTING);
    }

    /**
     * The public check of a printed licence (no sign-in): the number and the verification code
     * printed on it must both match; anything else gets one neutral "not found".
     */
    @PermitAll
    public PublicCheck verify(String licenceNumber, String verificationCode) {
        if (!LicenceNumber.isWellFormed(licenceNumber) || verificationCode == null || verificationCode.isBlank()) {
            throw new NotFoundException();
        }
        List<Licence> found = em.createQuery(
                        "select l from Licence l where l.number.value = :no"
                                + " and l.issuance.verificationCode = :code",
                        Licence.class)
                .setParameter("no", licenceNumber.strip())
                .setParameter("code", verificationCode.strip().toUpperCase(java.util.Locale.ROOT))
                .getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        Licence l = found.get(0);
        boolean valid =
                LicenceIssuer.signatureOf(l, sealKeys.authorityCertificate()).valid();
        return new PublicCheck(
                l.getNumber(),
                l.getAuthority().getNameZh(),
                l.getAuthority().getNameEn(),
                l.getValidity().getIssueDate(),
                l.getValidity().getValidFrom(),
                l.getValidity().getExpiryDate(),
                l.getStatus(),
                valid);
    }
}
