package org.exportlicence.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.exportlicence.platform.Roles;

/**
 * The audit trail. Written in the caller's transaction, so a change and its record are committed
 * or rolled back together; the actor is the authenticated caller, never a value the caller passes.
 */
@Stateless
@RolesAllowed({
    Roles.ENTERPRISE,
    Roles.OFFICER_FIRST,
    Roles.OFFICER_SECOND,
    Roles.ISSUER,
    Roles.QUOTA_OFFICER,
    Roles.ADMIN,
    Roles.CUSTOMS,
    Roles.SIGN_IN_GUARD,
    Roles.BATCH,
    Roles.OPERATOR
})
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditTrail {
    private static final int MAX_STATE = 400;
    private static final int MAX_REASON = 1000;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    @Inject
    private Instance<CallerCertificate> callerCertificate;

    public void record(AuditSubject subject, String action, String fromState, String toState, String reason) {
        // Hashed as the database will give it back: milliseconds (every database keeps them), and no
        // empty strings (Oracle reads them back as null).
        AuditEvent event = new AuditEvent(
                LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS),
                context.getCallerPrincipal().getName(),
                subject.type(),
                subject.id(),
                action,
                clip(fromState, MAX_STATE),
                clip(toState, MAX_STATE),
                clip(reason, MAX_REASON),
                certificateOfCaller());
        em.persist(event);
        event.hashContent();
    }

    /** The e-key of the request's caller; none outside a request (a timer, a message, a batch job's thread). */
    private String certificateOfCaller() {
        try {
            return callerCertificate.get().getReference();
        } catch (ContextNotActiveException e) {
            return null;
        }
    }

    /** The history of one subject, oldest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AuditEvent> history(AuditSubject subject) {
        return em.createQuery(
                        "select e from AuditEvent e where e.subjectType = :type and e.subjectId = :id "
                                + "order by e.occurredAt, e.id",
                        AuditEvent.class)
                .setParameter("type", subject.type())
                .setParameter("id", subject.id())
                .getResultList();
    }

    private static String clip(String value, int max) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return value.length() <= max ? value : value.substring(0, max);
    }
}
