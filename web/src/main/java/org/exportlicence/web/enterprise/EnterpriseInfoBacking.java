package org.exportlicence.web.enterprise;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.exportlicence.application.ValidationException;
import org.exportlicence.enterprise.Enterprise;
import org.exportlicence.enterprise.EnterpriseDetails;
import org.exportlicence.enterprise.EnterpriseRegistry;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.web.platform.Messages;

/** enterprise/info.xhtml — 申请企业信息: the caller's own enterprise master data, shown and edited. */
@Named
@ViewScoped
public class EnterpriseInfoBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private EnterpriseRegistry registry;

    @Inject
    private Messages messages;

    private Enterprise enterprise;
    private EnterpriseDetails details;
    private boolean editing;

    @PostConstruct
    void init() {
        enterprise = registry.ownEnterprise();
        details = EnterpriseDetails.of(enterprise);
    }

    public void edit() {
        details = EnterpriseDetails.of(enterprise);
        editing = true;
    }

    public void cancel() {
        editing = false;
    }

    public void save() {
        try {
            enterprise = registry.updateOwn(details);
            details = EnterpriseDetails.of(enterprise);
            editing = false;
            messages.info("enterprise.saved");
        } catch (ValidationException e) {
            messages.refusals(e, "info");
        } catch (BusinessException e) {
            messages.refusal(e, "info");
        }
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }

    public EnterpriseDetails getDetails() {
        return details;
    }

    public boolean isEditing() {
        return editing;
    }
}
