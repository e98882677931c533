package org.exportlicence.batch.licence;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.exportlicence.batch.CountingWriter;
import org.exportlicence.batch.JobParameters;
import org.exportlicence.licence.LicenceExpiry;

/**
 * Expires a chunk of licences in the chunk's transaction (statuses, audit events, outbox messages and
 * the report's rows commit with the checkpoint); the step's exit status counts the licences expired.
 */
@Dependent
@Named("expiryWriter")
public class ExpiryWriter extends CountingWriter {
    @Inject
    private Clock clock;

    @EJB
    private LicenceExpiry expiry;

    private LocalDate day;

    public ExpiryWriter() {
        super("EXPIRED");
    }

    @Override
    public void open(Serializable checkpoint) {
        super.open(checkpoint);
        day = JobParameters.of(job(), clock).date();
    }

    @Override
    protected long write(List<Object> items, long before) {
        List<Long> ids = items.stream().map(Long.class::cast).toList();
        return before + expiry.expire(ids, day, job().getInstanceId());
    }
}
