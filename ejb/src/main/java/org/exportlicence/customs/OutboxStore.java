package org.exportlicence.customs;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.exportlicence.licence.CustomsStatus;
import org.exportlicence.licence.Licence;
import org.exportlicence.licence.Licences;
import org.exportlicence.platform.ClusterLock;
import org.exportlicence.platform.Roles;

/**
 * The outbox's bookkeeping, each step in a transaction of its own so that the delivery loop
 * ({@link OutboxRelay}) can send between them: a row is marked sent only after the broker has
 * accepted its message.
 */
@Stateless
@RolesAllowed(Roles.CUSTOMS)
public class OutboxStore {
    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private Licences licences;

    /**
     * Takes or renews this server's lease on the outbox relay (a transaction of its own); false while another
     * server's lease runs. So two instances never deliver at the same time, and a server that dies (or an
     * application undeployed in the middle of a round) leaves only a lease that runs out.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean lease(Duration length) {
        return ClusterLock.lease(em, ClusterLock.OUTBOX_RELAY, ClusterLock.thisServer(), length);
    }

    /** Gives this server's lease on the outbox relay up at the end of a round. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void releaseLease() {
        ClusterLock.release(em, ClusterLock.OUTBOX_RELAY, ClusterLock.thisServer());
    }

    /** The oldest rows not yet sent, in the order they were written. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<OutboxMessage> pending(int max) {
        return em.createQuery("select m from OutboxMessage m where m.sentAt is null order by m.id", OutboxMessage.class)
                .setMaxResults(max)
                .getResultList();
    }

    /** One read of the batch and one update of its licences' customs status, not one of each per row. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void markSent(List<Long> ids) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<OutboxMessage> sent = em.createQuery(
                        "select m from OutboxMessage m where m.id in :ids", OutboxMessage.class)
                .setParameter("ids", ids)
                .getResultList();
        sent.forEach(message -> message.sent(now));
        licences.setCustomsStatus(
                sent.stream()
                        .filter(message -> Licence.AUDIT_TYPE.equals(message.getAggregateType()))
                        .map(OutboxMessage::getAggregateId)
                        .distinct()
                        .toList(),
                CustomsStatus.SENT);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void markFailed(long id, String error) {
        em.find(OutboxMessage.class, id).failed(error);
    }

    /**
     * Customs stored a licence message. The licence counts as acknowledged once its latest
     * message is; a receipt for an older one, or a repeated receipt, changes only that row.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void acknowledge(String messageId, String licenceNo) {
        Long id = OutboxMessage.outboxIdOf(messageId);
        OutboxMessage message = id == null ? null : em.find(OutboxMessage.class, id);
        if (message == null || !message.getAggregateId().equals(licenceNo)) {
            return;
        }
        message.acknowledged(LocalDateTime.now(clock));
        Long latest = em.createQuery(
                        "select max(m.id) from OutboxMessage m where m.aggregateType = :type "
                                + "and m.aggregateId = :id",
                        Long.class)
                .setParameter("type", message.getAggregateType())
                .setParameter("id", licenceNo)
                .getSingleResult();
        if (message.getId().equals(latest) && Licence.AUDIT_TYPE.equals(message.getAggregateType())) {
            licences.setCustomsStatus(List.of(licenceNo), CustomsStatus.ACKNOWLEDGED);
        }
    }
}
