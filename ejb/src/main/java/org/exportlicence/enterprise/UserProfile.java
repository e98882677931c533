package org.exportlicence.enterprise;

import java.io.Serializable;
import java.util.Set;

/**
 * What the screens show of the signed-in user: name, roles, the organisation they act for and the
 * data-scope level of their lists.
 */
public record UserProfile(
        String username,
        String displayName,
        Set<String> roles,
        String organisationCode,
        String organisationNameZh,
        String organisationNameEn,
        String department,
        DataScope dataScope)
        implements Serializable {

    public UserProfile {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
