package org.exportlicence.batch.licence;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import org.exportlicence.batch.JobParameters;
import org.exportlicence.licence.LicenceExpiry;

/**
 * Reads the ids of the licences due to expire, in id order, a page at a time; the checkpoint is the
 * last id handed out, so a restart reads on after the last committed chunk.
 */
@Named("expiryReader")
@Dependent
public class ExpiryReader extends AbstractItemReader {
    private static final int PAGE = 500;

    @Inject
    private JobContext job;

    @Inject
    private Clock clock;

    @EJB
    private LicenceExpiry expiry;

    private final Deque<Long> page = new ArrayDeque<>();
    private LocalDate day;
    private long lastId;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        day = JobParameters.of(job, clock).date();
        lastId = checkpoint == null ? 0L : (Long) checkpoint;
        page.clear(); // opened again when a chunk is retried: read on from the checkpoint
        exhausted = false;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            page.addAll(expiry.due(day, lastId, PAGE));
            exhausted = page.size() < PAGE;
        }
        Long id = page.poll();
        if (id != null) {
            lastId = id;
        }
        return id;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
