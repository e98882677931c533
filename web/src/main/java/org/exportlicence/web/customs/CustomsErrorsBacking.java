package org.exportlicence.web.customs;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.exportlicence.customs.CustomsErrors;
import org.exportlicence.customs.CustomsMessageError;
import org.exportlicence.customs.OutboxBacklog;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.web.platform.ListBacking;
import org.exportlicence.web.platform.UserAction;

/**
 * customs/errors.xhtml — 海关报文异常: the messages from customs the platform set aside
 * (unreadable, too large, or failing again and again), newest first, with the reason; an officer
 * reads one and replays it to the inbound queue once its cause is dealt with.
 */
@Named
@ViewScoped
public class CustomsErrorsBacking extends ListBacking<CustomsMessageError> {
    private static final long serialVersionUID = 1L;

    @EJB
    private CustomsErrors errors;

    @Inject
    private UserAction actions;

    private CustomsMessageError.Status status = CustomsMessageError.Status.NEW;
    /** The message whose body the dialog shows. */
    private CustomsMessageError shown;

    private OutboxBacklog backlog;

    @Override
    protected ResultPage<CustomsMessageError> rows(PageRequest page) {
        return errors.list(status, page);
    }

    @Override
    protected String rowKey(CustomsMessageError row) {
        return String.valueOf(row.getId());
    }

    public void show(CustomsMessageError row) {
        shown = row;
    }

    public void replay(CustomsMessageError row) {
        actions.run(null, () -> errors.replay(row.getId(), row.getVersion()), "customs.error.replayed", row.getId());
    }

    /** Read once per view: the page shows whether delivery to customs is held up. */
    public OutboxBacklog getBacklog() {
        if (backlog == null) {
            backlog = errors.outboxBacklog();
        }
        return backlog;
    }

    public List<CustomsMessageError.Status> getStatuses() {
        return List.of(CustomsMessageError.Status.values());
    }

    public CustomsMessageError.Status getStatus() {
        return status;
    }

    public void setStatus(CustomsMessageError.Status status) {
        this.status = status;
    }

    public CustomsMessageError getShown() {
        return shown;
    }
}
