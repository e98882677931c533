package org.exportlicence.web.returns;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.exportlicence.audit.AuditEvent;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.returns.RequestAction;
import org.exportlicence.returns.ReturnCommands;
import org.exportlicence.returns.ReturnQueries;
import org.exportlicence.returns.ReturnRequest;
import org.exportlicence.returns.ReturnView;
import org.exportlicence.web.platform.PageParameters;
import org.exportlicence.web.platform.UserAction;

/**
 * returns/view.xhtml?id= — one deletion or write-off request as the enterprise sees it: the licence,
 * the request, the authority's decision or reason, the quota given back, the history; 修改, 上报 and
 * 删除 where the state allows.
 */
@Named
@ViewScoped
public class ReturnViewBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private ReturnCommands returnCommands;

    @EJB
    private ReturnQueries returnQueries;

    @Inject
    private UserAction actions;

    private String idParameter;
    private Long id;
    private String loadError;
    private ReturnRequest request;
    private List<AuditEvent> history;

    /** Page action: reads the request; "not found" for anything the caller may not see. */
    public void load() {
        loadError = actions.loadError(() -> {
            id = PageParameters.id(idParameter);
            read();
        });
        if (loadError != null) {
            request = null;
        }
    }

    public void submit() {
        act(() -> returnCommands.submit(request.getId(), request.getVersion()), "returns.submitted");
    }

    public void delete() {
        act(() -> returnCommands.delete(request.getId(), request.getVersion()), "returns.deleted");
    }

    private void act(UserAction.Call call, String doneKey) {
        actions.run(
                null,
                call,
                doneKey,
                request.getKind().labelKey(),
                request.getLicence().getNumber());
        if (actions.loadError(this::read) != null) {
            // Deleted just now: it has left every list, and the page shows nothing more of it.
            request = null;
        }
    }

    private void read() {
        if (id == null) {
            throw new BusinessException("error.notFound");
        }
        ReturnView view = returnQueries.view(id);
        request = view.request();
        history = view.history();
    }

    public boolean allowed(String action) {
        return request != null && RequestAction.valueOf(action).allowedFrom(request.getStatus());
    }

    /** The id as typed in the address; read in {@link #load()}. */
    public String getIdParameter() {
        return idParameter;
    }

    public void setIdParameter(String idParameter) {
        this.idParameter = idParameter;
    }

    public Long getId() {
        return id;
    }

    public String getLoadError() {
        return loadError;
    }

    public ReturnRequest getRequest() {
        return request;
    }

    public List<AuditEvent> getHistory() {
        return history;
    }
}
