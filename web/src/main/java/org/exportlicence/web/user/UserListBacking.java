package org.exportlicence.web.user;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import org.exportlicence.enterprise.UserAccountStatus;
import org.exportlicence.enterprise.UserAccountView;
import org.exportlicence.enterprise.UserQueries;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.reference.IssuingAuthority;
import org.exportlicence.web.platform.ListBacking;

/**
 * user/list.xhtml — 用户管理: the accounts the caller manages (the administrator all; an authority's
 * officers their region's enterprise clerks), filtered by name, enterprise, authority and state.
 */
@Named
@ViewScoped
public class UserListBacking extends ListBacking<UserAccountView> {
    private static final long serialVersionUID = 1L;

    @EJB
    private UserQueries users;

    private String text;
    private String enterprise;
    private String authorityCode;
    private UserAccountStatus status;
    private List<IssuingAuthority> authorities;

    @PostConstruct
    void init() {
        authorities = users.authorities();
    }

    @Override
    protected ResultPage<UserAccountView> rows(PageRequest page) {
        return users.list(new UserQueries.UserFilter(text, enterprise, authorityCode, status), page);
    }

    @Override
    protected String rowKey(UserAccountView row) {
        return String.valueOf(row.id());
    }

    public List<UserAccountStatus> getStatuses() {
        return List.of(UserAccountStatus.values());
    }

    public List<IssuingAuthority> getAuthorities() {
        return authorities;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getEnterprise() {
        return enterprise;
    }

    public void setEnterprise(String enterprise) {
        this.enterprise = enterprise;
    }

    public String getAuthorityCode() {
        return authorityCode;
    }

    public void setAuthorityCode(String authorityCode) {
        this.authorityCode = authorityCode;
    }

    public UserAccountStatus getStatus() {
        return status;
    }

    public void setStatus(UserAccountStatus status) {
        this.status = status;
    }
}
