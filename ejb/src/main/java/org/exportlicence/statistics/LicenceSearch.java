package org.exportlicence.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.util.Locale;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.platform.Roles;

/** 综合查询 — applications and their licences by many conditions, paged and sorted by the database. */
@Stateless
@RolesAllowed({
    Roles.ENTERPRISE,
    Roles.OFFICER_FIRST,
    Roles.OFFICER_SECOND,
    Roles.ISSUER,
    Roles.QUOTA_OFFICER,
    Roles.ADMIN
})
public class LicenceSearch {
    /** One page of the caller's applications (with their licence, if any) that meet the filter. */
    public ResultPage<SearchRow> list(SearchFilter filter, PageRequest page) {
        throw new UnsupportedOperationException("issue 14: 综合查询");
    }

    /** The whole result as .xlsx (streaming). */
    public byte[] xlsx(SearchFilter filter, Locale locale) {
        throw new UnsupportedOperationException("issue 14: 综合查询");
    }
}
