package org.exportlicence.statistics;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.exportlicence.audit.AuditTrail;
import org.exportlicence.platform.Roles;
import org.exportlicence.statistics.PublicationStep.Outcome;

/**
 * 统计月报发布 — what the monthly-report job does, step by step, as the batch jobs' principal: prepare a
 * closed month (refused for the current or a future month; nothing done for a published month unless
 * replace was asked for), write the figures of a chunk of scopes in the chunk's transaction, then publish
 * them at once (the month's previous snapshot, if any, replaced under its row lock), audited. Operators
 * and the administrator read a run's publication and its lines (the job's report).
 */
@Stateless
@RolesAllowed(Roles.BATCH)
public class MonthlyPublishing {
    private static final String CURRENT = "select p from MonthlyPublication p where p.currentMonth = :month";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    /** The run's first step: READY (a publication of the month prepared for the run), or why not. */
    public PublicationStep prepare(YearMonth month, boolean replace, long jobInstanceId, String requestedBy) {
        LocalDateTime now = LocalDateTime.now(clock);
        if (!month.isBefore(YearMonth.from(now))) {
            return new PublicationStep(
                    Outcome.NOT_CLOSED, month + " is not closed (today is " + now.toLocalDate() + ")");
        }
        Optional<MonthlyPublication> own = ofInstance(jobInstanceId);
        if (own.isPresent()) { // the run is restarted: it goes on with what it prepared
            return new PublicationStep(Outcome.READY, month + " " + own.get().getStatus());
        }
        Optional<MonthlyPublication> current = current(month, false);
        if (current.isPresent() && !replace) {
            return new PublicationStep(Outcome.ALREADY_PUBLISHED, describe(current.get()));
        }
        em.persist(new MonthlyPublication(month, jobInstanceId, replace, requestedBy, now));
        return new PublicationStep(Outcome.READY, month + (replace ? " replace=true" : ""));
    }

    /** Codes of the scopes to publish for the run's month, in code order after {@code after}. */
    public List<String> scopes(long jobInstanceId, ScopeKind kind, String after, int max) {
        return SnapshotQueries.scopes(em, kind, preparing(jobInstanceId).getMonth(), after, max);
    }

    /** Writes the lines of a chunk of scopes to the run's publication; returns how many. */
    public int snapshot(long jobInstanceId, ScopeKind kind, List<String> codes) {
        if (codes.isEmpty()) {
            return 0;
        }
        MonthlyPublication publication = preparing(jobInstanceId);
        List<SnapshotLine> lines = SnapshotQueries.lines(em, kind, publication.getMonth(), codes);
        for (SnapshotLine line : lines) {
            em.persist(new PublishedFigures(publication, kind, line.scopeCode(), line));
        }
        return lines.size();
    }

    /**
     * The run's last step: publishes what the run prepared, replacing the month's snapshot when the run
     * asked for it (the month's row locked, so two runs cannot both publish), audited; INCOMPLETE when
     * {@code skipped} scopes were set aside. Run again after it published, it tells the same.
     */
    public PublicationStep finish(long jobInstanceId, long skipped, String reason) {
        MonthlyPublication publication = em.createQuery(
                        "select p from MonthlyPublication p where p.jobInstanceId = :instance",
                        MonthlyPublication.class)
                .setParameter("instance", jobInstanceId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getSingleResult();
        YearMonth month = publication.getMonth();
        switch (publication.getStatus()) {
            case PUBLISHED, REPLACED -> {
                return new PublicationStep(Outcome.PUBLISHED, describe(publication));
            }
            case ABANDONED -> {
                return new PublicationStep(Outcome.INCOMPLETE, month + " was not published by this run");
            }
            default -> {}
        }
        if (skipped > 0) {
            publication.abandon();
            return new PublicationStep(
                    Outcome.INCOMPLETE, month + ": " + skipped + " scope(s) skipped, nothing published");
        }
        Optional<MonthlyPublication> current = current(month, true);
        if (current.isPresent() && !publication.isReplaceRequested()) {
            publication.abandon(); // another run published the month meanwhile
            return new PublicationStep(Outcome.ALREADY_PUBLISHED, describe(current.get()));
        }
        LocalDateTime now = LocalDateTime.now(clock);
        String by = context.getCallerPrincipal().getName();
        String before = current.map(this::describe).orElse(null);
        current.ifPresent(c -> c.replace(now, by, jobInstanceId));
        em.flush(); // the month's previous snapshot lets go of current_month before this one takes it
        publication.publish(now, by);
        em.flush();
        audit.record(
                publication.auditSubject(),
                current.isPresent() ? "REPLACE" : "PUBLISH",
                before,
                describe(publication),
                reason(publication, reason));
        return new PublicationStep(current.isPresent() ? Outcome.REPLACED : Outcome.PUBLISHED, describe(publication));
    }

    /** The publication a run (job instance) prepared, if it got that far. */
    @RolesAllowed({Roles.BATCH, Roles.OPERATOR, Roles.ADMIN})
    public Optional<MonthlyPublication> ofInstance(long jobInstanceId) {
        return em
                .createQuery(
                        "select p from MonthlyPublication p where p.jobInstanceId = :instance",
                        MonthlyPublication.class)
                .setParameter("instance", jobInstanceId)
                .getResultList()
                .stream()
                .findFirst();
    }

    /** The month's published snapshot, if it has one. */
    @RolesAllowed({Roles.BATCH, Roles.OPERATOR, Roles.ADMIN})
    public Optional<MonthlyPublication> published(YearMonth month) {
        return current(month, false);
    }

    /** A page of a publication's lines: authorities first, then enterprises, by code, authority and unit. */
    @RolesAllowed({Roles.BATCH, Roles.OPERATOR, Roles.ADMIN})
    public List<SnapshotLine> lines(long publicationId, int first, int max) {
        return em
                .createQuery(
                        "select s from PublishedFigures s where s.publication.id = :id "
                                + "order by s.scopeKind, s.scopeCode, s.authorityCode, s.unitCode",
                        PublishedFigures.class)
                .setParameter("id", publicationId)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList()
                .stream()
                .map(PublishedFigures::line)
                .toList();
    }

    @RolesAllowed({Roles.BATCH, Roles.OPERATOR, Roles.ADMIN})
    public long countLines(long publicationId) {
        return em.createQuery("select count(s) from PublishedFigures s where s.publication.id = :id", Long.class)
                .setParameter("id", publicationId)
                .getSingleResult();
    }

    /** A run's report as an .xlsx: its publication and every line, or what the run came to without one. */
    @RolesAllowed({Roles.BATCH, Roles.OPERATOR, Roles.ADMIN})
    public byte[] xlsx(long jobInstanceId, Locale locale) {
        MonthlyPublication publication = ofInstance(jobInstanceId).orElse(null);
        return PublicationWorkbook.write(
                jobInstanceId,
                publication,
                publication == null ? List.of() : lines(publication.getId(), 0, Integer.MAX_VALUE),
                locale);
    }

    private MonthlyPublication preparing(long jobInstanceId) {
        return ofInstance(jobInstanceId)
                .filter(p -> p.getStatus() == PublicationStatus.PREPARING)
                .orElseThrow(() -> new IllegalStateException("Job instance " + jobInstanceId + " prepared no month"));
    }

    private Optional<MonthlyPublication> current(YearMonth month, boolean lock) {
        var query = em.createQuery(CURRENT, MonthlyPublication.class).setParameter("month", month.toString());
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultList().stream().findFirst();
    }

    /** A publication as the audit trail and the exit status tell it. */
    private String describe(MonthlyPublication p) {
        Long licences = em.createQuery(
                        "select sum(s.licences) from PublishedFigures s where s.publication = :p "
                                + "and s.scopeKind = :authority",
                        Long.class)
                .setParameter("p", p)
                .setParameter("authority", ScopeKind.AUTHORITY)
                .getSingleResult();
        return p.getMonth() + " published " + p.getPublishedAt() + " by " + p.getPublishedBy() + " (job instance "
                + p.getJobInstanceId() + "): " + countLines(p.getId()) + " lines, "
                + (licences == null ? 0 : licences) + " licences in the month";
    }

    private static String reason(MonthlyPublication p, String reason) {
        return "monthly-report job instance " + p.getJobInstanceId() + (p.isReplaceRequested() ? ", replace=true" : "")
                + (p.getRequestedBy() == null
                        ? ", scheduled or started by no named operator"
                        : ", on behalf of " + p.getRequestedBy())
                + (reason == null || reason.isBlank() ? "" : ": " + reason.strip());
    }
}
