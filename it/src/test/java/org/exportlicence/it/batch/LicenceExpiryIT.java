package org.exportlicence.it.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.exportlicence.audit.AuditEvent;
import org.exportlicence.audit.AuditTrail;
import org.exportlicence.batch.BatchOperations;
import org.exportlicence.batch.Jobs;
import org.exportlicence.customs.CustomsOutbox;
import org.exportlicence.customs.OutboxMessage;
import org.exportlicence.it.application.ApplicationFixtures;
import org.exportlicence.it.customs.CustomsFixtures;
import org.exportlicence.it.enterprise.EnterpriseFixtures;
import org.exportlicence.it.licence.LicenceFixtures;
import org.exportlicence.it.licence.TestLicences;
import org.exportlicence.it.roles.AsAdministrator;
import org.exportlicence.it.roles.AsBatch;
import org.exportlicence.licence.Licence;
import org.exportlicence.licence.LicenceExpiry;
import org.exportlicence.licence.LicenceStatus;
import org.exportlicence.platform.Clocks;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * licence-expiry: a licence past its expiry date becomes 已过期, audited as batch-jobs, with one
 * licenceExpired message in the outbox; a second run the same day changes nothing; a licence whose
 * expiry date is the run's day stays valid.
 */
@ExtendWith(ArquillianExtension.class)
class LicenceExpiryIT {

    @EJB
    private TestLicences testLicences;

    @EJB
    private ApplicationFixtures forms;

    @EJB
    private EnterpriseFixtures enterprises;

    @EJB
    private LicenceFixtures licences;

    @EJB
    private CustomsFixtures customs;

    @EJB
    private BatchOperations operations;

    @EJB
    private LicenceExpiry expiry;

    @EJB
    private AuditTrail audit;

    @EJB
    private AsBatch batch;

    @EJB
    private AsAdministrator admin;

    @Test
    void aLicencePastItsExpiryDateExpiresOnceAndCustomsIsToldOnce() throws Exception {
        enterprises.ensureUsers();
        LocalDate today = LocalDate.now(Clocks.CHINA);
        String due = testLicences.issued(forms.cokeForm()).getNumber();
        String lastDay = testLicences.issued(forms.cokeForm()).getNumber();
        licences.setExpiryDate(due, today.minusDays(1));
        licences.setExpiryDate(lastDay, today);

        long first = run(today);
        Licence expired = licences.licenceNamed(due);
        assertEquals(LicenceStatus.EXPIRED, expired.getStatus());
        assertEquals(LicenceStatus.VALID, licences.licenceNamed(lastDay).getStatus(), "valid through its expiry date");
        assertEquals(1, expiredMessages(due));
        assertEquals(0, expiredMessages(lastDay));
        List<AuditEvent> history = admin.call(() -> audit.history(expired.auditSubject()));
        AuditEvent event = history.get(history.size() - 1);
        assertEquals("EXPIRE", event.getAction());
        assertEquals("batch-jobs", event.getActor());
        assertEquals("VALID", event.getFromState());
        assertEquals("EXPIRED", event.getToState());
        long instance = batch.call(() -> operations.instanceOf(first)).getInstanceId();
        assertTrue(admin.call(() -> expiry.expiredBy(instance, 0, 10_000)).stream()
                .anyMatch(e -> e.getLicenceNo().equals(due) && e.getExpiredOn().equals(today)));

        run(today);
        assertEquals(1, expiredMessages(due), "the second run the same day tells customs nothing more");
        assertEquals(
                history.size(),
                admin.call(() -> audit.history(expired.auditSubject())).size());
        assertEquals(LicenceStatus.VALID, licences.licenceNamed(lastDay).getStatus());
    }

    private long run(LocalDate day) throws Exception {
        Properties parameters = new Properties();
        parameters.setProperty(Jobs.DATE, day.toString());
        long execution = batch.call(() -> operations.start(Jobs.LICENCE_EXPIRY, parameters));
        JobExecution ended = JobRuns.awaitEnd(batch, operations, execution);
        assertEquals(BatchStatus.COMPLETED, ended.getBatchStatus(), ended.getExitStatus());
        return execution;
    }

    private long expiredMessages(String licenceNo) {
        return customs.outbox(licenceNo).stream()
                .map(OutboxMessage::getEventType)
                .filter(CustomsOutbox.LICENCE_EXPIRED::equals)
                .count();
    }
}
