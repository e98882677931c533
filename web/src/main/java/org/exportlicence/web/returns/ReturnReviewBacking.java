package org.exportlicence.web.returns;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.EnumSet;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.returns.RequestKind;
import org.exportlicence.returns.RequestStatus;
import org.exportlicence.returns.ReturnRequest;

/**
 * returns/review-queue.xhtml?kind=deletion|writeoff — 删除申请审核 / 核销申请审核: the submitted
 * requests of the officer's authority, by licence number, enterprise and submission date; each
 * opens returns/review.xhtml for the decision.
 */
@Named
@ViewScoped
public class ReturnReviewBacking extends ReturnListBacking {
    private static final long serialVersionUID = 1L;

    @Override
    protected ResultPage<ReturnRequest> rows(RequestKind kind, PageRequest page) {
        return queries.listForAuthority(kind, EnumSet.of(RequestStatus.SUBMITTED), filter(), page);
    }

    @Override
    protected String titleKey(RequestKind kind) {
        return titleKeyOf(kind);
    }

    /** The queue's menu label. */
    static String titleKeyOf(RequestKind kind) {
        return kind == RequestKind.DELETION ? "menu.officer.deletionReview" : "menu.officer.writeOffReview";
    }
}
