package org.exportlicence.platform;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Container-managed sign-in: the form of {@link FormLoginMechanism}, checked against the app_user table, passwords hashed with PBKDF2, roles from app_user_role. Inactive
 * users cannot sign in.
 */
@ApplicationScoped
@DeclareRoles({Roles.ENTERPRISE, Roles.OFFICER_FIRST, Roles.OFFICER_SECOND, Roles.ISSUER, Roles.ADMIN})
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:app/jdbc/elp",
        callerQuery = "SELECT password_hash FROM app_user WHERE username = ? AND active = TRUE",
        groupsQuery = "SELECT r.role_name FROM app_user_role r JOIN app_user u ON u.id = r.user_id WHERE u.username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
            "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations=120000",
            "Pbkdf2PasswordHash.SaltSizeBytes=32",
            "Pbkdf2PasswordHash.KeySizeBytes=32"
        })
public class SecurityConfiguration {
}
