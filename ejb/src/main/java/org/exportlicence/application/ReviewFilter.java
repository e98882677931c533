package org.exportlicence.application;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The officer queues' search conditions; any may be empty: 申请表号 (prefix), enterprise (part of
 * its name or its code), commodity code (prefix) and submission date range (inclusive).
 */
public record ReviewFilter(
        String number, String enterprise, String commodityCode, LocalDate submittedFrom, LocalDate submittedTo)
        implements Serializable {

    public static ReviewFilter none() {
        return new ReviewFilter(null, null, null, null, null);
    }
}
