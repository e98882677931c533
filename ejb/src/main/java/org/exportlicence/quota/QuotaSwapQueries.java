package org.exportlicence.quota;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;
import org.exportlicence.audit.AuditEvent;
import org.exportlicence.audit.AuditTrail;
import org.exportlicence.enterprise.Caller;
import org.exportlicence.enterprise.UserDirectory;
import org.exportlicence.platform.NotFoundException;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.platform.Roles;
import org.exportlicence.platform.Sorting;
import org.exportlicence.reference.CommodityCategory;

/**
 * 钨锑钼配额调换 — what the screens read, always within the caller's scope: the enterprise's swap
 * records (有色金属钨锑钼配额调换), the authority's queue of filed swaps, one swap and its history, and
 * what the entry form offers (the enterprise's swappable quotas, the swappable categories of a year).
 */
@Stateless
@RolesAllowed({Roles.ENTERPRISE, Roles.QUOTA_OFFICER, Roles.ADMIN})
public class QuotaSwapQueries {
    private static final Sorting RECORDS = Sorting.by("s.filedAt", "s.id desc")
            .and("year", "s.year")
            .and("status", "s.status")
            .and("quantity", "s.quantity")
            .and("decidedAt", "s.decidedAt");
    private static final Sorting QUEUE = Sorting.by("s.filedAt", "s.id asc")
            .and("enterprise", "s.ownership.enterprise.nameZh")
            .and("quantity", "s.quantity");

    @EJB
    private QuotaSwaps swaps;

    @EJB
    private UserDirectory users;

    @EJB
    private AuditTrail audit;

    /** 有色金属钨锑钼配额调换: the enterprise's swaps (within the clerk's data scope), of one year or all. */
    @RolesAllowed(Roles.ENTERPRISE)
    public ResultPage<QuotaSwap> records(Integer year, QuotaSwapStatus status, PageRequest page) {
        return swaps.scoped(users.caller())
                .whereGiven("s.year = :year", "year", year)
                .whereGiven("s.status = :status", "status", status)
                .page(page, RECORDS);
    }

    /** 钨锑钼配额调换审核: the filed swaps of the officer's authority (all for the administrator), oldest first. */
    @RolesAllowed({Roles.QUOTA_OFFICER, Roles.ADMIN})
    public ResultPage<QuotaSwap> queue(String enterprise, PageRequest page) {
        return swaps.scoped(users.caller())
                .where("s.status = :status", "status", QuotaSwapStatus.FILED)
                .contains(
                        "enterprise",
                        enterprise,
                        "s.ownership.enterprise.nameZh",
                        "s.ownership.enterprise.enterpriseCode")
                .page(page, QUEUE);
    }

    /** One swap the caller may see; "not found" for anything else, whether it exists or not. */
    public QuotaSwap find(long id) {
        return swaps.inScope(id);
    }

    public List<AuditEvent> history(long id) {
        return audit.history(swaps.inScope(id).auditSubject());
    }

    /** The entry form's source and receiving quotas: the caller's enterprise's tungsten, antimony and molybdenum quotas. */
    @RolesAllowed(Roles.ENTERPRISE)
    public List<Quota> swappableQuotas() {
        Caller caller = users.caller();
        if (!caller.isEnterpriseUser()) {
            throw new NotFoundException();
        }
        return swaps.swappableQuotas(caller.enterpriseId());
    }

    /** The categories a new line of a year may be of. */
    public List<CommodityCategory> categories(int year) {
        return swaps.categories(year);
    }
}
