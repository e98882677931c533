package org.exportlicence.batch;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.NoSuchObjectLocalException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.exportlicence.jobs.ScheduleClaims;
import org.exportlicence.platform.ClusterLock;
import org.exportlicence.platform.Roles;

/**
 * Runs the jobs on their timetables: one persistent calendar timer per job, its times from the
 * server property {@code elp.batch.<job>.schedule} (see {@link Timetable}). A timer's due time is
 * claimed in the database before the job starts ({@link ScheduleClaims}), so in a cluster it runs
 * once; shortly after start-up every job whose latest due time was never claimed (the server was
 * down) runs once to catch up. Before the timers, the executions a killed server left running are
 * marked failed, so that an operator can restart them ({@link InterruptedRuns}).
 */
@Singleton
@Startup
@RunAs(Roles.BATCH)
public class JobScheduler {
    private static final Logger LOG = Logger.getLogger(JobScheduler.class.getName());
    private static final String CATCH_UP = "catch-up";
    /** A timer's info: what it is for, this separator, the server that made it. */
    private static final String TIMER_OF = "@";

    private static final long CATCH_UP_DELAY_MS = 30_000;
    private static final Map<String, String> DEFAULTS = new LinkedHashMap<>();

    static {
        DEFAULTS.put(Jobs.LICENCE_EXPIRY, "00:05");
        DEFAULTS.put(Jobs.QUOTA_RECONCILIATION, "02:00");
        DEFAULTS.put(Jobs.MONTHLY_REPORT, "1 03:00");
    }

    @Resource
    private TimerService timers;

    @EJB
    private ScheduleClaims claims;

    @EJB
    private BatchOperations operations;

    @EJB
    private InterruptedRuns interrupted;

    @Inject
    private Clock clock;

    @PostConstruct
    void schedule() {
        try {
            // Before any timer can start a job: a run the last JVM died in becomes restartable (FAILED).
            interrupted.sweep();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Interrupted job executions could not be marked failed", e);
        }
        // A redeployment brings the timetables anew. Each server has timers of its own, named after it: in a
        // cluster the data grid's timer store shows every server's timers to each, and a server cancelling
        // them all would leave the jobs to whichever instance deployed last (none once it died). Each due
        // time is claimed in the database, so the servers' timers start a job once between them.
        String mine = TIMER_OF + ClusterLock.thisServer();
        for (Timer timer : timers.getTimers()) {
            try {
                String info = String.valueOf(timer.getInfo());
                if (info.endsWith(mine) || !info.contains(TIMER_OF)) {
                    timer.cancel();
                }
            } catch (NoSuchObjectLocalException gone) {
                // Another server cancelled it since the list was read (a redeployment reaches the instances of a
                // group at the same time); not catching this failed the whole deployment on this server.
                LOG.fine(() -> "Timer gone while rescheduling: " + gone.getMessage());
            }
        }
        for (String job : DEFAULTS.keySet()) {
            Timetable timetable = timetable(job);
            if (timetable != null) {
                timers.createCalendarTimer(timetable.schedule(), new TimerConfig(job + mine, true));
                LOG.info(() -> "Job " + job + " scheduled at " + timetable);
            }
        }
        timers.createSingleActionTimer(CATCH_UP_DELAY_MS, new TimerConfig(CATCH_UP + mine, false));
    }

    @Timeout
    void fire(Timer timer) {
        String named = String.valueOf(timer.getInfo());
        String info = named.contains(TIMER_OF) ? named.substring(0, named.indexOf(TIMER_OF)) : named;
        LocalDateTime now = LocalDateTime.now(clock);
        for (String job : DEFAULTS.keySet()) {
            Timetable timetable = timetable(job);
            if (timetable == null || !(CATCH_UP.equals(info) || job.equals(info))) {
                continue;
            }
            boolean catchUp = CATCH_UP.equals(info);
            // A timer may fire a moment early: it is for the due time just ahead, not yesterday's.
            LocalDateTime due = timetable.latestDue(catchUp ? now : now.plusMinutes(1));
            try {
                // Catching up never runs a job the database has not seen before (a new installation).
                LocalDateTime last = claims.lastDue(job, catchUp ? due : due.minusMinutes(1));
                boolean unclaimed = last.isBefore(due);
                if (unclaimed && claims.claim(job, due, ClusterLock.thisServer())) {
                    long execution = operations.start(job, Jobs.scheduled(job, due));
                    LOG.info(() -> "Job " + job + " due " + due + " started as execution " + execution);
                } else if (unclaimed || !catchUp) {
                    // Every server of a cluster has the timer; the log shows that the others stood aside.
                    LOG.info(() -> "Job " + job + " due " + due + " claimed by another server: not started here");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Job " + job + " due " + due + " could not start", e);
            }
        }
    }

    private static Timetable timetable(String job) {
        return Timetable.parse(configured(job));
    }

    /** The job's timetable as configured: the server property, else the default above (批处理作业 shows it). */
    static String configured(String job) {
        return System.getProperty("elp.batch." + job + ".schedule", DEFAULTS.get(job));
    }
}
