package org.exportlicence.web.returns;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.returns.RequestKind;
import org.exportlicence.returns.RequestStatus;
import org.exportlicence.returns.ReturnQueries;
import org.exportlicence.returns.ReturnRequest;

/**
 * returns/query.xhtml?kind=deletion|writeoff — 删除申请表查询 / 核销申请表查询: every request of the
 * enterprise (待上报, 退回, 待审核, 审核通过), by licence number, submission dates, licence issue
 * dates and status; the licence number opens the licence.
 */
@Named
@ViewScoped
public class ReturnQueryBacking extends ReturnListBacking {
    private static final long serialVersionUID = 1L;

    @Override
    protected ResultPage<ReturnRequest> rows(RequestKind kind, PageRequest page) {
        return queries.listOwn(kind, ReturnQueries.LISTED, filter(), page);
    }

    @Override
    protected String titleKey(RequestKind kind) {
        return "menu.returns." + kind.getParameter() + ".query";
    }

    /** The states the status condition offers, in the seed's order. */
    public List<RequestStatus> getStatuses() {
        return List.of(RequestStatus.SAVED, RequestStatus.RETURNED, RequestStatus.SUBMITTED, RequestStatus.APPROVED);
    }
}
