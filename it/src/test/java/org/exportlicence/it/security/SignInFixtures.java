package org.exportlicence.it.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Set;
import org.exportlicence.enterprise.DataScope;
import org.exportlicence.enterprise.PasswordPolicy;
import org.exportlicence.enterprise.PlatformUser;
import org.exportlicence.it.enterprise.EnterpriseFixtures;
import org.exportlicence.platform.Roles;
import org.exportlicence.reference.IssuingAuthority;

/**
 * Users of the sign-in protection tests, made per test so that no demo account is ever locked.
 * Deployed inside the EJB module of SignInProtectionIT's deployment, beside the persistence unit.
 */
@Stateless
@PermitAll
public class SignInFixtures {
    static final String PASSWORD = "Guard@2026";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    /** New first reviewers of 天津, all with {@link #PASSWORD} hashed as in production. */
    public void createUsers(String... usernames) {
        passwordHash.initialize(PasswordPolicy.HASH_PARAMETERS);
        String hash = passwordHash.generate(PASSWORD.toCharArray());
        IssuingAuthority tianjin = em.find(IssuingAuthority.class, EnterpriseFixtures.TIANJIN);
        for (String username : usernames) {
            em.persist(PlatformUser.ofAuthority(
                    tianjin, "许可证处", username, hash, "登录保护测试", DataScope.OWN, Set.of(Roles.OFFICER_FIRST)));
        }
    }
}
