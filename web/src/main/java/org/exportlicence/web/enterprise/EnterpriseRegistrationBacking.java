package org.exportlicence.web.enterprise;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.exportlicence.audit.AuditEvent;
import org.exportlicence.enterprise.Enterprise;
import org.exportlicence.enterprise.EnterpriseQueries;
import org.exportlicence.enterprise.EnterpriseQueries.Department;
import org.exportlicence.enterprise.EnterpriseQueries.EnterpriseView;
import org.exportlicence.enterprise.EnterpriseRegistration;
import org.exportlicence.enterprise.EnterpriseRegistrations;
import org.exportlicence.enterprise.EnterpriseStatus;
import org.exportlicence.reference.IssuingAuthority;
import org.exportlicence.web.platform.Messages;
import org.exportlicence.web.platform.PageParameters;
import org.exportlicence.web.platform.ReasonDialog;
import org.exportlicence.web.platform.UserAction;

/**
 * enterprise/registration.xhtml?id= — one enterprise as its authority registers it: without an id an
 * empty form (登记企业), with one its data to correct, its departments, 暂停 / 恢复 with a reason and
 * its history. Every command is taken at the version the user saw; refusals show at their fields.
 */
@Named
@ViewScoped
public class EnterpriseRegistrationBacking implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String FORM = "registration";
    private static final String DEPARTMENTS = "departmentsForm";
    private static final String RENAME = "renameForm";

    @EJB
    private EnterpriseQueries queries;

    @EJB
    private EnterpriseRegistrations registrations;

    @Inject
    private Messages messages;

    @Inject
    private UserAction actions;

    private String idParameter;
    private Long id;
    private String loadError;
    private List<IssuingAuthority> authorities;
    private Enterprise enterprise;
    private EnterpriseRegistration form;
    private List<Department> departments = List.of();
    private List<AuditEvent> history = List.of();
    private String departmentLines;
    private String department;
    private String renaming;
    private String reason;

    /** Page action: an empty form without an id; the enterprise otherwise ("not found" outside the caller's scope). */
    public void load() {
        loadError = actions.loadError(() -> {
            id = PageParameters.id(idParameter);
            authorities = queries.authorities();
            if (id == null) {
                form = EnterpriseRegistration.blank(
                        authorities.size() == 1 ? authorities.get(0).getCode() : null);
            } else {
                read();
            }
        });
        if (loadError != null) {
            form = null;
        }
    }

    private void read() {
        EnterpriseView view = queries.view(id);
        enterprise = view.enterprise();
        form = view.registration();
        departments = view.departments();
        history = view.history();
    }

    /** 登记 (then the enterprise's own page) or 保存. */
    public String save() {
        if (isNew()) {
            form.setDepartments(
                    departmentLines == null
                            ? List.of()
                            : departmentLines
                                    .lines()
                                    .filter(line -> !line.isBlank())
                                    .toList());
            Enterprise registered = actions.result(FORM, () -> registrations.register(form));
            if (registered == null) {
                return null;
            }
            messages.info("enterprise.registration.registered", registered.getNameZh());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/enterprise/registration?faces-redirect=true&id=" + registered.getId();
        }
        if (actions.result(FORM, () -> registrations.update(id, form)) != null) {
            read();
            messages.info("enterprise.registration.saved");
        }
        return null;
    }

    /** 暂停 or 恢复, with the reason of the dialog. */
    public void changeStatus() {
        boolean suspend = !isSuspended();
        int seen = enterprise.getVersion();
        UserAction.Call call = suspend
                ? () -> registrations.suspend(id, seen, reason)
                : () -> registrations.reinstate(id, seen, reason);
        if (actions.run(ReasonDialog.FORM, call, ReasonDialog::refused)) {
            reason = null;
            read();
            messages.info(suspend ? "enterprise.registration.suspended" : "enterprise.registration.reinstated");
        }
    }

    public void addDepartment() {
        String name = department;
        if (actions.run(DEPARTMENTS, () -> registrations.addDepartment(id, enterprise.getVersion(), name))) {
            department = null;
            read();
            messages.info("enterprise.department.added", name);
        }
    }

    /** Opens the rename dialog for a department. */
    public void startRename(String name) {
        renaming = name;
        department = name;
    }

    public void rename() {
        String from = renaming;
        String to = department;
        if (actions.run(RENAME, () -> registrations.renameDepartment(id, enterprise.getVersion(), from, to))) {
            department = null;
            renaming = null;
            read();
            messages.info("enterprise.department.renamed", to);
        } else {
            org.primefaces.PrimeFaces.current().ajax().addCallbackParam("renameRefused", true);
        }
    }

    public void remove(String name) {
        if (actions.run(DEPARTMENTS, () -> registrations.removeDepartment(id, enterprise.getVersion(), name))) {
            read();
            messages.info("enterprise.department.removed", name);
        }
    }

    /** The question before a department is removed. */
    public String removeQuestion(String name) {
        return messages.text("enterprise.department.removeConfirm", name);
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isSuspended() {
        return enterprise != null && enterprise.getStatus() == EnterpriseStatus.SUSPENDED;
    }

    /** The administrator chooses the authority; an officer's is their own. */
    public boolean isAuthorityChoice() {
        return authorities != null && authorities.size() > 1;
    }

    /** The id as typed in the address; read in {@link #load()}. */
    public String getIdParameter() {
        return idParameter;
    }

    public void setIdParameter(String idParameter) {
        this.idParameter = idParameter;
    }

    public String getLoadError() {
        return loadError;
    }

    public List<IssuingAuthority> getAuthorities() {
        return authorities;
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }

    public EnterpriseRegistration getForm() {
        return form;
    }

    public List<Department> getDepartments() {
        return departments;
    }

    public List<AuditEvent> getHistory() {
        return history;
    }

    public String getDepartmentLines() {
        return departmentLines;
    }

    public void setDepartmentLines(String departmentLines) {
        this.departmentLines = departmentLines;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getRenaming() {
        return renaming;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
