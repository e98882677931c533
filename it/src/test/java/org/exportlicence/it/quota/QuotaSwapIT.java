package org.exportlicence.it.quota;

import static org.exportlicence.it.enterprise.EnterpriseFixtures.ENTERPRISE_A;
import static org.exportlicence.it.quota.QuotaSwapFixtures.ANTIMONY;
import static org.exportlicence.it.quota.QuotaSwapFixtures.MOLYBDENUM;
import static org.exportlicence.it.quota.QuotaSwapFixtures.RICE;
import static org.exportlicence.it.quota.QuotaSwapFixtures.TUNGSTEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import org.exportlicence.application.Application;
import org.exportlicence.application.ApplicationForm;
import org.exportlicence.it.application.ApplicationFixtures;
import org.exportlicence.it.enterprise.EnterpriseFixtures;
import org.exportlicence.it.licence.TestLicences;
import org.exportlicence.it.roles.AsAdministrator;
import org.exportlicence.it.roles.AsEnterprise;
import org.exportlicence.it.roles.AsEnterpriseB;
import org.exportlicence.it.roles.AsIssuer;
import org.exportlicence.it.roles.AsOtherQuotaOfficer;
import org.exportlicence.it.roles.AsQuotaOfficer;
import org.exportlicence.it.support.Refusals;
import org.exportlicence.licence.LicenceIssuer;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ValidationException;
import org.exportlicence.quota.Quota;
import org.exportlicence.quota.QuotaSwap;
import org.exportlicence.quota.QuotaSwapCommands;
import org.exportlicence.quota.QuotaSwapEntry;
import org.exportlicence.quota.QuotaSwapForm;
import org.exportlicence.quota.QuotaSwapQueries;
import org.exportlicence.quota.QuotaSwapStatus;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 钨锑钼配额调换: filing, the officer's decisions, the scope of who sees what, and the approval under
 * both quotas' locks — racing another approval or a licence issue, the source is never over-allocated.
 */
@ExtendWith(ArquillianExtension.class)
class QuotaSwapIT {
    private static final String REASON = "出口合同调整，钨精矿转为钼制品";

    @EJB
    private QuotaSwapEntry entry;

    @EJB
    private QuotaSwapCommands commands;

    @EJB
    private QuotaSwapQueries queries;

    @EJB
    private LicenceIssuer issuer;

    @EJB
    private EnterpriseFixtures enterpriseFixtures;

    @EJB
    private QuotaSwapFixtures fixtures;

    @EJB
    private ApplicationFixtures applicationFixtures;

    @EJB
    private TestLicences testLicences;

    @EJB
    private AsEnterprise clerk;

    @EJB
    private AsEnterpriseB otherClerk;

    @EJB
    private AsQuotaOfficer officer;

    @EJB
    private AsOtherQuotaOfficer otherOfficer;

    @EJB
    private AsAdministrator administrator;

    @EJB
    private AsIssuer issuingOfficer;

    @BeforeEach
    void users() {
        enterpriseFixtures.ensureUsers();
    }

    private QuotaSwap file(QuotaSwapForm form) throws Exception {
        return clerk.call(() -> entry.file(form));
    }

    private Quota quota(String category, String total) {
        return fixtures.quota(ENTERPRISE_A, category, new BigDecimal(total));
    }

    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> expected + " ≠ " + actual);
    }

    @Test
    void anApprovalMovesExactlyTheQuantityToAnExistingQuotaOrANewLine() throws Exception {
        Quota tungsten = quota(TUNGSTEN, "1000");
        Quota molybdenum = quota(MOLYBDENUM, "200");
        QuotaSwap toExisting =
                file(QuotaSwapForm.toQuota(tungsten.getId(), molybdenum.getId(), new BigDecimal("300.5"), REASON));
        assertEquals(QuotaSwapStatus.FILED, toExisting.getStatus());
        String antimony = fixtures.categoryCode(ANTIMONY);
        QuotaSwap toNew =
                file(QuotaSwapForm.toNewLine(tungsten.getId(), antimony, null, "116", new BigDecimal("100"), REASON));

        // Filed, nothing moved yet; both wait in the authority's queue.
        assertAmount("1000", fixtures.reread(tungsten.getId()).getTotal());
        List<Long> queued = officer.call(() -> queries.queue(null, PageRequest.of(0, 500))).rows().stream()
                .map(QuotaSwap::getId)
                .toList();
        assertTrue(queued.contains(toExisting.getId()) && queued.contains(toNew.getId()));

        QuotaSwap approved = officer.call(() -> commands.approve(toExisting.getId(), toExisting.getVersion()));
        assertEquals(QuotaSwapStatus.APPROVED, approved.getStatus());
        assertAmount("699.5", fixtures.reread(tungsten.getId()).getTotal());
        assertAmount("500.5", fixtures.reread(molybdenum.getId()).getTotal());

        QuotaSwap created = administrator.call(() -> commands.approve(toNew.getId(), toNew.getVersion()));
        assertAmount("599.5", fixtures.reread(tungsten.getId()).getTotal());
        Quota line = fixtures.reread(created.getToQuota().getId());
        assertEquals(tungsten.getDocumentNo() + "-TH" + toNew.getId(), line.getDocumentNo());
        assertEquals(antimony, line.getCategoryCode());
        assertEquals("116", line.getCountry().getCode());
        assertNull(line.getTradeMode());
        assertEquals(tungsten.getAuthority().getCode(), line.getAuthority().getCode());
        assertAmount("100", line.getTotal());
        assertAmount("0", line.getUsed());
        // Nothing was lost or made: the three quotas hold what the two did before.
        assertAmount(
                "1200",
                fixtures.reread(tungsten.getId())
                        .getTotal()
                        .add(fixtures.reread(molybdenum.getId()).getTotal())
                        .add(line.getTotal()));
        // The enterprise's records show both, decided; the swap's and the quotas' histories say so.
        List<QuotaSwap> records = clerk.call(() -> queries.records(2026, null, PageRequest.of(0, 500)))
                .rows();
        assertTrue(records.stream()
                .anyMatch(s -> s.getId().equals(toNew.getId()) && s.getStatus() == QuotaSwapStatus.APPROVED));
        assertTrue(clerk.call(() -> queries.history(toNew.getId())).stream()
                .anyMatch(e -> "APPROVE".equals(e.getAction())));
        assertFalse(officer.call(() -> queries.queue(null, PageRequest.of(0, 500))).rows().stream()
                .anyMatch(s -> s.getId().equals(toExisting.getId())));
    }

    @Test
    void theFormIsRefusedAtItsFields() throws Exception {
        Quota tungsten = quota(TUNGSTEN, "100");
        Quota rice = quota(RICE, "100");
        ValidationException refused = (ValidationException) Refusals.refusal(
                () -> file(QuotaSwapForm.toQuota(tungsten.getId(), tungsten.getId(), new BigDecimal("101"), " ")));
        List<String> fields = refused.errors().stream().map(e -> e.field()).toList();
        assertTrue(fields.containsAll(List.of("toQuota", "quantity", "reason")), fields.toString());
        assertEquals(
                "quotaSwap.error.notSwappable",
                ((ValidationException) Refusals.refusal(() ->
                                file(QuotaSwapForm.toQuota(rice.getId(), tungsten.getId(), BigDecimal.ONE, REASON))))
                        .errors()
                        .get(0)
                        .messageKey());
        // A new line just like the source is no swap.
        assertEquals(
                "quotaSwap.error.sameLine",
                ((ValidationException) Refusals.refusal(() -> file(QuotaSwapForm.toNewLine(
                                tungsten.getId(), tungsten.getCategoryCode(), null, null, BigDecimal.ONE, REASON))))
                        .errors()
                        .get(0)
                        .messageKey());
        // Another enterprise's quota is not swappable for this one.
        Quota otherEnterprises = fixtures.quota(EnterpriseFixtures.ENTERPRISE_B, MOLYBDENUM, new BigDecimal("10"));
        assertEquals(
                "quotaSwap.error.notSwappable",
                ((ValidationException) Refusals.refusal(() -> file(QuotaSwapForm.toQuota(
                                tungsten.getId(), otherEnterprises.getId(), BigDecimal.ONE, REASON))))
                        .errors()
                        .get(0)
                        .messageKey());
    }

    @Test
    void anApprovalIsRefusedWhenTheSourceNoLongerCoversTheQuantity() throws Exception {
        Quota tungsten = quota(TUNGSTEN, "1000");
        Quota molybdenum = quota(MOLYBDENUM, "0");
        QuotaSwap swap =
                file(QuotaSwapForm.toQuota(tungsten.getId(), molybdenum.getId(), new BigDecimal("600"), REASON));
        fixtures.consume(tungsten.getId(), new BigDecimal("500")); // a licence took it meanwhile
        assertEquals(
                "quota.error.belowUsed",
                Refusals.refusal(() -> officer.call(() -> commands.approve(swap.getId(), swap.getVersion())))
                        .messageKey());
        assertAmount("1000", fixtures.reread(tungsten.getId()).getTotal());
        assertAmount("500", fixtures.reread(tungsten.getId()).getUsed());
        assertAmount("0", fixtures.reread(molybdenum.getId()).getTotal());
        assertEquals(
                QuotaSwapStatus.FILED,
                clerk.call(() -> queries.find(swap.getId())).getStatus());
    }

    @Test
    void returnNeedsAReasonAndWithdrawalIsTheEnterprises() throws Exception {
        Quota tungsten = quota(TUNGSTEN, "100");
        Quota molybdenum = quota(MOLYBDENUM, "100");
        QuotaSwap returned = file(QuotaSwapForm.toQuota(tungsten.getId(), molybdenum.getId(), BigDecimal.TEN, REASON));
        assertEquals(
                "reason",
                Refusals.refusal(() -> officer.call(() -> {
                            commands.returnToEnterprise(returned.getId(), returned.getVersion(), "  ");
                            return null;
                        }))
                        .field());
        officer.call(() -> {
            commands.returnToEnterprise(returned.getId(), returned.getVersion(), "调入配额文号有误");
            return null;
        });
        QuotaSwap afterReturn = clerk.call(() -> queries.find(returned.getId()));
        assertEquals(QuotaSwapStatus.RETURNED, afterReturn.getStatus());
        assertEquals("调入配额文号有误", afterReturn.getDecisionReason());
        assertAmount("100", fixtures.reread(tungsten.getId()).getTotal());

        QuotaSwap withdrawn = file(QuotaSwapForm.toQuota(tungsten.getId(), molybdenum.getId(), BigDecimal.TEN, REASON));
        clerk.call(() -> {
            entry.withdraw(withdrawn.getId(), withdrawn.getVersion());
            return null;
        });
        QuotaSwap afterWithdrawal = clerk.call(() -> queries.find(withdrawn.getId()));
        assertEquals(QuotaSwapStatus.WITHDRAWN, afterWithdrawal.getStatus());
        assertEquals(
                "quotaSwap.error.transition",
                Refusals.refusal(() ->
                                officer.call(() -> commands.approve(withdrawn.getId(), afterWithdrawal.getVersion())))
                        .messageKey());
        assertAmount("100", fixtures.reread(molybdenum.getId()).getTotal());
    }

    @Test
    void onlyTheEnterpriseAndItsAuthoritySeeASwapAndOnlyOfficersDecide() throws Exception {
        Quota tungsten = quota(TUNGSTEN, "100");
        Quota molybdenum = quota(MOLYBDENUM, "100");
        QuotaSwap swap = file(QuotaSwapForm.toQuota(tungsten.getId(), molybdenum.getId(), BigDecimal.ONE, REASON));
        assertFalse(otherClerk.call(() -> queries.records(null, null, PageRequest.of(0, 500))).rows().stream()
                .anyMatch(s -> s.getId().equals(swap.getId())));
        assertEquals(
                "error.notFound",
                Refusals.refusal(() -> otherClerk.call(() -> queries.find(swap.getId())))
                        .messageKey());
        assertEquals(
                "error.notFound",
                Refusals.refusal(() -> otherOfficer.call(() -> queries.find(swap.getId())))
                        .messageKey());
        assertFalse(otherOfficer.call(() -> queries.queue(null, PageRequest.of(0, 500))).rows().stream()
                .anyMatch(s -> s.getId().equals(swap.getId())));
        assertEquals(
                "error.notFound",
                Refusals.refusal(() -> otherOfficer.call(() -> commands.approve(swap.getId(), swap.getVersion())))
                        .messageKey());
        Refusals.assertAccessDenied(() -> clerk.call(() -> commands.approve(swap.getId(), swap.getVersion())));
        assertEquals(
                QuotaSwapStatus.FILED,
                officer.call(() -> queries.find(swap.getId())).getStatus());
        assertAmount("100", fixtures.reread(tungsten.getId()).getTotal());
    }

    @Test
    void twoApprovalsAtOnceAgainstOneSourceNeverOverAllocateIt() throws Exception {
        Quota tungsten = quota(TUNGSTEN, "1000");
        Quota molybdenum = quota(MOLYBDENUM, "50");
        QuotaSwap first =
                file(QuotaSwapForm.toQuota(tungsten.getId(), molybdenum.getId(), new BigDecimal("600"), REASON));
        QuotaSwap second = file(QuotaSwapForm.toNewLine(
                tungsten.getId(), fixtures.categoryCode(ANTIMONY), null, null, new BigDecimal("600"), REASON));
        List<Outcome> outcomes = race(
                () -> officer.call(() -> commands.approve(first.getId(), first.getVersion())),
                () -> officer.call(() -> commands.approve(second.getId(), second.getVersion())));
        assertEquals(1, outcomes.stream().filter(Outcome::done).count(), outcomes.toString());
        assertEquals(
                "quota.error.belowUsed",
                outcomes.stream()
                        .filter(o -> !o.done())
                        .findFirst()
                        .orElseThrow()
                        .refusal());

        assertAmount("400", fixtures.reread(tungsten.getId()).getTotal());
        List<Quota> lines = fixtures.quotasStartingWith(tungsten.getDocumentNo() + "-TH");
        BigDecimal elsewhere = fixtures.reread(molybdenum.getId()).getTotal();
        for (Quota line : lines) {
            elsewhere = elsewhere.add(line.getTotal());
        }
        assertAmount("650", elsewhere);
        boolean firstWon = outcomes.get(0).done();
        assertAmount(
                firstWon ? "650" : "50", fixtures.reread(molybdenum.getId()).getTotal());
        assertEquals(firstWon ? 0 : 1, lines.size());
        QuotaSwap loser = officer.call(() -> queries.find(firstWon ? second.getId() : first.getId()));
        assertEquals(QuotaSwapStatus.FILED, loser.getStatus());
    }

    @Test
    void anApprovalRacingALicenceIssueNeverOverAllocatesTheSource() throws Exception {
        Quota tungsten = quota(TUNGSTEN, "1000");
        Quota molybdenum = quota(MOLYBDENUM, "0");
        ApplicationForm form = applicationFixtures.riceForm(tungsten.getDocumentNo(), new BigDecimal("600"));
        form.setCommodityCode("26110000"); // 钨矿砂及其精矿: tungsten, under quota
        Application application = testLicences.approved(form);
        QuotaSwap swap =
                file(QuotaSwapForm.toQuota(tungsten.getId(), molybdenum.getId(), new BigDecimal("600"), REASON));

        List<Outcome> outcomes = race(
                () -> issuingOfficer.call(() -> issuer.issue(application.getNumber(), application.getVersion())),
                () -> officer.call(() -> commands.approve(swap.getId(), swap.getVersion())));
        assertEquals(1, outcomes.stream().filter(Outcome::done).count(), outcomes.toString());

        Quota source = fixtures.reread(tungsten.getId());
        Quota target = fixtures.reread(molybdenum.getId());
        assertTrue(source.getUsed().compareTo(source.getTotal()) <= 0);
        assertAmount("1000", source.getTotal().add(target.getTotal()));
        if (outcomes.get(0).done()) {
            assertEquals("quota.error.belowUsed", outcomes.get(1).refusal());
            assertAmount("600", source.getUsed());
            assertAmount("1000", source.getTotal());
        } else {
            assertEquals("licence.error.quotaExhausted", outcomes.get(0).refusal());
            assertAmount("0", source.getUsed());
            assertAmount("400", source.getTotal());
            assertAmount("600", target.getTotal());
        }
    }

    /** How one of two racing calls ended: done, or refused with a message key. */
    record Outcome(boolean done, String refusal) {}

    /** Runs both calls at once on the container's threads, each starting when both are ready. */
    private static List<Outcome> race(Callable<?> one, Callable<?> other) throws Exception {
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<?>> calls = new ArrayList<>();
        for (Callable<?> call : List.of(one, other)) {
            calls.add(executor.submit(() -> {
                start.await(30, TimeUnit.SECONDS);
                return call.call();
            }));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<?> call : calls) {
            try {
                call.get(60, TimeUnit.SECONDS);
                outcomes.add(new Outcome(true, null));
            } catch (ExecutionException e) {
                String key = null;
                for (Throwable t = e; t != null; t = t.getCause()) {
                    if (t instanceof BusinessException refusal) {
                        key = refusal.messageKey();
                        break;
                    }
                }
                if (key == null) {
                    throw e;
                }
                outcomes.add(new Outcome(false, key));
            }
        }
        return outcomes;
    }
}
