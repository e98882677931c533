package org.exportlicence.web.licence;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import org.exportlicence.application.Application;
import org.exportlicence.application.ApplicationService;
import org.exportlicence.application.ApplicationStatus;
import org.exportlicence.application.ReviewFilter;
import org.exportlicence.licence.Licence;
import org.exportlicence.licence.LicenceIssuer;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.web.platform.Messages;
import org.exportlicence.web.platform.QueryLazyModel;

/** licence/issue-queue.xhtml — 生成电子许可证: the authority's approved applications, one click to issue each. */
@Named
@ViewScoped
public class LicenceIssueQueueBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private ApplicationService applications;

    @EJB
    private LicenceIssuer issuer;

    @Inject
    private Messages messages;

    private final QueryLazyModel<Application> model = new QueryLazyModel<>(
            page -> applications.listForAuthority(EnumSet.of(ApplicationStatus.APPROVED), ReviewFilter.none(), page),
            Application::getNumber);

    public void issue(Application row) {
        try {
            Licence licence = issuer.issue(row.getNumber(), row.getVersion());
            messages.info("licence.issued", licence.getNumber(), row.getNumber());
        } catch (BusinessException e) {
            messages.refusal(e, null);
        }
    }

    public QueryLazyModel<Application> getModel() {
        return model;
    }
}
