package org.exportlicence.platform;

import java.util.List;

/** A form with one or more refused inputs; nothing was saved. */
public class ValidationException extends BusinessException {
    private static final long serialVersionUID = 1L;

    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.get(0).field(), errors.get(0).messageKey(), errors.get(0).arguments());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
