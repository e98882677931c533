package org.exportlicence.web.platform;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import org.exportlicence.platform.Roles;

/**
 * Container-managed sign-in: the form of {@link FormLoginMechanism}, checked by
 * {@link PlatformIdentityStore} against the app_user table (PBKDF2 password hashes, roles from
 * app_user_role, inactive users refused), throttled and locked by the sign-in protection
 * ({@link org.exportlicence.enterprise.SignInAttempts}).
 */
@ApplicationScoped
@DeclareRoles({
    Roles.ENTERPRISE,
    Roles.OFFICER_FIRST,
    Roles.OFFICER_SECOND,
    Roles.ISSUER,
    Roles.QUOTA_OFFICER,
    Roles.ADMIN
})
public class SecurityConfiguration {}
