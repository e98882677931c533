package org.exportlicence.web.reference;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.exportlicence.reference.IssuingAuthority;

/** reference/issuing-authorities.xhtml — 发证机构. */
@Named
@ViewScoped
public class IssuingAuthorityListBacking extends CodeTableBacking<IssuingAuthority> {
    private static final long serialVersionUID = 1L;

    public IssuingAuthorityListBacking() {
        super(IssuingAuthority.class);
    }
}
