package org.exportlicence.customs;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.exportlicence.platform.ClusterLock;
import org.exportlicence.platform.Roles;

/**
 * Delivers the outbox to customs: every row as a persistent message with a stable id
 * ({@link CustomsQueues#MESSAGE_ID_PROPERTY}), in the order written, at least once. A batch is
 * committed to the broker first ({@link OutboxSender}) and only then marked sent, so a crash in
 * between sends it again rather than losing it. When the broker is away, delivery stops at the
 * first failure (nothing overtakes it, so the order per licence holds) and the next round, two
 * seconds later, tries again.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@RunAs(Roles.CUSTOMS)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
    /** Below the broker's limit of 1,000 messages per producer transaction. */
    private static final int BATCH = 100;
    /** A round ends after this and gives the lease up; the next round (any server's) goes on. */
    private static final Duration ROUND = Duration.ofSeconds(20);
    /** Longer than a batch takes by far; what another server waits at most after this one died mid-round. */
    private static final Duration LEASE = Duration.ofSeconds(30);

    private final AtomicBoolean running = new AtomicBoolean();

    @EJB
    private OutboxStore store;

    @EJB
    private OutboxSender sender;

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false, info = "customs outbox delivery")
    void onSchedule() {
        deliver();
    }

    /**
     * One delivery round (also run by the timer); returns how many messages the broker accepted. In a
     * cluster one server's round at a time: a round that finds another server's lease running does nothing.
     */
    @RolesAllowed({Roles.CUSTOMS, Roles.ADMIN})
    public int deliver() {
        if (!running.compareAndSet(false, true)) {
            return 0;
        }
        try {
            if (!store.lease(LEASE)) {
                return 0;
            }
            try {
                return round();
            } finally {
                store.releaseLease();
            }
        } finally {
            running.set(false);
        }
    }

    private int round() {
        int delivered = 0;
        long until = System.nanoTime() + ROUND.toNanos();
        Instant began = Instant.now();
        List<OutboxMessage> batch;
        try {
            do {
                batch = store.pending(BATCH);
                if (batch.isEmpty()) {
                    break;
                }
                try {
                    sender.send(batch);
                } catch (RuntimeException e) {
                    LOG.log(
                            Level.WARNING,
                            "Customs broker did not accept outbox messages from "
                                    + batch.get(0).getId() + "; will retry",
                            e);
                    store.markFailed(batch.get(0).getId(), String.valueOf(e.getCause() != null ? e.getCause() : e));
                    return delivered;
                }
                store.markSent(batch.stream().map(OutboxMessage::getId).toList());
                delivered += batch.size();
                // Renewed after every batch: the lease never runs out while this round is alive.
            } while (batch.size() == BATCH && System.nanoTime() < until && store.lease(LEASE));
            return delivered;
        } finally {
            if (delivered > 0) {
                // When and where each round sent (the cluster check finds no two servers' rounds overlapping).
                int count = delivered;
                Instant ended = Instant.now();
                LOG.info(() -> "Customs outbox round: " + count + " messages sent by " + ClusterLock.thisServer()
                        + " from " + began + " to " + ended);
            }
        }
    }
}
