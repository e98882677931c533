package org.exportlicence.batch;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Properties;
import org.exportlicence.platform.Roles;

/**
 * Starts, restarts and stops jobs as the principal batch-jobs (role BATCH): the batch runtime runs a
 * job with the identity that started it, so the jobs' steps may call the services that only the
 * jobs may call, and the audit trail names batch-jobs as who expired a licence. The scheduler calls
 * it directly, operators through {@code JobControl}.
 *
 * <p>Outside the caller's transaction: the batch runtime keeps its job repository with connections of its
 * own, and on a database without the repository's tables it creates them at its first use; inside a
 * container transaction those CREATE TABLEs were never committed and the first start failed with
 * "relation jobinstancedata does not exist" (the batch benchmark on the volume database).
 */
@Stateless
@RolesAllowed(Roles.BATCH)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchOperations {

    public long start(String job, Properties parameters) {
        if (!Jobs.ALL.contains(job)) {
            throw new IllegalArgumentException("No such job: " + job);
        }
        return operator().start(job, parameters);
    }

    /** Restarts a failed or stopped execution from its last checkpoint; returns the new execution's id. */
    public long restart(long executionId, Properties parameters) {
        return operator().restart(executionId, parameters);
    }

    public void stop(long executionId) {
        operator().stop(executionId);
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
