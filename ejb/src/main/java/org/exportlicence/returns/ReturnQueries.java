package org.exportlicence.returns;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.exportlicence.audit.AuditEvent;
import org.exportlicence.audit.AuditTrail;
import org.exportlicence.enterprise.UserDirectory;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.platform.Roles;
import org.exportlicence.platform.Sorting;

/**
 * 许可证退换 — what the screens read about deletion and write-off requests, always within the caller's
 * data scope: one request and its history, a licence's requests, and the lists (删除申请表管理 /
 * 删除申请表查询, their write-off twins, and the officers' 删除申请审核 / 核销申请审核).
 */
@Stateless
@RolesAllowed({Roles.ENTERPRISE, Roles.OFFICER_FIRST, Roles.OFFICER_SECOND, Roles.ISSUER})
public class ReturnQueries {
    /** The states the lists show: every one but that of the requests the enterprise deleted. */
    public static final Set<RequestStatus> LISTED =
            Set.of(RequestStatus.SAVED, RequestStatus.SUBMITTED, RequestStatus.RETURNED, RequestStatus.APPROVED);

    private static final Sorting SORTING = Sorting.by("l.number.value", "l.number.value asc, r.id asc")
            .and("status", "r.status")
            .and("updatedAt", "r.updatedAt")
            .and("submittedAt", "r.submittedAt")
            .and("reviewedAt", "r.reviewedAt")
            .and("licence.validity.issueDate", "l.validity.issueDate");

    @EJB
    private ReturnRequests requests;

    @EJB
    private UserDirectory users;

    @EJB
    private AuditTrail audit;

    /** One request the caller may see; "not found" for anything else, whether it exists or not. */
    public ReturnRequest find(long id) {
        return requests.inScope(id, null);
    }

    /** The detail page's whole read: the request and its history. */
    public ReturnView view(long id) {
        ReturnRequest request = requests.inScope(id, null);
        return new ReturnView(request, audit.history(request.auditSubject()));
    }

    public List<AuditEvent> history(long id) {
        return audit.history(requests.inScope(id, null).auditSubject());
    }

    /** The deletion and write-off requests of one licence within the caller's scope, oldest first. */
    public List<ReturnRequest> ofLicence(String licenceNo) {
        return requests.scoped(users.caller(), null)
                .where("l.number.value = :licenceNo", "licenceNo", licenceNo == null ? "" : licenceNo.strip())
                .where("r.status in :statuses", "statuses", LISTED)
                .list("r.createdAt, r.id");
    }

    /**
     * 删除申请表管理 / 删除申请表查询 and their write-off twins: the caller's enterprise's requests of
     * one kind in the given states (within the caller's data scope), filtered, sorted by licence
     * number unless another column is asked for, one page at a time.
     */
    @RolesAllowed(Roles.ENTERPRISE)
    public ResultPage<ReturnRequest> listOwn(
            RequestKind kind, Set<RequestStatus> statuses, ReturnFilter filter, PageRequest page) {
        return list(kind, statuses, filter, page);
    }

    /** 删除申请审核 / 核销申请审核: the requests of the officer's authority in the given states. */
    @RolesAllowed({Roles.OFFICER_FIRST, Roles.OFFICER_SECOND, Roles.ISSUER})
    public ResultPage<ReturnRequest> listForAuthority(
            RequestKind kind, Set<RequestStatus> statuses, ReturnFilter filter, PageRequest page) {
        return list(kind, statuses, filter, page);
    }

    private ResultPage<ReturnRequest> list(
            RequestKind kind, Set<RequestStatus> statuses, ReturnFilter filter, PageRequest page) {
        Set<RequestStatus> shown = EnumSet.noneOf(RequestStatus.class);
        shown.addAll(statuses);
        shown.retainAll(LISTED);
        if (filter.status() != null) {
            shown.retainAll(EnumSet.of(filter.status()));
        }
        if (shown.isEmpty()) {
            return new ResultPage<>(List.of(), 0);
        }
        return requests.scoped(users.caller(), kind)
                .where("r.status in :statuses", "statuses", shown)
                .startsWith("l.number.value", "licenceNo", filter.licenceNo())
                .contains(
                        "enterprise",
                        filter.enterprise(),
                        "r.ownership.enterprise.nameZh",
                        "r.ownership.enterprise.enterpriseCode")
                .withinDays("r.submittedAt", "submitted", filter.submittedFrom(), filter.submittedTo())
                .between("l.validity.issueDate", "issued", filter.issuedFrom(), filter.issuedTo())
                .page(page, SORTING);
    }
}
