package org.exportlicence.web.application;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.exportlicence.application.Application;
import org.exportlicence.application.ApplicationAction;
import org.exportlicence.application.ApplicationCommands;
import org.exportlicence.application.ApplicationQueries;
import org.exportlicence.application.ApplicationView;
import org.exportlicence.application.SealCheck;
import org.exportlicence.audit.AuditEvent;
import org.exportlicence.web.platform.UserAction;

/**
 * application/view.xhtml?number= — one application as a whole: every box, the 合同信息表, its state,
 * whether the enterprise's electronic seal still verifies, and its history; 复制 always, 修改 and 撤销
 * where the state allows.
 */
@Named
@ViewScoped
public class ApplicationViewBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private ApplicationCommands applicationCommands;

    @EJB
    private ApplicationQueries applicationQueries;

    @Inject
    private UserAction actions;

    private String number;
    private String loadError;
    private Application application;
    private SealCheck seal;
    private List<AuditEvent> history;

    /** Page action: reads the application; "not found" for anything the caller may not see. */
    public void load() {
        loadError = actions.loadError(this::read);
        if (loadError != null) {
            application = null;
        }
    }

    /** 撤销 on a 待初审 application. */
    public void requestWithdrawal() {
        actions.run(
                null,
                () -> applicationCommands.requestWithdrawal(application.getNumber(), application.getVersion()),
                "application.withdrawalRequested",
                application.getNumber());
        actions.run(null, this::read);
    }

    private void read() {
        String wanted = number == null ? null : number.strip();
        ApplicationView view = applicationQueries.view(wanted);
        application = view.application();
        seal = view.seal();
        history = view.history();
    }

    public boolean isModifiable() {
        return application != null && ApplicationAction.MODIFY.allowedFrom(application.getStatus());
    }

    public boolean isWithdrawable() {
        return application != null && ApplicationAction.REQUEST_WITHDRAWAL.allowedFrom(application.getStatus());
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getLoadError() {
        return loadError;
    }

    public Application getApplication() {
        return application;
    }

    public SealCheck getSeal() {
        return seal;
    }

    public List<AuditEvent> getHistory() {
        return history;
    }
}
