package org.exportlicence.audit;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.exportlicence.platform.Roles;

/**
 * Keeps the audit chain closed behind the trail: every five seconds it seals what was committed since
 * (a few events normally; a night's expiry of 100,000 in blocks), and every ten minutes in which the
 * chain grew it signs the head. In a cluster every server's sealer runs; they take turns on the head
 * row's lock, so the chain stays one.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@RunAs(Roles.BATCH)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditSealer {
    private static final Logger LOG = Logger.getLogger(AuditSealer.class.getName());
    private static final long SIGN_EVERY_MS = 10 * 60 * 1000L;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicLong lastSigned = new AtomicLong(System.currentTimeMillis());

    @EJB
    private AuditChain chain;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false, info = "audit chain sealing")
    void onSchedule() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            chain.sealAll();
            long now = System.currentTimeMillis();
            if (now - lastSigned.get() >= SIGN_EVERY_MS) {
                chain.signHead();
                lastSigned.set(now);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Audit chain sealing failed; the next round tries again", e);
        } finally {
            running.set(false);
        }
    }
}
