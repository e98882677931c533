package org.exportlicence.it.customs;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import org.exportlicence.customs.CustomsXml;
import org.exportlicence.customs.OutboxMessage;
import org.exportlicence.customs.UsageMessage;
import org.exportlicence.customs.UsageReply;
import org.exportlicence.licence.Licence;

/**
 * Customs in the in-server tests: usage declared over the broker as customs declares it, and the
 * outbox of messages to customs as it is in the database (read, or filled for delivery tests).
 * Deployed inside the EJB module, beside the persistence unit.
 */
@Stateless
@PermitAll
public class CustomsFixtures {
    private static final java.util.concurrent.atomic.AtomicLong USAGE_SERIAL =
            new java.util.concurrent.atomic.AtomicLong(System.currentTimeMillis() % 1_000_000_000L);

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "java:comp/DefaultJMSConnectionFactory")
    private ConnectionFactory connectionFactory;

    /**
     * Customs uses a licence, as customs does: a usage message of {@code quantity} on the inbound
     * queue of the broker, at the licence's port, dated its first valid day ({@code cleared}: the
     * declaration is the licence's last use, so it is 已清关 afterwards). Waits for the platform's
     * reply; returns 1 when the usage was accepted, else 0.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int recordCustomsUsage(String licenceNo, BigDecimal quantity, boolean cleared) {
        Licence licence = em.createQuery("select l from Licence l where l.number.value = :no", Licence.class)
                .setParameter("no", licenceNo)
                .getSingleResult();
        String declaration = String.format("020220268%09d", USAGE_SERIAL.incrementAndGet() % 1_000_000_000L);
        String body = CustomsXml.write(new UsageMessage(
                licenceNo,
                declaration,
                licence.getValidity().getValidFrom(),
                licence.getApplication().getTrade().getPort().getCode(),
                1,
                quantity,
                licence.getApplication().getGoods().getUnit().getCode(),
                cleared));
        // Sent and committed first (the context closes), then the reply is awaited on a second one.
        try (JMSContext context = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
            context.createProducer()
                    .setJMSReplyTo(context.createQueue("ElpTestFixtureReplies"))
                    .setJMSCorrelationID(declaration)
                    .setJMSType("usage")
                    .send(context.createQueue("ElpCustomsInbound"), body);
        }
        try (JMSContext context = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE);
                JMSConsumer replies = context.createConsumer(
                        context.createQueue("ElpTestFixtureReplies"), "JMSCorrelationID = '" + declaration + "'")) {
            Message reply = replies.receive(60_000);
            if (reply == null) {
                throw new IllegalStateException("no reply to usage " + declaration + " within 60 s");
            }
            UsageReply answer = (UsageReply) CustomsXml.read(((TextMessage) reply).getText());
            return "ACCEPTED".equals(answer.getResult()) ? 1 : 0;
        } catch (JMSException | CustomsXml.UnreadableMessage e) {
            throw new IllegalStateException(e);
        }
    }

    /** Outbox messages about one aggregate (e.g. a licence number). */
    public long outboxCount(String aggregateId) {
        return em.createQuery("select count(m) from OutboxMessage m where m.aggregateId = :id", Long.class)
                .setParameter("id", aggregateId)
                .getSingleResult();
    }

    /** The outbox messages about one aggregate (e.g. a licence number), oldest first. */
    public List<OutboxMessage> outbox(String aggregateId) {
        return em.createQuery(
                        "select m from OutboxMessage m where m.aggregateId = :id order by m.id", OutboxMessage.class)
                .setParameter("id", aggregateId)
                .getResultList();
    }

    /**
     * Writes {@code count} outbox rows at once (as many licence events would), about aggregates
     * named prefix + serial, for delivery tests.
     */
    public void outboxBurst(String prefix, int count) {
        java.time.LocalDateTime now = java.time.LocalDateTime.now();
        for (int i = 0; i < count; i++) {
            em.persist(new org.exportlicence.customs.OutboxMessage(
                    "Licence",
                    prefix + i,
                    "LICENCE_DELETED",
                    "<licenceDeleted xmlns=\"urn:exportlicence:customs:licence:1\"><licenceNo>26-99-000001</licenceNo>"
                            + "<deletedOn>2026-11-27</deletedOn></licenceDeleted>",
                    now));
            if (i % 500 == 499) {
                em.flush();
                em.clear();
            }
        }
    }

    /** Takes the outbox relay's lease for another server, as its round would, for a minute. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean leaseRelayElsewhere() {
        return org.exportlicence.platform.ClusterLock.lease(
                em,
                org.exportlicence.platform.ClusterLock.OUTBOX_RELAY,
                "another-server",
                java.time.Duration.ofMinutes(1));
    }

    /** The other server's round ends. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void releaseRelayElsewhere() {
        org.exportlicence.platform.ClusterLock.release(
                em, org.exportlicence.platform.ClusterLock.OUTBOX_RELAY, "another-server");
    }

    /** Outbox rows about aggregates whose name starts with the prefix: [all, sent]. */
    public long[] outboxProgress(String prefix) {
        Object[] row = em.createQuery(
                        "select count(m), count(m.sentAt) from OutboxMessage m " + "where m.aggregateId like :prefix",
                        Object[].class)
                .setParameter("prefix", prefix + "%")
                .getSingleResult();
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }

    /** The newest aggregate name starting with the prefix, or null. */
    public String newestAggregate(String prefix) {
        return em.createQuery(
                        "select max(m.aggregateId) from OutboxMessage m where m.aggregateId like :prefix", String.class)
                .setParameter("prefix", prefix + "%")
                .getSingleResult();
    }
}
