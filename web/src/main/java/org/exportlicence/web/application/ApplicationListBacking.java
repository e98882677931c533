package org.exportlicence.web.application;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Set;
import org.exportlicence.application.Application;
import org.exportlicence.application.ApplicationAction;
import org.exportlicence.application.ApplicationService;
import org.exportlicence.application.ApplicationStatus;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.web.platform.Messages;
import org.exportlicence.web.platform.QueryLazyModel;

/**
 * What the enterprise's application lists (上报申请, 待审申请, 复审未通过) share: the caller's own
 * applications in some states, paged and sorted by the database, and actions that show their outcome
 * or their refusal as a message.
 */
public abstract class ApplicationListBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    protected ApplicationService service;

    @Inject
    protected Messages messages;

    private final QueryLazyModel<Application> model = new QueryLazyModel<>(
            page -> service.listOwn(statuses(), page), Application::getNumber);

    /** The states this list shows. */
    protected abstract Set<ApplicationStatus> statuses();

    public QueryLazyModel<Application> getModel() {
        return model;
    }

    /** Whether an action (a name of {@link ApplicationAction}) is open for the row, to show its button. */
    public boolean allowed(Application row, String action) {
        return row != null && ApplicationAction.valueOf(action).allowedFrom(row.getStatus());
    }

    /** Runs one service action; on success shows {@code doneKey}, otherwise the refusal. */
    protected boolean act(ServiceAction action, String doneKey, Object... arguments) {
        try {
            action.run();
            messages.info(doneKey, arguments);
            return true;
        } catch (BusinessException e) {
            messages.refusal(e, null);
            return false;
        }
    }

    /** A call to the application service. */
    @FunctionalInterface
    protected interface ServiceAction {
        void run();
    }
}
