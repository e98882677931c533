package org.exportlicence.enterprise;

import java.time.Duration;

/**
 * The numbers of the sign-in protection, read from server (system) properties so that an operator
 * can change them without a build (asadmin create-system-properties, or -D in the domain):
 * <ul>
 * <li>{@code elp.signin.lock-after} (5): failures in a row that lock an account, whether it exists or not;</li>
 * <li>{@code elp.signin.address-lock-after} (20): failures from one client address that lock the address;</li>
 * <li>{@code elp.signin.window-minutes} (15): a failure older than this is forgotten;</li>
 * <li>{@code elp.signin.lock-minutes} (15): how long a lock lasts;</li>
 * <li>{@code elp.signin.first-delay-ms} (250) and {@code elp.signin.max-delay-ms} (3000): the answer to a
 * failed sign-in is held back, nothing for the first failure in a row, then 250 ms doubling with each
 * further failure, at most 3 s (so 0, 250, 500, 1000, 2000 ms up to the lock; 3 s while locked).</li>
 * </ul>
 * The address counts the same way over the last {@code lock-after} failures before its own lock,
 * so a person who mistypes from a shared office address is not slowed.
 */
public record SignInPolicy(
        int lockAfter,
        int addressLockAfter,
        Duration window,
        Duration lockDuration,
        Duration firstDelay,
        Duration maxDelay) {

    public static final String PREFIX = "elp.signin.";

    public SignInPolicy {
        lockAfter = Math.max(1, lockAfter);
        addressLockAfter = Math.max(lockAfter, addressLockAfter);
    }

    /** The current numbers; read at every use, so a changed property applies at once. */
    public static SignInPolicy fromSystemProperties() {
        return new SignInPolicy(
                Integer.getInteger(PREFIX + "lock-after", 5),
                Integer.getInteger(PREFIX + "address-lock-after", 20),
                Duration.ofMinutes(Long.getLong(PREFIX + "window-minutes", 15)),
                Duration.ofMinutes(Long.getLong(PREFIX + "lock-minutes", 15)),
                Duration.ofMillis(Long.getLong(PREFIX + "first-delay-ms", 250)),
                Duration.ofMillis(Long.getLong(PREFIX + "max-delay-ms", 3000)));
    }

    /** How long to hold back the answer after a failure, given the failures in a row now counted. */
    public Duration delayAfter(int accountFailures, int addressFailures) {
        int inRow = Math.max(accountFailures, addressFailures - (addressLockAfter - lockAfter));
        if (inRow <= 1) {
            return Duration.ZERO;
        }
        long millis = firstDelay.toMillis() << Math.min(inRow - 2, 20);
        return Duration.ofMillis(Math.min(millis, maxDelay.toMillis()));
    }

    /** The answer to an attempt refused because of a lock. */
    public Duration delayWhileLocked() {
        return maxDelay;
    }
}
