package org.exportlicence.platform;

import java.util.EnumSet;
import java.util.Set;

/**
 * One row of a state table: the states an action may start from, the state it leads to (null: the
 * state stays), the role that may take it and whether it needs a reason.
 */
public record Transition<S extends Enum<S>>(Set<S> from, S to, String role, boolean reasonRequired) {
    public Transition {
        from = Set.copyOf(from);
    }

    @SafeVarargs
    public static <S extends Enum<S>> Transition<S> from(S first, S... more) {
        return new Transition<>(EnumSet.of(first, more), null, null, false);
    }

    public Transition<S> to(S target) {
        return new Transition<>(from, target, role, reasonRequired);
    }

    public Transition<S> by(String takingRole) {
        return new Transition<>(from, to, takingRole, reasonRequired);
    }

    public Transition<S> withReason() {
        return new Transition<>(from, to, role, true);
    }
}
