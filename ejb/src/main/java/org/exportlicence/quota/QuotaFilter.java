package org.exportlicence.quota;

import java.io.Serializable;

/**
 * 配额管理's search conditions, any may be empty: year, commodity category code, enterprise (part of
 * its name or its code) and document number (prefix).
 */
public record QuotaFilter(Integer year, String categoryCode, String enterprise, String documentNo)
        implements Serializable {

    public static QuotaFilter none() {
        return new QuotaFilter(null, null, null, null);
    }
}
