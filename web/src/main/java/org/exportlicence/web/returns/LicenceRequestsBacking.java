package org.exportlicence.web.returns;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.exportlicence.returns.ReturnQueries;
import org.exportlicence.returns.ReturnRequest;

/**
 * The deletion and write-off requests of the licence a page shows (WEB-INF/tags/licence-returns.xhtml),
 * read once per licence and view, within the caller's scope.
 */
@Named
@ViewScoped
public class LicenceRequestsBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private ReturnQueries returnQueries;

    private String licenceNo;
    private List<ReturnRequest> requests;

    public List<ReturnRequest> of(String number) {
        if (number == null) {
            return List.of();
        }
        if (requests == null || !number.equals(licenceNo)) {
            licenceNo = number;
            requests = returnQueries.ofLicence(number);
        }
        return requests;
    }
}
