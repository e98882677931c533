package org.exportlicence.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.util.List;
import java.util.Locale;
import org.exportlicence.platform.Roles;

/** 综合统计 — the caller's licences grouped by 商品大类码, 发证商品 or enterprise, computed by the database. */
@Stateless
@RolesAllowed({
    Roles.ENTERPRISE,
    Roles.OFFICER_FIRST,
    Roles.OFFICER_SECOND,
    Roles.ISSUER,
    Roles.QUOTA_OFFICER,
    Roles.ADMIN
})
public class SummaryStatistics {
    public List<SummaryRow> groups(SummaryFilter filter) {
        throw new UnsupportedOperationException("issue 14: 综合统计");
    }

    public byte[] xlsx(SummaryFilter filter, Locale locale) {
        throw new UnsupportedOperationException("issue 14: 综合统计");
    }
}
