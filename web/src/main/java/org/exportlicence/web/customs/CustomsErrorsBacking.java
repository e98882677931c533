package org.exportlicence.web.customs;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.exportlicence.customs.CustomsErrors;
import org.exportlicence.customs.CustomsMessageError;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.web.platform.Messages;
import org.exportlicence.web.platform.QueryLazyModel;

/**
 * customs/errors.xhtml — 海关报文异常: the messages from customs the platform set aside
 * (unreadable, too large, or failing again and again), newest first, with the reason; an officer
 * reads one and replays it to the inbound queue once its cause is dealt with.
 */
@Named
@ViewScoped
public class CustomsErrorsBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private CustomsErrors errors;

    @Inject
    private Messages messages;

    private CustomsMessageError.Status status = CustomsMessageError.Status.NEW;
    private CustomsMessageError selected;
    private CustomsErrors.OutboxBacklog backlog;

    private final QueryLazyModel<CustomsMessageError> model = new QueryLazyModel<>(
            page -> errors.list(status, page), e -> String.valueOf(e.getId()));

    public void show(CustomsMessageError row) {
        selected = row;
    }

    public void replay(CustomsMessageError row) {
        try {
            errors.replay(row.getId(), row.getVersion());
            messages.info("customs.error.replayed", row.getId());
        } catch (BusinessException e) {
            messages.refusal(e, null);
        }
    }

    /** Read once per view: the page shows whether delivery to customs is held up. */
    public CustomsErrors.OutboxBacklog getBacklog() {
        if (backlog == null) {
            backlog = errors.outboxBacklog();
        }
        return backlog;
    }

    public QueryLazyModel<CustomsMessageError> getModel() {
        return model;
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

    public CustomsMessageError getSelected() {
        return selected;
    }
}
