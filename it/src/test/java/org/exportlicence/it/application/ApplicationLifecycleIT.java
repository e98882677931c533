package org.exportlicence.it.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.exportlicence.application.Application;
import org.exportlicence.application.ApplicationCommands;
import org.exportlicence.application.ApplicationEntry;
import org.exportlicence.application.ApplicationForm;
import org.exportlicence.application.ApplicationQueries;
import org.exportlicence.application.ApplicationStatus;
import org.exportlicence.application.SealCheck;
import org.exportlicence.audit.AuditEvent;
import org.exportlicence.it.enterprise.EnterpriseFixtures;
import org.exportlicence.it.roles.AsBothOfficer;
import org.exportlicence.it.roles.AsEnterprise;
import org.exportlicence.it.roles.AsEnterpriseB;
import org.exportlicence.it.roles.AsEnterpriseOwnScope;
import org.exportlicence.it.roles.AsOfficer;
import org.exportlicence.it.roles.AsOtherAuthorityOfficer;
import org.exportlicence.it.roles.AsSecondOfficer;
import org.exportlicence.it.support.Refusals;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.PageRequest;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The application's state machine on the real server: every allowed transition, and a refused
 * example of each kind — wrong state, wrong role, four eyes, stale version, missing reason, another
 * enterprise or authority — each leaving the application as it was.
 */
@ExtendWith(ArquillianExtension.class)
class ApplicationLifecycleIT {

    @EJB
    private ApplicationEntry applicationEntry;

    @EJB
    private ApplicationQueries applicationQueries;

    @EJB
    private ApplicationCommands applicationCommands;

    @EJB
    private EnterpriseFixtures enterpriseFixtures;

    @EJB
    private ApplicationFixtures applicationFixtures;

    @EJB
    private AsEnterprise clerk;

    @EJB
    private AsEnterpriseB otherClerk;

    @EJB
    private AsOfficer firstReviewer;

    @EJB
    private AsSecondOfficer secondReviewer;

    @EJB
    private AsBothOfficer bothReviewer;

    @EJB
    private AsOtherAuthorityOfficer otherAuthority;

    @EJB
    private AsEnterpriseOwnScope ownScopeClerk;

    @BeforeEach
    void users() {
        enterpriseFixtures.ensureUsers();
    }

    private Application newRiceApplication() throws Exception {
        String quota = enterpriseFixtures.quota(EnterpriseFixtures.ENTERPRISE_A, "06", new BigDecimal("100000"));
        ApplicationForm form = applicationFixtures.riceForm(quota, new BigDecimal("20000"));
        return clerk.call(() -> applicationEntry.saveAndSeal(form));
    }

    private Application reload(String number) throws Exception {
        return clerk.call(() -> applicationQueries.find(number));
    }

    private List<String> actions(String number) throws Exception {
        return clerk.call(() -> applicationQueries.history(number)).stream()
                .map(AuditEvent::getAction)
                .toList();
    }

    @Test
    void saveAndSealNumbersComputesAndSeals() throws Exception {
        Application saved = newRiceApplication();
        assertTrue(saved.getNumber().matches("2026\\d{8}"), saved.getNumber());
        assertEquals(ApplicationStatus.SAVED, saved.getStatus());
        assertEquals(0, new BigDecimal("13000.00").compareTo(saved.getGoods().getTotalAmount()));
        assertEquals(0, new BigDecimal("13000.00").compareTo(saved.getGoods().getTotalUsd()));
        assertEquals("1006302000", saved.getGoods().getCommodityCode());
        assertEquals("千克", saved.getGoods().getUnit().getNameZh());
        assertFalse(saved.getGoods().isOneBatchOneLicence(), "rice is 非一批一证 in the catalogue");
        assertEquals("测试甲进出口有限公司", saved.getExporterName());
        SealCheck seal = clerk.call(() -> applicationQueries.sealCheck(saved.getNumber()));
        assertTrue(seal.valid(), seal.detail() + " / " + seal.signer());
        assertTrue(seal.signer().contains(EnterpriseFixtures.ENTERPRISE_A), seal.signer());
        assertEquals(List.of("CREATE", "SEAL"), actions(saved.getNumber()));
    }

    @Test
    void happyPathThroughBothReviews() throws Exception {
        Application a = newRiceApplication();
        String n = a.getNumber();
        clerk.call(() -> {
            applicationCommands.submit(n, a.getVersion());
            return null;
        });
        assertEquals(ApplicationStatus.SUBMITTED, reload(n).getStatus());
        int v1 = reload(n).getVersion();
        firstReviewer.call(() -> {
            applicationCommands.approveFirstReview(n, v1);
            return null;
        });
        Application firstApproved = reload(n);
        assertEquals(ApplicationStatus.FIRST_APPROVED, firstApproved.getStatus());
        assertEquals("run-as-officer-first", firstApproved.getReview().getFirstReviewer());
        secondReviewer.call(() -> {
            applicationCommands.approveSecondReview(n, firstApproved.getVersion());
            return null;
        });
        assertEquals(ApplicationStatus.APPROVED, reload(n).getStatus());
        assertEquals(List.of("CREATE", "SEAL", "SUBMIT", "APPROVE_FIRST", "APPROVE_SECOND"), actions(n));
        AuditEvent last = clerk.call(() -> applicationQueries.history(n)).get(4);
        assertEquals("run-as-officer-second", last.getActor());
        assertEquals("FIRST_APPROVED", last.getFromState());
        assertEquals("APPROVED", last.getToState());
    }

    @Test
    void returnedApplicationIsModifiedResealedAndResubmitted() throws Exception {
        Application a = newRiceApplication();
        String n = a.getNumber();
        clerk.call(() -> {
            applicationCommands.submit(n, a.getVersion());
            return null;
        });
        int v = reload(n).getVersion();
        BusinessException noReason = Refusals.refusal(() -> firstReviewer.call(() -> {
            applicationCommands.returnAtFirstReview(n, v, "  ");
            return null;
        }));
        assertEquals("application.error.reasonRequired", noReason.messageKey());
        firstReviewer.call(() -> {
            applicationCommands.returnAtFirstReview(n, v, "合同号与合同不符");
            return null;
        });
        Application returned = reload(n);
        assertEquals(ApplicationStatus.RETURNED, returned.getStatus());
        assertEquals("合同号与合同不符", returned.getReview().getLastReason());
        assertEquals(
                1,
                clerk
                        .call(() -> applicationQueries.listOwn(
                                EnumSet.of(ApplicationStatus.RETURNED), PageRequest.of(0, 200)))
                        .rows()
                        .stream()
                        .filter(r -> r.getNumber().equals(n))
                        .count());

        ApplicationForm form = clerk.call(() -> applicationEntry.formOf(n));
        form.setContractNo("HT2026-JP-0002");
        Application modified = clerk.call(() -> applicationEntry.saveAndSeal(form));
        assertEquals(n, modified.getNumber(), "修改 keeps the number");
        assertEquals("HT2026-JP-0002", modified.getTrade().getContractNo());
        assertEquals(ApplicationStatus.RETURNED, modified.getStatus());
        assertTrue(clerk.call(() -> applicationQueries.sealCheck(n)).valid(), "a modified application is sealed anew");

        clerk.call(() -> {
            applicationCommands.submit(n, modified.getVersion());
            return null;
        });
        Application resubmitted = reload(n);
        assertEquals(ApplicationStatus.SUBMITTED, resubmitted.getStatus());
        assertNull(resubmitted.getReview().getLastReason());
    }

    @Test
    void secondReviewRejectionIsFinal() throws Exception {
        Application a = newRiceApplication();
        String n = a.getNumber();
        clerk.call(() -> {
            applicationCommands.submit(n, a.getVersion());
            return null;
        });
        firstReviewer.call(() -> {
            applicationCommands.approveFirstReview(n, reload(n).getVersion());
            return null;
        });
        int v = reload(n).getVersion();
        secondReviewer.call(() -> {
            applicationCommands.rejectAtSecondReview(n, v, "出口国别不符合规定");
            return null;
        });
        Application rejected = reload(n);
        assertEquals(ApplicationStatus.REJECTED, rejected.getStatus());
        assertEquals("出口国别不符合规定", rejected.getReview().getLastReason());
        BusinessException refused = Refusals.refusal(() -> clerk.call(() -> {
            applicationCommands.submit(n, rejected.getVersion());
            return null;
        }));
        assertEquals("application.error.transition", refused.messageKey());
        assertEquals(ApplicationStatus.REJECTED, reload(n).getStatus());
    }

    @Test
    void withdrawalCanBeRefusedOrApproved() throws Exception {
        Application a = newRiceApplication();
        String n = a.getNumber();
        clerk.call(() -> {
            applicationCommands.submit(n, a.getVersion());
            return null;
        });
        clerk.call(() -> {
            applicationCommands.requestWithdrawal(n, reload(n).getVersion());
            return null;
        });
        assertEquals(ApplicationStatus.WITHDRAWAL_REQUESTED, reload(n).getStatus());
        int v = reload(n).getVersion();
        firstReviewer.call(() -> {
            applicationCommands.refuseWithdrawal(n, v, "已进入审核");
            return null;
        });
        assertEquals(ApplicationStatus.SUBMITTED, reload(n).getStatus());
        clerk.call(() -> {
            applicationCommands.requestWithdrawal(n, reload(n).getVersion());
            return null;
        });
        firstReviewer.call(() -> {
            applicationCommands.approveWithdrawal(n, reload(n).getVersion());
            return null;
        });
        assertEquals(ApplicationStatus.WITHDRAWN, reload(n).getStatus());
        // Withdrawn applications are editable and can be submitted again.
        ApplicationForm form = clerk.call(() -> applicationEntry.formOf(n));
        form.setRemarks("撤销后重新上报");
        Application modified = clerk.call(() -> applicationEntry.saveAndSeal(form));
        clerk.call(() -> {
            applicationCommands.submit(n, modified.getVersion());
            return null;
        });
        assertEquals(ApplicationStatus.SUBMITTED, reload(n).getStatus());
    }

    @Test
    void deletedApplicationsLeaveEveryListButOnlyDraftsAndReturnedMayBeDeleted() throws Exception {
        Application draft = newRiceApplication();
        clerk.call(() -> {
            applicationCommands.delete(draft.getNumber(), draft.getVersion());
            return null;
        });
        BusinessException gone = Refusals.refusal(() -> clerk.call(() -> applicationQueries.find(draft.getNumber())));
        assertEquals("error.notFound", gone.messageKey());

        Application submitted = newRiceApplication();
        clerk.call(() -> {
            applicationCommands.submit(submitted.getNumber(), submitted.getVersion());
            return null;
        });
        BusinessException refused = Refusals.refusal(() -> clerk.call(() -> {
            applicationCommands.delete(
                    submitted.getNumber(), reload(submitted.getNumber()).getVersion());
            return null;
        }));
        assertEquals("application.error.transition", refused.messageKey());
        assertEquals(ApplicationStatus.SUBMITTED, reload(submitted.getNumber()).getStatus());
    }

    @Test
    void eachRoleMayOnlyTakeItsOwnSteps() throws Exception {
        Application a = newRiceApplication();
        String n = a.getNumber();
        Refusals.assertAccessDenied(() -> clerk.call(() -> {
            applicationCommands.approveFirstReview(n, a.getVersion());
            return null;
        }));
        Refusals.assertAccessDenied(() -> firstReviewer.call(() -> {
            applicationCommands.submit(n, a.getVersion());
            return null;
        }));
        Refusals.assertAccessDenied(() -> firstReviewer.call(() -> {
            applicationCommands.approveSecondReview(n, a.getVersion());
            return null;
        }));
        Refusals.assertAccessDenied(() -> secondReviewer.call(() -> {
            applicationCommands.approveFirstReview(n, a.getVersion());
            return null;
        }));
        assertEquals(ApplicationStatus.SAVED, reload(n).getStatus());
    }

    @Test
    void theFirstReviewerCannotAlsoDoTheSecondReview() throws Exception {
        Application a = newRiceApplication();
        String n = a.getNumber();
        clerk.call(() -> {
            applicationCommands.submit(n, a.getVersion());
            return null;
        });
        bothReviewer.call(() -> {
            applicationCommands.approveFirstReview(n, reload(n).getVersion());
            return null;
        });
        int v = reload(n).getVersion();
        BusinessException refused = Refusals.refusal(() -> bothReviewer.call(() -> {
            applicationCommands.approveSecondReview(n, v);
            return null;
        }));
        assertEquals("application.error.fourEyes", refused.messageKey());
        BusinessException rejectRefused = Refusals.refusal(() -> bothReviewer.call(() -> {
            applicationCommands.rejectAtSecondReview(n, v, "自审自批");
            return null;
        }));
        assertEquals("application.error.fourEyes", rejectRefused.messageKey());
        assertEquals(ApplicationStatus.FIRST_APPROVED, reload(n).getStatus());
        secondReviewer.call(() -> {
            applicationCommands.approveSecondReview(n, v);
            return null;
        });
        assertEquals(ApplicationStatus.APPROVED, reload(n).getStatus());
    }

    @Test
    void aStaleVersionIsRefusedAndChangesNothing() throws Exception {
        Application a = newRiceApplication();
        String n = a.getNumber();
        clerk.call(() -> {
            applicationCommands.submit(n, a.getVersion());
            return null;
        });
        // Two officers saw the same version; the first decision wins, the second is refused.
        int seen = reload(n).getVersion();
        firstReviewer.call(() -> {
            applicationCommands.approveFirstReview(n, seen);
            return null;
        });
        BusinessException refused = Refusals.refusal(() -> firstReviewer.call(() -> {
            applicationCommands.returnAtFirstReview(n, seen, "晚到的决定");
            return null;
        }));
        assertEquals("error.staleData", refused.messageKey());
        Application after = reload(n);
        assertEquals(ApplicationStatus.FIRST_APPROVED, after.getStatus());
        assertNull(after.getReview().getLastReason());
    }

    @Test
    void anotherEnterpriseOrAuthorityGetsNotFound() throws Exception {
        Application a = newRiceApplication();
        String n = a.getNumber();
        assertEquals(
                "error.notFound",
                Refusals.refusal(() -> otherClerk.call(() -> applicationQueries.find(n)))
                        .messageKey());
        assertEquals(
                "error.notFound",
                Refusals.refusal(() -> otherClerk.call(() -> {
                            applicationCommands.submit(n, a.getVersion());
                            return null;
                        }))
                        .messageKey());
        assertEquals(
                "error.notFound",
                Refusals.refusal(() -> otherClerk.call(() -> applicationEntry.copyOf(n)))
                        .messageKey());
        assertEquals(
                "error.notFound",
                Refusals.refusal(() -> otherClerk.call(() -> applicationQueries.sealCheck(n)))
                        .messageKey());
        assertFalse(otherClerk
                .call(() -> applicationQueries.listOwn(EnumSet.allOf(ApplicationStatus.class), PageRequest.of(0, 200)))
                .rows()
                .stream()
                .anyMatch(r -> r.getNumber().equals(n)));
        clerk.call(() -> {
            applicationCommands.submit(n, a.getVersion());
            return null;
        });
        assertEquals(
                "error.notFound",
                Refusals.refusal(() -> otherAuthority.call(() -> {
                            applicationCommands.approveFirstReview(n, reload(n).getVersion());
                            return null;
                        }))
                        .messageKey());
        assertEquals(ApplicationStatus.SUBMITTED, reload(n).getStatus());
    }

    @Test
    void submittingSeveralIsAllOrNothing() throws Exception {
        Application first = newRiceApplication();
        Application second = newRiceApplication();
        Application third = newRiceApplication();
        clerk.call(() -> {
            applicationCommands.submit(third.getNumber(), third.getVersion());
            return null;
        });
        // third is already submitted: the whole batch is refused, first and second stay saved.
        BusinessException refused = Refusals.refusal(() -> clerk.call(() -> {
            applicationCommands.submitAll(Map.of(
                    first.getNumber(),
                    first.getVersion(),
                    second.getNumber(),
                    second.getVersion(),
                    third.getNumber(),
                    reload(third.getNumber()).getVersion()));
            return null;
        }));
        assertEquals("application.error.transition", refused.messageKey());
        assertEquals(ApplicationStatus.SAVED, reload(first.getNumber()).getStatus());
        clerk.call(() -> {
            applicationCommands.submitAll(
                    Map.of(first.getNumber(), first.getVersion(), second.getNumber(), second.getVersion()));
            return null;
        });
        assertEquals(ApplicationStatus.SUBMITTED, reload(first.getNumber()).getStatus());
        assertEquals(ApplicationStatus.SUBMITTED, reload(second.getNumber()).getStatus());
    }

    @Test
    void copyingMakesANewApplicationWithTheSameContent() throws Exception {
        Application original = newRiceApplication();
        ApplicationForm copy = clerk.call(() -> applicationEntry.copyOf(original.getNumber()));
        assertNull(copy.getNumber());
        Application saved = clerk.call(() -> applicationEntry.saveAndSeal(copy));
        assertNotEquals(original.getNumber(), saved.getNumber());
        assertEquals(original.getTrade().getContractNo(), saved.getTrade().getContractNo());
        assertEquals(
                0, original.getGoods().getQuantity().compareTo(saved.getGoods().getQuantity()));
    }

    @Test
    void ownDataScopeSeesOnlyOwnApplications() throws Exception {
        Application byColleague = newRiceApplication();
        String quota = enterpriseFixtures.quota(EnterpriseFixtures.ENTERPRISE_A, "06", new BigDecimal("100000"));
        Application mine = ownScopeClerk.call(
                () -> applicationEntry.saveAndSeal(applicationFixtures.riceForm(quota, BigDecimal.TEN)));
        assertEquals(
                "error.notFound",
                Refusals.refusal(() -> ownScopeClerk.call(() -> applicationQueries.find(byColleague.getNumber())))
                        .messageKey());
        assertEquals(
                mine.getNumber(),
                ownScopeClerk
                        .call(() -> applicationQueries.find(mine.getNumber()))
                        .getNumber());
        // The enterprise-wide (本公司) clerk sees both.
        assertEquals(mine.getNumber(), reload(mine.getNumber()).getNumber());
    }
}
