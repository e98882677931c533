package org.exportlicence.platform;

/**
 * Nothing the caller may see has this key. Also what a caller gets for another enterprise's data,
 * so that guessing a number reveals nothing.
 */
public class NotFoundException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public NotFoundException() {
        super("error.notFound");
    }
}
