package org.exportlicence.platform;

import java.io.Serializable;

/** One refused input: the field, a message key and its arguments. */
public record FieldError(String field, String messageKey, Object... arguments) implements Serializable {}
