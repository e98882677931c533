package org.exportlicence.web.application;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.Set;
import org.exportlicence.application.ApplicationStatus;

/** application/rejected-list.xhtml — 复审未通过: applications rejected at second review, with the reason. */
@Named
@ViewScoped
public class ApplicationRejectedListBacking extends ApplicationListBacking {
    private static final long serialVersionUID = 1L;

    @Override
    protected Set<ApplicationStatus> statuses() {
        return EnumSet.of(ApplicationStatus.REJECTED);
    }
}
