package org.exportlicence.platform;

import java.io.Serializable;

/**
 * A business identifier as a value: two identifiers of the same kind with the same text are equal,
 * and the text is how pages, messages and logs show it. Subclasses are {@code @Embeddable}s that keep
 * the text in their own column and validate it in their constructor.
 */
public abstract class Identifier implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The identifier as written, e.g. {@code 26-02-000051}. */
    public abstract String value();

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && value().equals(((Identifier) other).value());
    }

    @Override
    public final int hashCode() {
        return value().hashCode();
    }

    @Override
    public final String toString() {
        return value();
    }
}
