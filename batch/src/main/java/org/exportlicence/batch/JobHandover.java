package org.exportlicence.batch;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.LocalDateTime;
import java.util.Properties;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.platform.Roles;

/**
 * The operators' way to the batch runtime, through {@link BatchOperations} as the principal
 * batch-jobs (run-as role BATCH, principal named in glassfish-ejb-jar.xml): the runtime runs a job
 * with the identity that started it, so the steps of a job an operator started may call the services
 * only the jobs may call, as those of a scheduled run do; and it shows a job's executions only to the
 * bean that started them, so the operators read them there as well. {@link JobControl} decides and
 * audits first. Outside the operator's transaction: the job repository commits on its own.
 */
@Stateless
@RunAs(Roles.BATCH)
@RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobHandover {
    @EJB
    private BatchOperations operations;

    public long start(String job, Properties parameters) {
        return operations.start(job, parameters);
    }

    public long restart(long executionId, Properties parameters) {
        return operations.restart(executionId, parameters);
    }

    public void stop(long executionId) {
        operations.stop(executionId);
    }

    public ResultPage<JobRun> runs(String job, PageRequest page, LocalDateTime now) {
        return operations.runs(job, page, now);
    }

    public JobRun run(long executionId, LocalDateTime now) {
        return operations.run(executionId, now);
    }

    public Properties parameters(long executionId) {
        return operations.parameters(executionId);
    }
}
