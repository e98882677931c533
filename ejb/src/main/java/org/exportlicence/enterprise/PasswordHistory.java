package org.exportlicence.enterprise;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Sets a user's password and remembers its hash among their last {@value PasswordRules#REMEMBERED}
 * (older ones are deleted), and tells whether a password is one of them. Used by the services of
 * this package in their transaction; hashes as the identity store checks them ({@link PasswordPolicy}).
 */
@Dependent
class PasswordHistory {
    /** What every hash of {@link PasswordPolicy} starts with; anything else is no password login. */
    static final String HASH_PREFIX = PasswordPolicy.HASH_PARAMETERS.get("Pbkdf2PasswordHash.Algorithm") + ":";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Pbkdf2PasswordHash hashing;

    @Inject
    private Clock clock;

    @PostConstruct
    void init() {
        hashing.initialize(PasswordPolicy.HASH_PARAMETERS);
    }

    String hash(String password) {
        return hashing.generate(password.toCharArray());
    }

    /** Whether {@code password} is the one the stored hash was made of (false for no password login). */
    boolean matches(String password, String storedHash) {
        return storedHash != null
                && storedHash.startsWith(HASH_PREFIX)
                && hashing.verify(password.toCharArray(), storedHash);
    }

    /** Sets the password (already hashed), temporary or the user's own, and remembers it. */
    void set(PlatformUser user, String hash, boolean temporary) {
        LocalDateTime now = LocalDateTime.now(clock);
        user.changePassword(hash, temporary, now);
        em.persist(new PasswordHistoryEntry(user, hash, now));
        List<PasswordHistoryEntry> kept = recent(user, Integer.MAX_VALUE);
        kept.stream().skip(PasswordRules.REMEMBERED).forEach(em::remove);
    }

    /** Whether the password is the current one or one of the last remembered. */
    boolean usedRecently(PlatformUser user, String password) {
        if (matches(password, user.getPasswordHash())) {
            return true;
        }
        return recent(user, PasswordRules.REMEMBERED).stream().anyMatch(e -> matches(password, e.getPasswordHash()));
    }

    private List<PasswordHistoryEntry> recent(PlatformUser user, int max) {
        return em.createQuery(
                        "select h from PasswordHistoryEntry h where h.user = :user order by h.changedAt desc, h.id desc",
                        PasswordHistoryEntry.class)
                .setParameter("user", user)
                .setMaxResults(max)
                .getResultList();
    }
}
