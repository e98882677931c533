package org.exportlicence.batch.licence;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.exportlicence.batch.JobParameters;
import org.exportlicence.licence.LicenceExpiry;

/**
 * Expires a chunk of licences in the chunk's transaction (statuses, audit events, outbox messages and
 * the report's rows commit with the checkpoint); the step's exit status counts the licences expired.
 */
@Named("expiryWriter")
@Dependent
public class ExpiryWriter extends AbstractItemWriter {
    @Inject
    private JobContext job;

    @Inject
    private StepContext step;

    @Inject
    private Clock clock;

    @EJB
    private LicenceExpiry expiry;

    private LocalDate day;
    private long expired;

    @Override
    public void open(Serializable checkpoint) {
        day = JobParameters.of(job, clock).date();
        expired = checkpoint == null ? 0L : (Long) checkpoint;
    }

    @Override
    public void writeItems(List<Object> items) {
        List<Long> ids = items.stream().map(Long.class::cast).toList();
        expired += expiry.expire(ids, day, job.getInstanceId());
        step.setExitStatus("EXPIRED " + expired);
        job.setExitStatus("EXPIRED " + expired);
    }

    @Override
    public Serializable checkpointInfo() {
        return expired;
    }
}
