package org.exportlicence.customs;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exportlicence.audit.AuditSubject;
import org.exportlicence.audit.AuditTrail;
import org.exportlicence.enterprise.Caller;
import org.exportlicence.enterprise.UserDirectory;
import org.exportlicence.licence.Licence;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.NotFoundException;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.platform.Roles;
import org.exportlicence.reference.IssuingAuthority;

/**
 * 海关报文异常: the customs messages set aside, for officers to read and replay. An officer sees
 * those naming a licence of their issuing authority (and that authority's backlog of messages to
 * customs); the administrator sees all, among them the ones that name no licence of the platform.
 */
@Stateless
@RolesAllowed({Roles.OFFICER_FIRST, Roles.OFFICER_SECOND, Roles.ISSUER, Roles.ADMIN})
public class CustomsErrors {
    static final String AUDIT_TYPE = "CUSTOMS_MESSAGE";
    /** Set on a replayed message, so a second failure can be traced to the first. */
    public static final String REPLAY_OF = "elpReplayOf";
    /** A licenceNo element (of any of the customs schemas, with or without a prefix) holding a licence number. */
    private static final Pattern LICENCE_NO =
            Pattern.compile("<(?:[\\w.-]+:)?licenceNo>\\s*(\\d{2}-\\d{2}-\\d{6,9})\\s*</");

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @EJB
    private UserDirectory users;

    @Inject
    private JMSContext jms;

    @Resource(lookup = CustomsQueues.INBOUND)
    private Queue inbound;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    @RolesAllowed(Roles.CUSTOMS)
    public void keep(
            String jmsMessageId,
            String correlationId,
            String type,
            String replyTo,
            String reasonCode,
            String reason,
            int deliveries,
            String body,
            int bodyBytes) {
        String named = licenceNumberIn(body);
        // Only the authority is read, not the licence: a row broken enough to fail the message again
        // and again may not load as an entity.
        IssuingAuthority authority = named == null
                ? null
                : em
                        .createQuery(
                                "select l.ownership.authority from Licence l where l.number.value = :no",
                                IssuingAuthority.class)
                        .setParameter("no", named)
                        .getResultList()
                        .stream()
                        .findFirst()
                        .orElse(null);
        em.persist(new CustomsMessageError(
                jmsMessageId,
                correlationId,
                type,
                replyTo,
                reasonCode == null ? "UNKNOWN" : reasonCode,
                reason,
                deliveries,
                body,
                bodyBytes,
                LocalDateTime.now(clock),
                authority == null ? null : named,
                authority));
    }

    /**
     * The licence number the kept text names in a licenceNo element, read from the text rather than
     * the parsed message so that a message refused as malformed still reaches the licence's authority;
     * null when it names none.
     */
    private static String licenceNumberIn(String body) {
        if (body == null) {
            return null;
        }
        Matcher number = LICENCE_NO.matcher(body);
        return number.find() ? number.group(1) : null;
    }

    /**
     * The caller's scope over kept messages (alias {@code e}) as conditions, none for the
     * administrator; "not found" for anyone else bound to no authority.
     */
    private List<String> scope(Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (context.isCallerInRole(Roles.ADMIN)) {
            return conditions;
        }
        Caller caller = users.caller();
        if (caller.authorityCode() == null) {
            throw new NotFoundException();
        }
        conditions.add("e.authority.code = :authorityCode");
        parameters.put("authorityCode", caller.authorityCode());
        return conditions;
    }

    private static String where(List<String> conditions) {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** The outbox's backlog (an officer: of their authority's licences), to see whether delivery to customs is held up. */
    public OutboxBacklog outboxBacklog() {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(" where m.sentAt is null");
        if (!scope(parameters).isEmpty()) {
            where.append(" and m.aggregateType = :licenceType and exists (select l from Licence l "
                    + "where l.number.value = m.aggregateId and l.ownership.authority.code = :authorityCode)");
            parameters.put("licenceType", Licence.AUDIT_TYPE);
        }
        TypedQuery<Object[]> summary =
                em.createQuery("select count(m), min(m.createdAt) from OutboxMessage m" + where, Object[].class);
        parameters.forEach(summary::setParameter);
        Object[] row = summary.getSingleResult();
        long pending = ((Number) row[0]).longValue();
        String lastError = null;
        if (pending > 0) {
            TypedQuery<String> errors = em.createQuery(
                    "select m.lastError from OutboxMessage m" + where + " and m.lastError is not null order by m.id",
                    String.class);
            parameters.forEach(errors::setParameter);
            lastError =
                    errors.setMaxResults(1).getResultList().stream().findFirst().orElse(null);
        }
        return new OutboxBacklog(pending, (LocalDateTime) row[1], lastError);
    }

    /** Newest first, within the caller's scope; {@code status} null for all. */
    public ResultPage<CustomsMessageError> list(CustomsMessageError.Status status, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        List<String> conditions = scope(parameters);
        if (status != null) {
            conditions.add("e.status = :status");
            parameters.put("status", status);
        }
        String where = where(conditions);
        TypedQuery<Long> count = em.createQuery("select count(e) from CustomsMessageError e" + where, Long.class);
        parameters.forEach(count::setParameter);
        long total = count.getSingleResult();
        if (page.isCountOnly() || total == 0) {
            return new ResultPage<>(List.of(), total);
        }
        TypedQuery<CustomsMessageError> rows = em.createQuery(
                "select e from CustomsMessageError e" + where + " order by e.receivedAt desc, e.id desc",
                CustomsMessageError.class);
        parameters.forEach(rows::setParameter);
        return new ResultPage<>(
                rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList(), total);
    }

    /** One kept message within the caller's scope; "not found" for anything else, whether it exists or not. */
    public CustomsMessageError find(long id) {
        Map<String, Object> parameters = new HashMap<>();
        List<String> conditions = scope(parameters);
        conditions.add("e.id = :id");
        parameters.put("id", id);
        TypedQuery<CustomsMessageError> query =
                em.createQuery("select e from CustomsMessageError e" + where(conditions), CustomsMessageError.class);
        parameters.forEach(query::setParameter);
        List<CustomsMessageError> found = query.getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        return found.get(0);
    }

    /** Sends the kept message to the inbound queue again, as customs sent it. */
    public CustomsMessageError replay(long id, int seenVersion) {
        CustomsMessageError error = find(id);
        if (error.getVersion() != seenVersion) {
            throw new BusinessException("customs.error.changed", id);
        }
        if (error.getStatus() != CustomsMessageError.Status.NEW) {
            throw new BusinessException("customs.error.alreadyReplayed", id);
        }
        if (error.getBody() == null || error.getBody().isEmpty()) {
            throw new BusinessException("customs.error.nothingToReplay", id);
        }
        jms.createProducer()
                .setJMSCorrelationID(error.getCorrelationId())
                .setJMSType(error.getMessageType())
                .setJMSReplyTo(error.getReplyTo() == null ? null : jms.createQueue(error.getReplyTo()))
                .setProperty(REPLAY_OF, error.getId())
                .send(inbound, error.getBody());
        error.replayed(context.getCallerPrincipal().getName(), LocalDateTime.now(clock));
        audit.record(
                AuditSubject.of(AUDIT_TYPE, error.getId()),
                "REPLAY",
                CustomsMessageError.Status.NEW.name(),
                CustomsMessageError.Status.REPLAYED.name(),
                error.getReasonCode() + ": " + error.getReason());
        return error;
    }
}
