package org.exportlicence.licence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A licence the licence-expiry job marked 已过期, and which run did it: the job's report. One row per
 * licence (its key), so no licence is expired, audited or told to customs twice.
 */
@Entity
@Table(name = "licence_expiry")
public class ExpiredLicence implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "licence_id")
    private Long licenceId;

    @Column(name = "job_instance_id", nullable = false)
    private long jobInstanceId;

    @Column(name = "licence_no", nullable = false, length = 20)
    private String licenceNo;

    @Column(name = "expiry_date", nullable = false)
    private LocalDate expiryDate;

    @Column(name = "expired_on", nullable = false)
    private LocalDate expiredOn;

    protected ExpiredLicence() {}

    ExpiredLicence(long licenceId, String licenceNo, LocalDate expiryDate, long jobInstanceId, LocalDate expiredOn) {
        this.licenceId = licenceId;
        this.jobInstanceId = jobInstanceId;
        this.licenceNo = licenceNo;
        this.expiryDate = expiryDate;
        this.expiredOn = expiredOn;
    }

    public Long getLicenceId() {
        return licenceId;
    }

    public long getJobInstanceId() {
        return jobInstanceId;
    }

    public String getLicenceNo() {
        return licenceNo;
    }

    public LocalDate getExpiryDate() {
        return expiryDate;
    }

    public LocalDate getExpiredOn() {
        return expiredOn;
    }
}
