package org.exportlicence.web.application;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** application/second-review.xhtml — 复审: applications approved at first review, waiting for the second. */
@Named
@ViewScoped
public class SecondReviewBacking extends ReviewQueueBacking {
    private static final long serialVersionUID = 1L;

    @Override
    public ReviewQueue queue() {
        return ReviewQueue.SECOND;
    }
}
