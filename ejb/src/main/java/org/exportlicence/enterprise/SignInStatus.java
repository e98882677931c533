package org.exportlicence.enterprise;

import java.io.Serializable;

/**
 * What the sign-in protection knows before a sign-in is checked: whether the account or the
 * client address is locked, and whether the account has failures counted (which a success clears).
 */
public record SignInStatus(boolean locked, boolean accountFailuresCounted) implements Serializable {
    public static final SignInStatus CLEAR = new SignInStatus(false, false);
}
