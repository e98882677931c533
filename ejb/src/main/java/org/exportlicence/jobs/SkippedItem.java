package org.exportlicence.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/** An item a job's skip policy set aside, with why: shown with the job's execution, never lost. */
@Entity
@Table(name = "job_skipped_item")
public class SkippedItem implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "job_skipped_item_seq")
    @SequenceGenerator(name = "job_skipped_item_seq", sequenceName = "job_skipped_item_seq", allocationSize = 50)
    private Long id;

    @Column(name = "job_name", nullable = false, length = 40)
    private String jobName;

    @Column(name = "job_instance_id", nullable = false)
    private long jobInstanceId;

    @Column(name = "job_execution_id", nullable = false)
    private long jobExecutionId;

    @Column(name = "step_name", nullable = false, length = 40)
    private String stepName;

    @Column(length = 200)
    private String item;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected SkippedItem() {}

    SkippedItem(
            String jobName,
            long jobInstanceId,
            long jobExecutionId,
            String stepName,
            String item,
            String reason,
            LocalDateTime recordedAt) {
        this.jobName = jobName;
        this.jobInstanceId = jobInstanceId;
        this.jobExecutionId = jobExecutionId;
        this.stepName = stepName;
        this.item = item;
        this.reason = reason;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public String getJobName() {
        return jobName;
    }

    public long getJobInstanceId() {
        return jobInstanceId;
    }

    public long getJobExecutionId() {
        return jobExecutionId;
    }

    public String getStepName() {
        return stepName;
    }

    public String getItem() {
        return item;
    }

    public String getReason() {
        return reason;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }
}
