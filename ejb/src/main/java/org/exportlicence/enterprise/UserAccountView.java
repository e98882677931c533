package org.exportlicence.enterprise;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A user account as 用户管理 shows it: who, for which enterprise or authority, department, data scope,
 * roles, certificate subject and state. Never the password or its hash.
 */
public record UserAccountView(
        Long id,
        int version,
        String username,
        String displayName,
        boolean clerk,
        String organisationCode,
        String organisationNameZh,
        String organisationNameEn,
        String department,
        DataScope dataScope,
        List<String> roles,
        String certificateSubject,
        UserAccountStatus status,
        boolean mustChangePassword,
        LocalDateTime passwordChangedAt)
        implements Serializable {

    public UserAccountView {
        roles = List.copyOf(roles);
    }

    static UserAccountView of(PlatformUser u) {
        Enterprise e = u.getEnterprise();
        var a = u.getAuthority();
        return new UserAccountView(
                u.getId(),
                u.getVersion(),
                u.getUsername(),
                u.getDisplayName(),
                e != null,
                e != null ? e.getEnterpriseCode() : a != null ? a.getCode() : null,
                e != null ? e.getNameZh() : a != null ? a.getNameZh() : null,
                e != null ? e.getNameEn() : a != null ? a.getNameEn() : null,
                u.getDepartment(),
                u.getDataScope(),
                u.getRoles().stream().sorted().toList(),
                u.getCertificateSubject(),
                UserAccountStatus.of(u),
                u.isMustChangePassword(),
                u.getPasswordChangedAt());
    }

    /** An officer of an issuing authority (whose roles the administrator chooses). */
    public boolean officer() {
        return !clerk && organisationCode != null;
    }

    public boolean active() {
        return status != UserAccountStatus.INACTIVE;
    }

    public boolean locked() {
        return status == UserAccountStatus.LOCKED;
    }

    // Bean-style getters: Jakarta EL 5 does not read record components.
    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public boolean isClerk() {
        return clerk;
    }

    public String getOrganisationCode() {
        return organisationCode;
    }

    public String getOrganisationNameZh() {
        return organisationNameZh;
    }

    public String getOrganisationNameEn() {
        return organisationNameEn;
    }

    public String getDepartment() {
        return department;
    }

    public DataScope getDataScope() {
        return dataScope;
    }

    public List<String> getRoles() {
        return roles;
    }

    public String getCertificateSubject() {
        return certificateSubject;
    }

    public UserAccountStatus getStatus() {
        return status;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public LocalDateTime getPasswordChangedAt() {
        return passwordChangedAt;
    }
}
