package org.exportlicence.enterprise;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** enterprise/info.xhtml — 申请企业信息: the caller's own enterprise master data, read only here. */
@Named
@ViewScoped
public class EnterpriseInfoBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private EnterpriseRegistry registry;

    private Enterprise enterprise;

    @PostConstruct
    void init() {
        enterprise = registry.ownEnterprise();
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }
}
