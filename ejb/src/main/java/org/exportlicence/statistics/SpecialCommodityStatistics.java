package org.exportlicence.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.util.List;
import java.util.Locale;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.platform.Roles;

/** 大米专项查询/统计 and 焦炭专项查询/统计 — the caller's rice or coke licences and their totals. */
@Stateless
@RolesAllowed({
    Roles.ENTERPRISE,
    Roles.OFFICER_FIRST,
    Roles.OFFICER_SECOND,
    Roles.ISSUER,
    Roles.QUOTA_OFFICER,
    Roles.ADMIN
})
public class SpecialCommodityStatistics {
    public ResultPage<SpecialLicenceRow> licences(SpecialFilter filter, PageRequest page) {
        throw new UnsupportedOperationException("issue 14: 专项查询");
    }

    /** Totals by product name, exporter and country (and unit). */
    public List<SpecialTotalRow> totals(SpecialFilter filter) {
        throw new UnsupportedOperationException("issue 14: 专项统计");
    }

    public byte[] licencesXlsx(SpecialFilter filter, Locale locale) {
        throw new UnsupportedOperationException("issue 14: 专项查询");
    }

    public byte[] totalsXlsx(SpecialFilter filter, Locale locale) {
        throw new UnsupportedOperationException("issue 14: 专项统计");
    }
}
