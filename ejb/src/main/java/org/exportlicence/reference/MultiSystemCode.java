package org.exportlicence.reference;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

/**
 * A code table that holds several code systems side by side: customs codes, statistics codes and
 * the wordings printed on the licence, which have no code of their own and map to a customs code.
 */
@MappedSuperclass
public abstract class MultiSystemCode extends CodeEntry {
    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "code_system", nullable = false, length = 10)
    private CodeSystem codeSystem;

    private String code;

    /** For a licence wording: the customs code(s) it stands for. */
    @Column(name = "maps_to")
    private String mapsTo;

    protected MultiSystemCode() {}

    public CodeSystem getCodeSystem() {
        return codeSystem;
    }

    public String getCode() {
        return code;
    }

    public String getMapsTo() {
        return mapsTo;
    }
}
