package org.exportlicence.quota;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * How far one quota-reconciliation run (job instance, with its restarts) got: quotas checked and
 * differences found, written in each chunk's transaction with the differences and the checkpoint.
 */
@Entity
@Table(name = "quota_reconciliation_run")
public class QuotaReconciliationRun implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "job_instance_id")
    private Long jobInstanceId;

    @Column(name = "quota_year", nullable = false)
    private int year;

    @Column(name = "quotas_checked", nullable = false)
    private long quotasChecked;

    @Column(name = "differences_found", nullable = false)
    private long differencesFound;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected QuotaReconciliationRun() {}

    QuotaReconciliationRun(long jobInstanceId, int year, LocalDateTime startedAt) {
        this.jobInstanceId = jobInstanceId;
        this.year = year;
        this.startedAt = startedAt;
        this.updatedAt = startedAt;
    }

    void checked(int quotas, int differences, LocalDateTime at) {
        quotasChecked += quotas;
        differencesFound += differences;
        updatedAt = at;
    }

    public long getJobInstanceId() {
        return jobInstanceId;
    }

    public int getYear() {
        return year;
    }

    public long getQuotasChecked() {
        return quotasChecked;
    }

    public long getDifferencesFound() {
        return differencesFound;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
