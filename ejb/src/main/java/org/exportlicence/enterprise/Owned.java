package org.exportlicence.enterprise;

/**
 * A record with an owner, embedded as the attribute {@code ownership}: what {@link Caller#scope}
 * scopes. Applications, licences and deletion/write-off requests are owned.
 */
public interface Owned {
    Ownership ownership();
}
