package org.exportlicence.platform;

import java.util.Map;

/** A JPQL condition with its named parameters, e.g. the caller's data scope over an alias. */
public record Condition(String jpql, Map<String, Object> parameters) {
    public Condition {
        parameters = Map.copyOf(parameters);
    }
}
