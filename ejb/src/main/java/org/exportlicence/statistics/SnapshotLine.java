package org.exportlicence.statistics;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One line of a published month as the job computes it and the report shows it: whose figures (scope),
 * the issuing authority, the unit of measure, the month's licences, quantity and total USD, and the
 * year's up to the month's end (累计).
 */
public record SnapshotLine(
        ScopeKind scopeKind,
        String scopeCode,
        String authorityCode,
        String unitCode,
        long licences,
        BigDecimal quantity,
        BigDecimal totalUsd,
        long cumulativeLicences,
        BigDecimal cumulativeQuantity,
        BigDecimal cumulativeUsd)
        implements Serializable {}
