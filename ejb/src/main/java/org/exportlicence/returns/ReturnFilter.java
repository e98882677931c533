package org.exportlicence.returns;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The request lists' search conditions, any may be empty: licence number (prefix), enterprise (part
 * of its name or its code; officers), submission date range, licence issue date range (inclusive)
 * and status.
 */
public record ReturnFilter(
        String licenceNo,
        String enterprise,
        LocalDate submittedFrom,
        LocalDate submittedTo,
        LocalDate issuedFrom,
        LocalDate issuedTo,
        RequestStatus status)
        implements Serializable {

    public static ReturnFilter none() {
        return new ReturnFilter(null, null, null, null, null, null, null);
    }
}
