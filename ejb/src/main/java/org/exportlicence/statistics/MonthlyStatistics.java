package org.exportlicence.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.util.List;
import java.util.Locale;
import org.exportlicence.platform.Roles;

/** 统计月报 — the caller's licences per month of a year, computed by the database. */
@Stateless
@RolesAllowed({
    Roles.ENTERPRISE,
    Roles.OFFICER_FIRST,
    Roles.OFFICER_SECOND,
    Roles.ISSUER,
    Roles.QUOTA_OFFICER,
    Roles.ADMIN
})
public class MonthlyStatistics {
    /** The months with licences, in month order, per unit of measure, with the year's cumulative figures. */
    public List<MonthRow> months(MonthlyFilter filter) {
        throw new UnsupportedOperationException("issue 14: 统计月报");
    }

    public byte[] xlsx(MonthlyFilter filter, Locale locale) {
        throw new UnsupportedOperationException("issue 14: 统计月报");
    }
}
