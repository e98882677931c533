package org.exportlicence.web.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;
import org.exportlicence.enterprise.PasswordPolicy;

/**
 * The users of the app_user table: password hash (PBKDF2, {@link PasswordPolicy}) and roles
 * (app_user_role); inactive users and users locked by 用户管理 cannot sign in (no hash is found for them,
 * so they are refused after the same work as a wrong password).
 *
 * <p>Written out instead of the built-in database identity store because that one computes a hash
 * only for users who exist, so the answer came 40 ms sooner for an unknown username and told who has an
 * account. Here an unknown, inactive or password-less user is checked against a dummy hash made
 * with the same parameters, so every refusal costs the same work.
 */
@ApplicationScoped
public class PlatformIdentityStore implements IdentityStore {
    private static final String PASSWORD_QUERY =
            "SELECT password_hash FROM app_user WHERE username = ? AND active = TRUE AND locked = FALSE";
    private static final String MUST_CHANGE_QUERY = "SELECT must_change_password FROM app_user WHERE username = ?";
    private static final String ROLES_QUERY =
            "SELECT r.role_name FROM app_user_role r JOIN app_user u ON u.id = r.user_id WHERE u.username = ?";
    /** What every hash of {@link PasswordPolicy} starts with; anything else (a user without password login) is no hash. */
    private static final String HASH_PREFIX = PasswordPolicy.HASH_PARAMETERS.get("Pbkdf2PasswordHash.Algorithm") + ":";

    @Resource(lookup = "java:app/jdbc/elp")
    private DataSource dataSource;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    private String dummyHash;

    @PostConstruct
    void init() {
        passwordHash.initialize(PasswordPolicy.HASH_PARAMETERS);
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        dummyHash =
                passwordHash.generate(Base64.getEncoder().encodeToString(secret).toCharArray());
    }

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String username = credential.getCaller();
        String stored = storedHash(username);
        boolean known = stored != null && stored.startsWith(HASH_PREFIX);
        boolean matches = passwordHash.verify(credential.getPassword().getValue(), known ? stored : dummyHash);
        if (!known || !matches) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(username, roles(username));
    }

    /** Whether the user signed in with a temporary password, which every page then asks to change. */
    public boolean mustChangePassword(String username) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(MUST_CHANGE_QUERY)) {
            query.setString(1, username);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() && rows.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read whether a user must change their password", e);
        }
    }

    private String storedHash(String username) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(PASSWORD_QUERY)) {
            query.setString(1, username);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the user table to check a sign-in", e);
        }
    }

    private Set<String> roles(String username) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(ROLES_QUERY)) {
            query.setString(1, username);
            Set<String> roles = new HashSet<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    roles.add(rows.getString(1));
                }
            }
            return roles;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the roles of a user who signs in", e);
        }
    }
}
