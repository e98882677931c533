package org.exportlicence.enterprise;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A user account as 用户管理 enters it: for a new account everything, for an existing one what may
 * change (name, department, data scope, an officer's roles, certificate subject). A clerk belongs to
 * an enterprise ({@code enterpriseCode}), an officer to an authority ({@code authorityCode}).
 */
public class UserAccountForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private int version;
    private boolean clerk = true;
    private String username;
    private String displayName;
    private String enterpriseCode;
    private String authorityCode;
    private String department;
    private DataScope dataScope = DataScope.OWN;
    private List<String> roles = new ArrayList<>();
    private String certificateSubject;
    private String initialPassword;

    public static UserAccountForm of(UserAccountView v) {
        UserAccountForm f = new UserAccountForm();
        f.version = v.version();
        f.clerk = v.clerk();
        f.username = v.username();
        f.displayName = v.displayName();
        f.enterpriseCode = v.clerk() ? v.organisationCode() : null;
        f.authorityCode = v.clerk() ? null : v.organisationCode();
        f.department = v.department();
        f.dataScope = v.dataScope();
        f.roles = new ArrayList<>(v.roles());
        f.certificateSubject = v.certificateSubject();
        return f;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public boolean isClerk() {
        return clerk;
    }

    public void setClerk(boolean clerk) {
        this.clerk = clerk;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEnterpriseCode() {
        return enterpriseCode;
    }

    public void setEnterpriseCode(String enterpriseCode) {
        this.enterpriseCode = enterpriseCode;
    }

    public String getAuthorityCode() {
        return authorityCode;
    }

    public void setAuthorityCode(String authorityCode) {
        this.authorityCode = authorityCode;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public DataScope getDataScope() {
        return dataScope;
    }

    public void setDataScope(DataScope dataScope) {
        this.dataScope = dataScope;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }

    public String getCertificateSubject() {
        return certificateSubject;
    }

    public void setCertificateSubject(String certificateSubject) {
        this.certificateSubject = certificateSubject;
    }

    /** The initial password of a new account (temporary: changed at the first sign-in); never read back. */
    public String getInitialPassword() {
        return initialPassword;
    }

    public void setInitialPassword(String initialPassword) {
        this.initialPassword = initialPassword;
    }
}
