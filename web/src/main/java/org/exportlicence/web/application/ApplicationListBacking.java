package org.exportlicence.web.application;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.util.Set;
import org.exportlicence.application.Application;
import org.exportlicence.application.ApplicationAction;
import org.exportlicence.application.ApplicationCommands;
import org.exportlicence.application.ApplicationQueries;
import org.exportlicence.application.ApplicationStatus;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.web.platform.ListBacking;
import org.exportlicence.web.platform.UserAction;

/**
 * What the enterprise's application lists (上报申请, 待审申请, 复审未通过) share: the caller's own
 * applications in some states, and actions that show their outcome or their refusal as a message.
 */
public abstract class ApplicationListBacking extends ListBacking<Application> {
    private static final long serialVersionUID = 1L;

    @EJB
    protected ApplicationQueries queries;

    @EJB
    protected ApplicationCommands commands;

    @Inject
    protected UserAction actions;

    /** The states this list shows. */
    protected abstract Set<ApplicationStatus> statuses();

    @Override
    protected ResultPage<Application> rows(PageRequest page) {
        return queries.listOwn(statuses(), page);
    }

    @Override
    protected String rowKey(Application row) {
        return row.getNumber();
    }

    /** Whether an action (a name of {@link ApplicationAction}) is open for the row, to show its button. */
    public boolean allowed(Application row, String action) {
        return row != null && ApplicationAction.valueOf(action).allowedFrom(row.getStatus());
    }
}
