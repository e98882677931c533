package org.exportlicence.enterprise;

/** What an account's state allows: signing in (启用), nothing until unlocked (已锁定), nothing at all (已停用). */
public enum UserAccountStatus {
    ACTIVE("u.active = true and u.locked = false"),
    LOCKED("u.active = true and u.locked = true"),
    INACTIVE("u.active = false");

    private final String condition;

    UserAccountStatus(String condition) {
        this.condition = condition;
    }

    static UserAccountStatus of(PlatformUser user) {
        if (!user.isActive()) {
            return INACTIVE;
        }
        return user.isLocked() ? LOCKED : ACTIVE;
    }

    /** The JPQL condition on the user alias {@code u}. */
    String condition() {
        return condition;
    }

    public String labelKey() {
        return "user.status." + name();
    }
}
