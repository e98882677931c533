package org.exportlicence.statistics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One line of a published month ({@link MonthlyPublication}): a scope's licences issued by one
 * authority in one unit of measure — the month's figures and the year's up to the month's end (累计)
 * as they were when the month was published. Written once by the job, never changed.
 */
@Entity
@Table(name = "monthly_snapshot")
public class PublishedFigures implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "monthly_snapshot_seq")
    @SequenceGenerator(name = "monthly_snapshot_seq", sequenceName = "monthly_snapshot_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "publication_id", nullable = false)
    private MonthlyPublication publication;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope_kind", nullable = false, length = 10)
    private ScopeKind scopeKind;

    @Column(name = "scope_code", nullable = false, length = 20)
    private String scopeCode;

    @Column(name = "authority_code", nullable = false, length = 20)
    private String authorityCode;

    @Column(name = "unit_code", nullable = false, length = 3)
    private String unitCode;

    @Column(nullable = false)
    private long licences;

    @Column(nullable = false, precision = 24, scale = 3)
    private BigDecimal quantity;

    @Column(name = "total_usd", nullable = false, precision = 24, scale = 2)
    private BigDecimal totalUsd;

    @Column(name = "cumulative_licences", nullable = false)
    private long cumulativeLicences;

    @Column(name = "cumulative_quantity", nullable = false, precision = 24, scale = 3)
    private BigDecimal cumulativeQuantity;

    @Column(name = "cumulative_usd", nullable = false, precision = 24, scale = 2)
    private BigDecimal cumulativeUsd;

    protected PublishedFigures() {}

    PublishedFigures(MonthlyPublication publication, ScopeKind scopeKind, String scopeCode, SnapshotLine line) {
        this.publication = publication;
        this.scopeKind = scopeKind;
        this.scopeCode = scopeCode;
        this.authorityCode = line.authorityCode();
        this.unitCode = line.unitCode();
        this.licences = line.licences();
        this.quantity = line.quantity();
        this.totalUsd = line.totalUsd();
        this.cumulativeLicences = line.cumulativeLicences();
        this.cumulativeQuantity = line.cumulativeQuantity();
        this.cumulativeUsd = line.cumulativeUsd();
    }

    /** The line as the report and its .xlsx show it. */
    public SnapshotLine line() {
        return new SnapshotLine(
                scopeKind,
                scopeCode,
                authorityCode,
                unitCode,
                licences,
                quantity,
                totalUsd,
                cumulativeLicences,
                cumulativeQuantity,
                cumulativeUsd);
    }

    public Long getId() {
        return id;
    }

    public MonthlyPublication getPublication() {
        return publication;
    }
}
