package org.exportlicence.ekey;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * An e-key just issued: the row, its serial and validity, and the one-time password of its PKCS#12 file,
 * shown to the administrator once and never stored.
 */
public record IssuedEkey(long id, String serialNumber, LocalDateTime notBefore, LocalDateTime notAfter, String password)
        implements Serializable {}
