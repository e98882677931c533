package org.exportlicence.web.enterprise;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import org.exportlicence.enterprise.Enterprise;
import org.exportlicence.enterprise.EnterpriseQueries;
import org.exportlicence.enterprise.EnterpriseQueries.EnterpriseFilter;
import org.exportlicence.enterprise.EnterpriseStatus;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.reference.IssuingAuthority;
import org.exportlicence.web.platform.ListBacking;

/**
 * enterprise/registry.xhtml — 企业登记: the enterprises of the officer's authority (the administrator's:
 * all, filtered by authority too), by name, enterprise code, USCC and status; each opens its
 * registration page, and 登记企业 opens an empty one.
 */
@Named
@ViewScoped
public class EnterpriseRegistryBacking extends ListBacking<Enterprise> {
    private static final long serialVersionUID = 1L;

    @EJB
    private EnterpriseQueries queries;

    private String name;
    private String enterpriseCode;
    private String uscc;
    private EnterpriseStatus status;
    private String authorityCode;
    private List<IssuingAuthority> authorities;

    @Override
    protected ResultPage<Enterprise> rows(PageRequest page) {
        return queries.list(new EnterpriseFilter(name, enterpriseCode, uscc, status, authorityCode), page);
    }

    @Override
    protected String rowKey(Enterprise row) {
        return String.valueOf(row.getId());
    }

    public List<EnterpriseStatus> getStatuses() {
        return List.of(EnterpriseStatus.values());
    }

    /** The authorities to filter by: the administrator's choice (an officer sees their own only). */
    public List<IssuingAuthority> getAuthorities() {
        if (authorities == null) {
            authorities = queries.authorities();
        }
        return authorities;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEnterpriseCode() {
        return enterpriseCode;
    }

    public void setEnterpriseCode(String enterpriseCode) {
        this.enterpriseCode = enterpriseCode;
    }

    public String getUscc() {
        return uscc;
    }

    public void setUscc(String uscc) {
        this.uscc = uscc;
    }

    public EnterpriseStatus getStatus() {
        return status;
    }

    public void setStatus(EnterpriseStatus status) {
        this.status = status;
    }

    public String getAuthorityCode() {
        return authorityCode;
    }

    public void setAuthorityCode(String authorityCode) {
        this.authorityCode = authorityCode;
    }
}
