package org.exportlicence.it.licence;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.exportlicence.application.Application;
import org.exportlicence.application.ApplicationCommands;
import org.exportlicence.application.ApplicationEntry;
import org.exportlicence.application.ApplicationForm;
import org.exportlicence.application.ApplicationQueries;
import org.exportlicence.it.roles.AsEnterprise;
import org.exportlicence.it.roles.AsIssuer;
import org.exportlicence.it.roles.AsOfficer;
import org.exportlicence.it.roles.AsSecondOfficer;
import org.exportlicence.licence.Licence;
import org.exportlicence.licence.LicenceIssuer;

/**
 * The tests' way to an approved application or an issued licence of test enterprise A: the clerk
 * saves, seals and submits, the first and second reviewers of 特办天津 approve, the issuer issues.
 */
@Stateless
@PermitAll
public class TestLicences {
    @EJB
    private ApplicationEntry applicationEntry;

    @EJB
    private ApplicationCommands applicationCommands;

    @EJB
    private ApplicationQueries applicationQueries;

    @EJB
    private LicenceIssuer issuer;

    @EJB
    private AsEnterprise clerk;

    @EJB
    private AsOfficer firstReviewer;

    @EJB
    private AsSecondOfficer secondReviewer;

    @EJB
    private AsIssuer issuingOfficer;

    /** Through both reviews, as the clerk then sees it. */
    public Application approved(ApplicationForm form) throws Exception {
        Application saved = clerk.call(() -> applicationEntry.saveAndSeal(form));
        String n = saved.getNumber();
        clerk.call(() -> {
            applicationCommands.submit(n, saved.getVersion());
            return null;
        });
        firstReviewer.call(() -> {
            applicationCommands.approveFirstReview(n, applicationQueries.find(n).getVersion());
            return null;
        });
        secondReviewer.call(() -> {
            applicationCommands.approveSecondReview(
                    n, applicationQueries.find(n).getVersion());
            return null;
        });
        return clerk.call(() -> applicationQueries.find(n));
    }

    public Licence issued(ApplicationForm form) throws Exception {
        Application approved = approved(form);
        return issuingOfficer.call(() -> issuer.issue(approved.getNumber(), approved.getVersion()));
    }
}
