package org.exportlicence.statistics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.exportlicence.audit.AuditSubject;

/**
 * 统计月报发布 — one run of the monthly-report job's publication of a closed month: prepared by the run
 * (its job instance), then the month's published snapshot ({@link PublishedFigures}) until a later run
 * with replace=true replaces it. {@code currentMonth} is set only while it is the month's published
 * snapshot, and unique, so a month is published at most once at a time.
 */
@Entity
@Table(name = "monthly_publication")
public class MonthlyPublication implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "monthly_publication_seq")
    @SequenceGenerator(name = "monthly_publication_seq", sequenceName = "monthly_publication_seq", allocationSize = 50)
    private Long id;

    /** yyyy-MM. */
    @Column(name = "report_month", nullable = false, length = 7)
    private String reportMonth;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private PublicationStatus status;

    @Column(name = "current_month", length = 7)
    private String currentMonth;

    @Column(name = "job_instance_id", nullable = false)
    private long jobInstanceId;

    @Column(name = "replace_requested", nullable = false)
    private boolean replaceRequested;

    /** The operator who started the run, when the run says so (job parameter startedBy); null for the schedule. */
    @Column(name = "requested_by", length = 50)
    private String requestedBy;

    @Column(name = "prepared_at", nullable = false)
    private LocalDateTime preparedAt;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    @Column(name = "published_by", length = 50)
    private String publishedBy;

    @Column(name = "replaced_at")
    private LocalDateTime replacedAt;

    @Column(name = "replaced_by", length = 50)
    private String replacedBy;

    @Column(name = "replaced_by_instance")
    private Long replacedByInstance;

    protected MonthlyPublication() {}

    MonthlyPublication(
            YearMonth month, long jobInstanceId, boolean replaceRequested, String requestedBy, LocalDateTime now) {
        this.reportMonth = month.toString();
        this.status = PublicationStatus.PREPARING;
        this.jobInstanceId = jobInstanceId;
        this.replaceRequested = replaceRequested;
        this.requestedBy = requestedBy == null || requestedBy.isBlank() ? null : clip(requestedBy.strip());
        this.preparedAt = now;
    }

    /** Becomes the month's published snapshot (the month's previous one, if any, was replaced first). */
    void publish(LocalDateTime now, String by) {
        move(PublicationStatus.PUBLISHED);
        this.currentMonth = reportMonth;
        this.publishedAt = now;
        this.publishedBy = by;
    }

    /** No longer the month's snapshot: {@code by} published it anew in job instance {@code instance}. */
    void replace(LocalDateTime now, String by, long instance) {
        move(PublicationStatus.REPLACED);
        this.currentMonth = null;
        this.replacedAt = now;
        this.replacedBy = by;
        this.replacedByInstance = instance;
    }

    void abandon() {
        move(PublicationStatus.ABANDONED);
    }

    private void move(PublicationStatus next) {
        if (!status.canBecome(next)) {
            throw new IllegalStateException("A publication " + status + " cannot become " + next);
        }
        status = next;
    }

    public AuditSubject auditSubject() {
        return AuditSubject.of("MONTHLY_REPORT", reportMonth);
    }

    private static String clip(String text) {
        return text.length() <= 50 ? text : text.substring(0, 50);
    }

    public Long getId() {
        return id;
    }

    public YearMonth getMonth() {
        return YearMonth.parse(reportMonth);
    }

    public String getReportMonth() {
        return reportMonth;
    }

    public PublicationStatus getStatus() {
        return status;
    }

    public long getJobInstanceId() {
        return jobInstanceId;
    }

    public boolean isReplaceRequested() {
        return replaceRequested;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public LocalDateTime getPreparedAt() {
        return preparedAt;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public LocalDateTime getReplacedAt() {
        return replacedAt;
    }

    public String getReplacedBy() {
        return replacedBy;
    }

    public Long getReplacedByInstance() {
        return replacedByInstance;
    }
}
