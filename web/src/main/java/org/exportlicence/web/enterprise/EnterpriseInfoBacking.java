package org.exportlicence.web.enterprise;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.exportlicence.enterprise.Enterprise;
import org.exportlicence.enterprise.EnterpriseDetails;
import org.exportlicence.enterprise.EnterpriseRegistry;
import org.exportlicence.web.platform.Messages;
import org.exportlicence.web.platform.UserAction;

/** enterprise/info.xhtml — 申请企业信息: the caller's own enterprise master data, shown and edited. */
@Named
@ViewScoped
public class EnterpriseInfoBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private EnterpriseRegistry registry;

    @Inject
    private Messages messages;

    @Inject
    private UserAction actions;

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
        Enterprise saved = actions.result("info", () -> registry.updateOwn(details));
        if (saved != null) {
            enterprise = saved;
            details = EnterpriseDetails.of(enterprise);
            editing = false;
            messages.info("enterprise.saved");
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
