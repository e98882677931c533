package org.exportlicence.it.statistics;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.LocalDate;
import java.time.ZoneId;
import org.exportlicence.application.Application;
import org.exportlicence.application.ApplicationForm;
import org.exportlicence.it.licence.TestLicences;
import org.exportlicence.it.roles.AsEnterprise;
import org.exportlicence.it.roles.AsIssuer;
import org.exportlicence.it.roles.AsOfficer;
import org.exportlicence.it.support.TestClocks;
import org.exportlicence.licence.Licence;
import org.exportlicence.licence.LicenceIssuer;
import org.exportlicence.returns.ReturnCommands;
import org.exportlicence.returns.ReturnEntry;
import org.exportlicence.returns.ReturnForm;
import org.exportlicence.returns.ReturnQueries;
import org.exportlicence.returns.ReturnRequest;

/**
 * The statistics tests' data: licences of test enterprise A issued today or on a given day (the clock
 * fixed for the issue only), with the application they came from; and a licence deleted through
 * 许可证退换 (the clerk asks, the first reviewer of 特办天津 approves).
 */
@Stateless
@PermitAll
public class StatisticsData {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @EJB
    private TestLicences testLicences;

    @EJB
    private LicenceIssuer issuer;

    @EJB
    private AsIssuer issuingOfficer;

    @EJB
    private AsEnterprise clerk;

    @EJB
    private AsOfficer officer;

    @EJB
    private ReturnEntry returnEntry;

    @EJB
    private ReturnCommands returnCommands;

    @EJB
    private ReturnQueries returnQueries;

    /** An issued licence and the application (its figures) it was issued for. */
    public record Issued(Application application, Licence licence) {
        Figures figures() {
            return Figures.of(application);
        }

        String unit() {
            return application.getGoods().getUnit().getCode();
        }
    }

    public Issued issued(ApplicationForm form) throws Exception {
        return issuedOn(form, null);
    }

    /** Issued on {@code day} (10:00 in Beijing), or today when it is null. */
    public Issued issuedOn(ApplicationForm form, LocalDate day) throws Exception {
        Application approved = testLicences.approved(form);
        if (day != null) {
            TestClocks.fixAt(day.atTime(10, 0).atZone(CHINA).toInstant());
        }
        try {
            Licence licence = issuingOfficer.call(() -> issuer.issue(approved.getNumber(), approved.getVersion()));
            return new Issued(approved, licence);
        } finally {
            TestClocks.release();
        }
    }

    public void delete(String licenceNo) throws Exception {
        ReturnRequest request = clerk.call(() -> returnEntry.save(ReturnForm.deletion(licenceNo, "统计测试")));
        clerk.call(() -> {
            returnCommands.submit(
                    request.getId(), returnQueries.find(request.getId()).getVersion());
            return null;
        });
        officer.call(() -> returnCommands.approve(
                request.getId(), returnQueries.find(request.getId()).getVersion()));
    }
}
