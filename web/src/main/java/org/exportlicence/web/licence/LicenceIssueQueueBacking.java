package org.exportlicence.web.licence;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import org.exportlicence.application.Application;
import org.exportlicence.application.ApplicationQueries;
import org.exportlicence.application.ApplicationStatus;
import org.exportlicence.application.ReviewFilter;
import org.exportlicence.licence.Licence;
import org.exportlicence.licence.LicenceIssuer;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.web.platform.ListBacking;
import org.exportlicence.web.platform.Messages;
import org.exportlicence.web.platform.UserAction;

/** licence/issue-queue.xhtml — 生成电子许可证: the authority's approved applications, one click to issue each. */
@Named
@ViewScoped
public class LicenceIssueQueueBacking extends ListBacking<Application> {
    private static final long serialVersionUID = 1L;

    @EJB
    private ApplicationQueries applicationQueries;

    @EJB
    private LicenceIssuer issuer;

    @Inject
    private Messages messages;

    @Inject
    private UserAction actions;

    @Override
    protected ResultPage<Application> rows(PageRequest page) {
        return applicationQueries.listForAuthority(EnumSet.of(ApplicationStatus.APPROVED), ReviewFilter.none(), page);
    }

    @Override
    protected String rowKey(Application row) {
        return row.getNumber();
    }

    public void issue(Application row) {
        Licence licence = actions.result(null, () -> issuer.issue(row.getNumber(), row.getVersion()));
        if (licence != null) {
            messages.info("licence.issued", licence.getNumber(), row.getNumber());
        }
    }
}
