package org.exportlicence.it.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.time.LocalDateTime;
import java.util.UUID;
import org.exportlicence.it.roles.AsBatch;
import org.exportlicence.it.roles.AsOperator;
import org.exportlicence.it.support.Refusals;
import org.exportlicence.jobs.ScheduleClaims;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The scheduler's claims in the database: of two servers whose timers fire for the same due time,
 * one wins; a new job starts at the due time before its first timer (installing runs nothing); only
 * the jobs themselves claim.
 */
@ExtendWith(ArquillianExtension.class)
class ScheduleClaimsIT {

    @EJB
    private ScheduleClaims claims;

    @EJB
    private AsBatch batch;

    @EJB
    private AsOperator operator;

    @Test
    void eachDueTimeIsClaimedOnceAcrossServers() throws Exception {
        String job = "test-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDateTime yesterday = LocalDateTime.of(2026, 12, 2, 0, 5);
        LocalDateTime today = yesterday.plusDays(1);

        assertEquals(yesterday, batch.call(() -> claims.lastDue(job, yesterday)), "a new job starts before its timer");
        assertEquals(yesterday, batch.call(() -> claims.lastDue(job, today)), "the first due time stays");

        assertTrue(batch.call(() -> claims.claim(job, today, "instance-1")));
        assertFalse(batch.call(() -> claims.claim(job, today, "instance-2")), "the second server does not run it");
        assertFalse(batch.call(() -> claims.claim(job, yesterday, "instance-2")), "nor an older due time");
        assertEquals(today, batch.call(() -> claims.lastDue(job, yesterday)));
        assertTrue(batch.call(() -> claims.claim(job, today.plusDays(1), "instance-2")), "the next day is new");
    }

    @Test
    void onlyTheJobsClaim() {
        Refusals.assertAccessDenied(
                () -> operator.call(() -> claims.claim("licence-expiry", LocalDateTime.now(), "someone")));
    }
}
