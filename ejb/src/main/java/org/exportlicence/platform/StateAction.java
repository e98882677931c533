package org.exportlicence.platform;

import java.util.Set;
import java.util.function.Supplier;

/**
 * An action of a state machine whose table is an enum of {@link Transition}s (applications,
 * deletion and write-off requests): anything a row does not allow is refused.
 */
public interface StateAction<S extends Enum<S>> {
    Transition<S> transition();

    /** The bundle key of the action's name. */
    String labelKey();

    default boolean allowedFrom(S status) {
        return transition().from().contains(status);
    }

    /** The state after the action; an action without a target (modify, print) keeps the state. */
    default S target(S current) {
        return transition().to() == null ? current : transition().to();
    }

    default Set<S> from() {
        return transition().from();
    }

    default String role() {
        return transition().role();
    }

    default boolean reasonRequired() {
        return transition().reasonRequired();
    }

    /**
     * Checks that the action may start from {@code current} with the given reason; returns the
     * reason as it is kept (stripped, null when blank). Refused with {@code notAllowed}'s exception,
     * or at the field "reason" when it is missing or longer than {@code maxReason}.
     */
    default String check(S current, String reason, int maxReason, Supplier<BusinessException> notAllowed) {
        if (!allowedFrom(current)) {
            throw notAllowed.get();
        }
        String kept = reason == null || reason.isBlank() ? null : reason.strip();
        if (reasonRequired() && kept == null) {
            throw BusinessException.atField("reason", "application.error.reasonRequired");
        }
        if (kept != null && kept.length() > maxReason) {
            throw BusinessException.atField("reason", "error.tooLong", maxReason);
        }
        return kept;
    }
}
