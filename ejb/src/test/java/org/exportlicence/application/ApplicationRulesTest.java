package org.exportlicence.application;

import static org.exportlicence.application.ApplicationStatus.APPROVED;
import static org.exportlicence.application.ApplicationStatus.DELETED;
import static org.exportlicence.application.ApplicationStatus.FIRST_APPROVED;
import static org.exportlicence.application.ApplicationStatus.ISSUED;
import static org.exportlicence.application.ApplicationStatus.REJECTED;
import static org.exportlicence.application.ApplicationStatus.RETURNED;
import static org.exportlicence.application.ApplicationStatus.SAVED;
import static org.exportlicence.application.ApplicationStatus.SUBMITTED;
import static org.exportlicence.application.ApplicationStatus.WITHDRAWAL_REQUESTED;
import static org.exportlicence.application.ApplicationStatus.WITHDRAWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import org.exportlicence.platform.CustomsText;
import org.exportlicence.platform.Roles;
import org.junit.jupiter.api.Test;

/** The pure rules of applications: the transition table, amounts, numbers and customs characters. */
class ApplicationRulesTest {

    @Test
    void theTransitionTableIsSpec4() {
        assertEquals(EnumSet.of(SAVED, RETURNED, WITHDRAWN), ApplicationAction.SUBMIT.from());
        assertEquals(SUBMITTED, ApplicationAction.SUBMIT.target(SAVED));
        assertEquals(RETURNED, ApplicationAction.RETURN_FIRST.target(SUBMITTED));
        assertEquals(FIRST_APPROVED, ApplicationAction.APPROVE_FIRST.target(SUBMITTED));
        assertEquals(APPROVED, ApplicationAction.APPROVE_SECOND.target(FIRST_APPROVED));
        assertEquals(REJECTED, ApplicationAction.REJECT_SECOND.target(FIRST_APPROVED));
        assertEquals(WITHDRAWAL_REQUESTED, ApplicationAction.REQUEST_WITHDRAWAL.target(SUBMITTED));
        assertEquals(WITHDRAWN, ApplicationAction.APPROVE_WITHDRAWAL.target(WITHDRAWAL_REQUESTED));
        assertEquals(SUBMITTED, ApplicationAction.REFUSE_WITHDRAWAL.target(WITHDRAWAL_REQUESTED));
        assertEquals(ISSUED, ApplicationAction.ISSUE.target(APPROVED));
        assertEquals(DELETED, ApplicationAction.DELETE.target(SAVED));
        assertEquals(APPROVED, ApplicationAction.PRINT.target(APPROVED), "printing is a flag, not a state");
    }

    @Test
    void finalStatesAllowNothingButPrintingTheApproved() {
        for (ApplicationAction action : ApplicationAction.values()) {
            assertFalse(action.allowedFrom(REJECTED), action + " from REJECTED");
            assertFalse(action.allowedFrom(DELETED), action + " from DELETED");
        }
        assertTrue(ApplicationAction.PRINT.allowedFrom(ISSUED));
        assertFalse(ApplicationAction.DELETE.allowedFrom(SUBMITTED));
        assertFalse(
                ApplicationAction.DELETE.allowedFrom(WITHDRAWN), "the seed deletes only never-submitted or returned");
    }

    @Test
    void rolesAndReasonsPerAction() {
        assertEquals(Roles.OFFICER_FIRST, ApplicationAction.APPROVE_FIRST.role());
        assertEquals(Roles.OFFICER_SECOND, ApplicationAction.REJECT_SECOND.role());
        assertEquals(Roles.ENTERPRISE, ApplicationAction.REQUEST_WITHDRAWAL.role());
        Set<ApplicationAction> withReason = EnumSet.noneOf(ApplicationAction.class);
        for (ApplicationAction action : ApplicationAction.values()) {
            if (action.reasonRequired()) {
                withReason.add(action);
            }
        }
        assertEquals(
                EnumSet.of(
                        ApplicationAction.RETURN_FIRST,
                        ApplicationAction.REJECT_SECOND,
                        ApplicationAction.REFUSE_WITHDRAWAL),
                withReason);
    }

    @Test
    void totalIsQuantityTimesPriceToTheCent() {
        assertEquals(new BigDecimal("13000.00"), Amounts.total(new BigDecimal("20000"), new BigDecimal("0.65")));
        assertEquals(new BigDecimal("0.01"), Amounts.total(new BigDecimal("0.005"), BigDecimal.ONE), "half up");
        assertEquals(new BigDecimal("1.17"), Amounts.inUsd(BigDecimal.ONE, new BigDecimal("1.17000000")));
        assertNull(Amounts.total(null, BigDecimal.ONE));
    }

    @Test
    void applicationNumbersAreYearAndEightDigits() {
        assertEquals("202600000051", ApplicationNumber.of(2026, 51).value());
        assertTrue(ApplicationNumber.isWellFormed("202600000051"));
        assertFalse(ApplicationNumber.isWellFormed("2026-51"));
        assertFalse(ApplicationNumber.isWellFormed("2026000000511' or '1'='1"));
        assertThrows(IllegalArgumentException.class, () -> ApplicationNumber.of(2026, 100_000_000L));
    }

    @Test
    void customsTextRefusesControlMarkupSeparatorsAndAstralCharacters() {
        assertNull(CustomsText.firstRefused("HT2026-JP/0001 长粒米（一级）"));
        assertEquals("<", CustomsText.firstRefused("a<b"));
        assertEquals("|", CustomsText.firstRefused("一级|二级"));
        assertEquals("\n", CustomsText.firstRefused("a\nb"));
        assertEquals("🍚", CustomsText.firstRefused("rice 🍚"));
    }

    @Test
    void canonicalEscapesKeepOneItemPerLine() {
        assertEquals("a\\nb\\\\c", ApplicationCanonicalForm.escape("a\nb\\c"));
        assertEquals("", ApplicationCanonicalForm.escape(null));
    }
}
