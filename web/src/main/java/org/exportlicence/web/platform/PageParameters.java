package org.exportlicence.web.platform;

import org.exportlicence.platform.BusinessException;

/**
 * Page parameters as typed in an address bar. Read as text and converted here, in the page action,
 * so that garbage ("id=x") is "not found" like an unknown id: a failed Faces conversion would skip
 * the page action and leave the page half set up.
 */
public final class PageParameters {
    private PageParameters() {}

    /** A record id; null when the parameter is absent; "not found" when it is not a positive number. */
    public static Long id(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(parameter.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // falls through: not an id of anything
        }
        throw new BusinessException("error.notFound");
    }
}
