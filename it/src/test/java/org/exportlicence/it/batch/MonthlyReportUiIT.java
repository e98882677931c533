package org.exportlicence.it.batch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.exportlicence.application.ApplicationForm;
import org.exportlicence.batch.BatchOperations;
import org.exportlicence.it.application.ApplicationFixtures;
import org.exportlicence.it.enterprise.EnterpriseFixtures;
import org.exportlicence.it.roles.AsBatch;
import org.exportlicence.it.statistics.StatisticsData;
import org.exportlicence.it.support.Deployments;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 统计月报 of a published month in the browser: inside the server a licence of test enterprise A is issued
 * in June ten years back (the oldest year the screen offers, which no other test uses) and the month is
 * published (replace=true, so a second run of the suite on the same database publishes it anew); then the
 * administrator's 统计月报 of that year says the month is published, marks its row 已发布 with the time, and
 * its .xlsx says so too ({@link MonthlyReportScreen}, run outside the server).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MonthlyReportUiIT {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @EJB
    private EnterpriseFixtures enterpriseFixtures;

    @EJB
    private ApplicationFixtures applicationFixtures;

    @EJB
    private StatisticsData data;

    @EJB
    private AsBatch asBatch;

    @EJB
    private BatchOperations operations;

    static YearMonth month() {
        return YearMonth.of(LocalDate.now(CHINA).getYear() - 10, 6);
    }

    @Test
    @Order(1)
    void aMonthIsPublished() throws Exception {
        enterpriseFixtures.ensureUsers();
        ApplicationForm form = applicationFixtures.cokeForm();
        form.setQuantity(new BigDecimal("321"));
        form.setContractNo("HT-MRUI-" + System.nanoTime() % 1_000_000_000L);
        data.issuedOn(form, month().atDay(10));
        MonthlyReportRuns runs = new MonthlyReportRuns(asBatch, operations);
        long run = runs.run(month(), true);
        String exit = runs.exitStatus(run);
        assertTrue(exit.startsWith("PUBLISHED " + month()) || exit.startsWith("REPLACED " + month()), exit);
    }

    @Test
    @Order(2)
    @RunAsClient
    void theScreenShowsItPublished(@ArquillianResource URL base) throws Exception {
        MonthlyReportScreen.check(Deployments.platform(base), month());
    }
}
