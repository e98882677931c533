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
import org.exportlicence.audit.AuditTrail;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.NotFoundException;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.platform.Roles;

/** 海关报文异常: the customs messages set aside, for officers to read and replay. */
@Stateless
@RolesAllowed({Roles.OFFICER_FIRST, Roles.OFFICER_SECOND, Roles.ISSUER, Roles.ADMIN})
public class CustomsErrors {
    static final String AUDIT_TYPE = "CUSTOMS_MESSAGE";
    /** Set on a replayed message, so a second failure can be traced to the first. */
    public static final String REPLAY_OF = "elpReplayOf";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @Inject
    private JMSContext jms;

    @Resource(lookup = CustomsQueues.INBOUND)
    private Queue inbound;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    @RolesAllowed(Roles.CUSTOMS)
    public void keep(String jmsMessageId, String correlationId, String type, String replyTo, String reasonCode,
            String reason, int deliveries, String body, int bodyBytes) {
        em.persist(new CustomsMessageError(jmsMessageId, correlationId, type, replyTo,
                reasonCode == null ? "UNKNOWN" : reasonCode,
                reason, deliveries, body, bodyBytes, LocalDateTime.now(clock)));
    }

    /** Messages for customs not yet accepted by the broker: how many, and since when (null when none). */
    public record OutboxBacklog(long pending, LocalDateTime oldest, String lastError) implements java.io.Serializable {
        public long getPending() { return pending; }
        public LocalDateTime getOldest() { return oldest; }
        public String getLastError() { return lastError; }
    }

    /** The outbox's backlog, for the officers to see whether delivery to customs is held up. */
    public OutboxBacklog outboxBacklog() {
        Object[] row = em.createQuery("select count(m), min(m.createdAt) from OutboxMessage m where m.sentAt is null",
                Object[].class).getSingleResult();
        long pending = ((Number) row[0]).longValue();
        String lastError = pending == 0 ? null : em.createQuery("select m.lastError from OutboxMessage m "
                + "where m.sentAt is null and m.lastError is not null order by m.id", String.class)
                .setMaxResults(1).getResultList().stream().findFirst().orElse(null);
        return new OutboxBacklog(pending, (LocalDateTime) row[1], lastError);
    }

    /** Newest first; {@code status} null for all. */
    public ResultPage<CustomsMessageError> list(CustomsMessageError.Status status, PageRequest page) {
        String where = status == null ? "" : " where e.status = :status";
        TypedQuery<Long> count = em.createQuery("select count(e) from CustomsMessageError e" + where, Long.class);
        TypedQuery<CustomsMessageError> rows = em.createQuery("select e from CustomsMessageError e" + where
                + " order by e.receivedAt desc, e.id desc", CustomsMessageError.class);
        if (status != null) {
            count.setParameter("status", status);
            rows.setParameter("status", status);
        }
        long total = count.getSingleResult();
        if (page.isCountOnly() || total == 0) {
            return new ResultPage<>(java.util.List.of(), total);
        }
        return new ResultPage<>(rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList(), total);
    }

    public CustomsMessageError find(long id) {
        CustomsMessageError error = em.find(CustomsMessageError.class, id);
        if (error == null) {
            throw new NotFoundException();
        }
        return error;
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
        jms.createProducer().setJMSCorrelationID(error.getCorrelationId()).setJMSType(error.getMessageType())
                .setJMSReplyTo(error.getReplyTo() == null ? null : jms.createQueue(error.getReplyTo()))
                .setProperty(REPLAY_OF, error.getId()).send(inbound, error.getBody());
        error.replayed(context.getCallerPrincipal().getName(), LocalDateTime.now(clock));
        audit.record(AUDIT_TYPE, error.getId(), "REPLAY", CustomsMessageError.Status.NEW.name(),
                CustomsMessageError.Status.REPLAYED.name(), error.getReasonCode() + ": " + error.getReason());
        return error;
    }
}
