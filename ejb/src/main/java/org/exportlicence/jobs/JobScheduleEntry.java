package org.exportlicence.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/** The latest due time of one scheduled job that an instance of the platform claimed and ran. */
@Entity
@Table(name = "job_schedule")
public class JobScheduleEntry implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "job_name", length = 40)
    private String jobName;

    @Column(name = "last_due", nullable = false)
    private LocalDateTime lastDue;

    @Column(name = "claimed_by", length = 100)
    private String claimedBy;

    @Column(name = "claimed_at")
    private LocalDateTime claimedAt;

    protected JobScheduleEntry() {}

    JobScheduleEntry(String jobName, LocalDateTime lastDue) {
        this.jobName = jobName;
        this.lastDue = lastDue;
    }

    public String getJobName() {
        return jobName;
    }

    public LocalDateTime getLastDue() {
        return lastDue;
    }

    public String getClaimedBy() {
        return claimedBy;
    }

    public LocalDateTime getClaimedAt() {
        return claimedAt;
    }
}
