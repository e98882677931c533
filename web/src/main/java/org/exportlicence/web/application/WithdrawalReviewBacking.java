package org.exportlicence.web.application;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** application/withdrawal-review.xhtml — 撤销审核: applications whose enterprise asked to withdraw them. */
@Named
@ViewScoped
public class WithdrawalReviewBacking extends ReviewQueueBacking {
    private static final long serialVersionUID = 1L;

    @Override
    public ReviewQueue queue() {
        return ReviewQueue.WITHDRAWAL;
    }
}
