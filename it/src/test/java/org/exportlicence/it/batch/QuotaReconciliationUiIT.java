package org.exportlicence.it.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.net.URL;
import org.exportlicence.it.application.ApplicationFixtures;
import org.exportlicence.it.enterprise.EnterpriseFixtures;
import org.exportlicence.it.licence.TestLicences;
import org.exportlicence.it.quota.QuotaSwapFixtures;
import org.exportlicence.it.support.Deployments;
import org.exportlicence.quota.Quota;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 配额核对 in the browser. Inside the server, three 2026 rice quotas of test enterprise A under fixed,
 * recognisable document numbers get a licence of 50 each and their used amount set to 57 behind the
 * services' back (again on a database that outlives a run: the same figures). Then, as client
 * ({@link QuotaReconciliationScreen}): the administrator starts 配额核对 for 2026 on 批处理作业, sees the
 * run complete, opens its report, 更正 one difference and 标记已说明 another (refused without a reason),
 * downloads the .xlsx; an operator reads the report without the buttons.
 *
 * <p>Mixed mode, so not a {@code BrowserTestCase} (whose {@code @BeforeEach} would open a browser inside
 * the server too): the browser is opened by the client's tests only.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QuotaReconciliationUiIT {
    /** Sorted before the other tests' quotas ("S-", "T-", "2026-DM-"): on the report's first page. */
    static final String TO_CORRECT = "2026-00-RC-CORRECT";

    static final String TO_EXPLAIN = "2026-00-RC-EXPLAIN";
    static final String LEFT_OPEN = "2026-00-RC-OPEN";

    @EJB
    private EnterpriseFixtures enterprises;

    @EJB
    private ApplicationFixtures forms;

    @EJB
    private TestLicences testLicences;

    @EJB
    private QuotaSwapFixtures quotas;

    @Test
    @Order(1)
    void differencesArePlanted() throws Exception {
        enterprises.ensureUsers();
        for (String documentNo : new String[] {TO_CORRECT, TO_EXPLAIN, LEFT_OPEN}) {
            if (enterprises.quotaNumbered(EnterpriseFixtures.ENTERPRISE_A, "06", documentNo, new BigDecimal("1000"))) {
                testLicences.issued(forms.riceForm(documentNo, new BigDecimal("50")));
            }
            Quota quota = enterprises.quotaNamed(documentNo);
            quotas.plantUsed(quota.getId(), new BigDecimal("57"));
            assertEquals(
                    0,
                    new BigDecimal("57").compareTo(quotas.reread(quota.getId()).getUsed()));
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void administratorRunsTheReconciliationAndSettlesItsDifferences(@ArquillianResource URL base) throws Exception {
        QuotaReconciliationScreen.in(
                Deployments.platform(base),
                "administratorRunsTheReconciliationAndSettlesItsDifferences",
                QuotaReconciliationScreen::administratorSettles);
    }

    @Test
    @Order(3)
    @RunAsClient
    void anOperatorReadsTheReportWithoutTheButtons(@ArquillianResource URL base) throws Exception {
        QuotaReconciliationScreen.in(
                Deployments.platform(base),
                "anOperatorReadsTheReportWithoutTheButtons",
                QuotaReconciliationScreen::operatorReads);
    }
}
