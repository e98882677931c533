package org.exportlicence.licence;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.exportlicence.application.Application;
import org.exportlicence.application.ApplicationFixtures;
import org.exportlicence.quota.Quota;

/**
 * Licences for unit tests, issued as {@code LicenceIssuer} issues them (numbered, with the catalogue's
 * 溢装), and customs usage recorded as {@code UsageRecorder} records it; public so that the tests of
 * other capabilities (returns) can use the package's commands.
 */
public final class LicenceFixtures {
    /** The day the test licences are issued: valid 2026-03-02 to 2026-09-01. */
    public static final LocalDate ISSUED_ON = LocalDate.of(2026, 3, 2);

    private static long serial = 50;

    private LicenceFixtures() {}

    /** A licence for the application, issued on {@code issueDate}, taking its quantity from {@code quota} if any. */
    public static Licence issued(Application application, LocalDate issueDate, Quota quota) {
        Validity validity = Validity.forIssueOn(issueDate);
        if (quota != null) {
            quota.consume(application.getGoods().getQuantity());
        }
        Licence licence = new Licence(
                application,
                validity,
                LicenceIssuer.remarksFor(application, validity),
                quota,
                new Issuance("issuer-tj", issueDate.atTime(10, 0), "A1B2C3D4E5F6"));
        licence.assignNumber(LicenceNumber.of(validity.getLicenceYear(), "02", nextSerial()));
        return licence;
    }

    /** A 大米 licence (非一批一证, 12 uses, no 溢装) for {@code quantity} kilograms, issued on {@link #ISSUED_ON}. */
    public static Licence rice(String quantity) {
        return issued(ApplicationFixtures.saved(ApplicationFixtures.RICE, quantity), ISSUED_ON, null);
    }

    /** A 焦炭 licence (一批一证, 5 % 溢装) for 500000 kilograms, issued on {@link #ISSUED_ON}. */
    public static Licence coke() {
        return issued(ApplicationFixtures.saved(ApplicationFixtures.COKE, "500000"), ISSUED_ON, null);
    }

    /** One declaration at customs, checked first as the usage recorder checks it; the refusal, or null. */
    public static UsageRefusal declare(Licence licence, LocalDate date, String quantity, boolean lastUse) {
        BigDecimal usage = new BigDecimal(quantity);
        UsageRefusal refusal = licence.refusalOf(date, "0200", "035", usage);
        if (refusal == null) {
            licence.recordUsage(usage, lastUse);
        }
        return refusal;
    }

    private static synchronized long nextSerial() {
        return ++serial;
    }
}
