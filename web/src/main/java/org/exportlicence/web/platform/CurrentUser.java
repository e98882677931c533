package org.exportlicence.web.platform;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.exportlicence.enterprise.UserDirectory;
import org.exportlicence.enterprise.UserProfile;
import org.exportlicence.platform.Roles;

/** The signed-in user as the header and menu show them; read once per session. */
@Named
@SessionScoped
public class CurrentUser implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private UserDirectory directory;

    @Inject
    private LocaleSelection localeSelection;

    private UserProfile profile;

    public UserProfile getProfile() {
        if (profile == null) {
            profile = directory.currentProfile();
        }
        return profile;
    }

    public String getDisplayName() {
        return getProfile().displayName();
    }

    /** OWN, DEPARTMENT or ORGANISATION: the key of the 本人/本部门/本公司 label. */
    public String getDataScope() {
        return getProfile().dataScope().name();
    }

    public java.util.List<String> getRoles() {
        return getProfile().roles().stream().sorted().toList();
    }

    public boolean hasRole(String role) {
        return getProfile().hasRole(role);
    }

    public boolean isEnterprise() {
        return hasRole(Roles.ENTERPRISE);
    }

    public boolean isOfficer() {
        return hasRole(Roles.OFFICER_FIRST)
                || hasRole(Roles.OFFICER_SECOND)
                || hasRole(Roles.ISSUER)
                || hasRole(Roles.QUOTA_OFFICER);
    }

    public boolean isAdmin() {
        return hasRole(Roles.ADMIN);
    }

    /** The enterprise or authority the user acts for, in the reader's language. */
    public String getOrganisation() {
        UserProfile p = getProfile();
        if (p.organisationCode() == null) {
            return null;
        }
        return localeSelection.isEnglish() && p.organisationNameEn() != null
                ? p.organisationNameEn()
                : p.organisationNameZh();
    }
}
