package org.exportlicence.licence;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.exportlicence.enterprise.Caller;
import org.exportlicence.enterprise.UserDirectory;
import org.exportlicence.platform.NotFoundException;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.platform.Roles;
import org.exportlicence.seal.SealKeys;

/**
 * 查看电子许可证 and the officers' licence list: licences within the caller's data scope (a clerk
 * their own, their department's or their enterprise's, an officer their authority's), filtered, sorted and paged by the database; and the
 * public verification of a printed licence by its number and verification code.
 */
@Stateless
public class LicenceQueries {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private UserDirectory users;

    @EJB
    private SealKeys sealKeys;

    @EJB
    private LicenceIssuer issuer;

    /**
     * A licence as its detail page shows it: the licence (scope checked as for every reading), its
     * usage at customs and the messages customs was sent about it.
     */
    public record LicenceDetail(Licence licence, List<UsageLine> usage, List<CustomsMessageView> customsMessages)
            implements Serializable {
        // Bean-style getters: Jakarta EL 5 does not read record components.
        public Licence getLicence() { return licence; }
        public List<UsageLine> getUsage() { return usage; }
        public List<CustomsMessageView> getCustomsMessages() { return customsMessages; }
    }

    /** One message to customs about a licence, with where its delivery stands. */
    public record CustomsMessageView(String messageId, String eventType, java.time.LocalDateTime createdAt,
            java.time.LocalDateTime sentAt, java.time.LocalDateTime acknowledgedAt, int attempts, String lastError)
            implements Serializable {
        public String getMessageId() { return messageId; }
        public String getEventType() { return eventType; }
        public java.time.LocalDateTime getCreatedAt() { return createdAt; }
        public java.time.LocalDateTime getSentAt() { return sentAt; }
        public java.time.LocalDateTime getAcknowledgedAt() { return acknowledgedAt; }
        public int getAttempts() { return attempts; }
        public String getLastError() { return lastError; }
    }

    @RolesAllowed({Roles.ENTERPRISE, Roles.OFFICER_FIRST, Roles.OFFICER_SECOND, Roles.ISSUER})
    public LicenceDetail detail(String licenceNumber) {
        Licence licence = issuer.find(licenceNumber);
        List<UsageLine> usage = em.createQuery("select u from UsageLine u where u.licence = :licence "
                + "order by u.declarationDate, u.id", UsageLine.class)
                .setParameter("licence", licence).getResultList();
        List<CustomsMessageView> messages = em.createQuery("select new " + CustomsMessageView.class.getName()
                + "(coalesce(m.messageId, ''), m.eventType, m.createdAt, m.sentAt, m.acknowledgedAt, m.attempts, "
                + "m.lastError) from OutboxMessage m where m.aggregateType = :type and m.aggregateId = :no "
                + "order by m.id", CustomsMessageView.class)
                .setParameter("type", LicenceIssuer.AUDIT_TYPE).setParameter("no", licence.getNumber())
                .getResultList();
        return new LicenceDetail(licence, usage, messages);
    }

    /** The list's conditions, any may be empty: number prefix, issue date range, status. */
    public record LicenceFilter(String number, LocalDate issuedFrom, LocalDate issuedTo, LicenceStatus status)
            implements Serializable {
        public static LicenceFilter none() {
            return new LicenceFilter(null, null, null, null);
        }
    }

    /** What the public verification page may tell about a licence: nothing about the enterprise. */
    public record PublicCheck(String licenceNumber, String authorityZh, String authorityEn, LocalDate issueDate,
            LocalDate validFrom, LocalDate expiryDate, LicenceStatus status, boolean signatureValid)
            implements Serializable {
    }

    @RolesAllowed({Roles.ENTERPRISE, Roles.OFFICER_FIRST, Roles.OFFICER_SECOND, Roles.ISSUER})
    public ResultPage<Licence> list(LicenceFilter filter, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(scopeCondition(users.caller(), parameters));
        if (filter.number() != null && !filter.number().isBlank()) {
            where.append(" and l.number like :number");
            parameters.put("number", filter.number().strip().replace("%", "").replace("_", "") + "%");
        }
        if (filter.issuedFrom() != null) {
            where.append(" and l.issueDate >= :from");
            parameters.put("from", filter.issuedFrom());
        }
        if (filter.issuedTo() != null) {
            where.append(" and l.issueDate <= :to");
            parameters.put("to", filter.issuedTo());
        }
        if (filter.status() != null) {
            where.append(" and l.status = :status");
            parameters.put("status", filter.status());
        }
        TypedQuery<Long> count = em.createQuery("select count(l) from Licence l where " + where, Long.class);
        parameters.forEach(count::setParameter);
        long total = count.getSingleResult();
        if (page.isCountOnly() || total == 0) {
            return new ResultPage<>(List.of(), total);
        }
        String order = "issueDate".equals(page.sortField()) ? "l.issueDate" : "l.number";
        TypedQuery<Licence> rows = em.createQuery("select l from Licence l where " + where + " order by " + order
                + (page.ascending() ? " asc" : " desc") + ", l.number asc", Licence.class);
        parameters.forEach(rows::setParameter);
        return new ResultPage<>(rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList(), total);
    }

    /**
     * The caller's data scope over licences (alias {@code l}): a licence belongs to whoever its
     * application belongs to — the clerk who entered it, their department, their enterprise, the
     * issuing authority — so lists and look-ups by number show what the detail page would open.
     */
    public static String scopeCondition(Caller caller, Map<String, Object> parameters) {
        return caller.scopeCondition("l.application", parameters);
    }

    /**
     * The public check of a printed licence (no sign-in): the number and the verification code
     * printed on it must both match; anything else gets one neutral "not found".
     */
    @PermitAll
    public PublicCheck verify(String licenceNumber, String verificationCode) {
        if (!LicenceNumbers.isWellFormed(licenceNumber) || verificationCode == null || verificationCode.isBlank()) {
            throw new NotFoundException();
        }
        List<Licence> found = em.createQuery("select l from Licence l where l.number = :no and l.verificationCode = :code",
                Licence.class).setParameter("no", licenceNumber.strip())
                .setParameter("code", verificationCode.strip().toUpperCase(java.util.Locale.ROOT)).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        Licence l = found.get(0);
        boolean valid = LicenceIssuer.signatureOf(l, sealKeys.authorityCertificate()).valid();
        return new PublicCheck(l.getNumber(), l.getAuthority().getNameZh(), l.getAuthority().getNameEn(),
                l.getIssueDate(), l.getValidFrom(), l.getExpiryDate(), l.getStatus(), valid);
    }
}
