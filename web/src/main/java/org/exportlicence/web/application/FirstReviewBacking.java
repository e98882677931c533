package org.exportlicence.web.application;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** application/first-review.xhtml — 初审: submitted applications waiting for the first review. */
@Named
@ViewScoped
public class FirstReviewBacking extends ReviewQueueBacking {
    private static final long serialVersionUID = 1L;

    @Override
    public ReviewQueue queue() {
        return ReviewQueue.FIRST;
    }
}
