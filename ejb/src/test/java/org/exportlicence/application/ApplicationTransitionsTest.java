package org.exportlicence.application;

import static org.exportlicence.application.ApplicationAction.APPROVE_FIRST;
import static org.exportlicence.application.ApplicationAction.APPROVE_SECOND;
import static org.exportlicence.application.ApplicationAction.APPROVE_WITHDRAWAL;
import static org.exportlicence.application.ApplicationAction.DELETE;
import static org.exportlicence.application.ApplicationAction.ISSUE;
import static org.exportlicence.application.ApplicationAction.MODIFY;
import static org.exportlicence.application.ApplicationAction.PRINT;
import static org.exportlicence.application.ApplicationAction.REFUSE_WITHDRAWAL;
import static org.exportlicence.application.ApplicationAction.REJECT_SECOND;
import static org.exportlicence.application.ApplicationAction.REQUEST_WITHDRAWAL;
import static org.exportlicence.application.ApplicationAction.RETURN_FIRST;
import static org.exportlicence.application.ApplicationAction.SUBMIT;
import static org.exportlicence.application.ApplicationFixtures.CREATED;
import static org.exportlicence.application.ApplicationFixtures.RICE;
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
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.Roles;
import org.junit.jupiter.api.Test;

/**
 * The application's state machine through its one command, {@code apply}: every transition of
 * SPEC §4 and nothing else, reasons, four eyes, and who decided when (ApplicationLifecycleIT on
 * the entity alone).
 */
class ApplicationTransitionsTest {
    private static final String NUMBER = "202600000051";
    private static final String FIRST = "officer-first";
    private static final String SECOND = "officer-second";
    private static final LocalDateTime LATER = CREATED.plusDays(1);

    /** Every allowed step: from, action, to. Any other (state, action) pair must be refused. */
    private static final List<Object[]> ALLOWED = List.of(
            step(SAVED, MODIFY, SAVED),
            step(RETURNED, MODIFY, RETURNED),
            step(WITHDRAWN, MODIFY, WITHDRAWN),
            step(SAVED, SUBMIT, SUBMITTED),
            step(RETURNED, SUBMIT, SUBMITTED),
            step(WITHDRAWN, SUBMIT, SUBMITTED),
            step(SAVED, DELETE, DELETED),
            step(RETURNED, DELETE, DELETED),
            step(SUBMITTED, REQUEST_WITHDRAWAL, WITHDRAWAL_REQUESTED),
            step(SUBMITTED, APPROVE_FIRST, FIRST_APPROVED),
            step(SUBMITTED, RETURN_FIRST, RETURNED),
            step(FIRST_APPROVED, APPROVE_SECOND, APPROVED),
            step(FIRST_APPROVED, REJECT_SECOND, REJECTED),
            step(WITHDRAWAL_REQUESTED, APPROVE_WITHDRAWAL, WITHDRAWN),
            step(WITHDRAWAL_REQUESTED, REFUSE_WITHDRAWAL, SUBMITTED),
            step(APPROVED, ISSUE, ISSUED),
            step(APPROVED, PRINT, APPROVED),
            step(ISSUED, PRINT, ISSUED));

    /** How the tests reach each state: the steps from SAVED. */
    private static final Map<ApplicationStatus, List<ApplicationAction>> PATHS = Map.of(
            SAVED, List.of(),
            SUBMITTED, List.of(SUBMIT),
            RETURNED, List.of(SUBMIT, RETURN_FIRST),
            FIRST_APPROVED, List.of(SUBMIT, APPROVE_FIRST),
            APPROVED, List.of(SUBMIT, APPROVE_FIRST, APPROVE_SECOND),
            REJECTED, List.of(SUBMIT, APPROVE_FIRST, REJECT_SECOND),
            ISSUED, List.of(SUBMIT, APPROVE_FIRST, APPROVE_SECOND, ISSUE),
            WITHDRAWAL_REQUESTED, List.of(SUBMIT, REQUEST_WITHDRAWAL),
            WITHDRAWN, List.of(SUBMIT, REQUEST_WITHDRAWAL, APPROVE_WITHDRAWAL),
            DELETED, List.of(DELETE));

    private static Object[] step(ApplicationStatus from, ApplicationAction action, ApplicationStatus to) {
        return new Object[] {from, action, to};
    }

    /** Who takes an action in these tests: the second review is never the first reviewer. */
    private static String actor(ApplicationAction action) {
        return switch (action.role()) {
            case Roles.OFFICER_FIRST -> FIRST;
            case Roles.OFFICER_SECOND -> SECOND;
            case Roles.ISSUER -> "issuer";
            default -> ApplicationFixtures.CLERK;
        };
    }

    /** A numbered application brought to {@code state}, one hour per step. */
    static Application inState(ApplicationStatus state) {
        Application a = ApplicationFixtures.saved(RICE, "20000");
        a.assignNumber(ApplicationNumber.parse(NUMBER).orElseThrow());
        LocalDateTime at = CREATED;
        for (ApplicationAction action : PATHS.get(state)) {
            at = at.plusHours(1);
            a.apply(action, actor(action), action.reasonRequired() ? "退回理由" : null, at);
        }
        assertEquals(state, a.getStatus(), "path to " + state);
        return a;
    }

    @Test
    void everyTransitionOfTheSpecIsTakenAndNoOther() {
        for (ApplicationStatus state : ApplicationStatus.values()) {
            for (ApplicationAction action : ApplicationAction.values()) {
                Application a = inState(state);
                LocalDateTime before = a.getUpdatedAt();
                Object[] allowed = ALLOWED.stream()
                        .filter(s -> s[0] == state && s[1] == action)
                        .findFirst()
                        .orElse(null);
                String step = state + " " + action;
                if (allowed != null) {
                    assertEquals(state, a.apply(action, actor(action), "理由", LATER), step);
                    assertEquals(allowed[2], a.getStatus(), step);
                    assertEquals(LATER, a.getUpdatedAt(), step);
                } else {
                    BusinessException e = assertThrows(
                            BusinessException.class, () -> a.apply(action, actor(action), "理由", LATER), step);
                    assertEquals("application.error.transition", e.messageKey(), step);
                    assertArrayEquals(new Object[] {NUMBER, state.labelKey(), action.labelKey()}, e.arguments(), step);
                    assertEquals(state, a.getStatus(), step);
                    assertEquals(before, a.getUpdatedAt(), step + " changes nothing");
                }
            }
        }
    }

    @Test
    void returnsRejectionsAndRefusalsNeedAReasonWhichIsKeptStripped() {
        for (ApplicationAction action : List.of(RETURN_FIRST, REJECT_SECOND, REFUSE_WITHDRAWAL)) {
            ApplicationStatus from = action == RETURN_FIRST
                    ? SUBMITTED
                    : action == REJECT_SECOND ? FIRST_APPROVED : WITHDRAWAL_REQUESTED;
            Application a = inState(from);
            for (String blank : new String[] {null, "", " \t "}) {
                BusinessException e =
                        assertThrows(BusinessException.class, () -> a.apply(action, actor(action), blank, LATER));
                assertEquals("application.error.reasonRequired", e.messageKey(), action.name());
                assertEquals("reason", e.field());
                assertEquals(from, a.getStatus());
            }
            a.apply(action, actor(action), "  合同号与合同不符 ", LATER);
            assertEquals("合同号与合同不符", a.getReview().getLastReason(), action.name());
        }
    }

    @Test
    void aReasonOfMoreThanThreeHundredCharactersIsRefused() {
        Application a = inState(SUBMITTED);
        BusinessException tooLong =
                assertThrows(BusinessException.class, () -> a.apply(RETURN_FIRST, FIRST, "长".repeat(301), LATER));
        assertEquals("error.tooLong", tooLong.messageKey());
        assertEquals("reason", tooLong.field());
        assertArrayEquals(new Object[] {300}, tooLong.arguments());
        assertEquals(SUBMITTED, a.getStatus());
        a.apply(RETURN_FIRST, FIRST, " " + "长".repeat(300) + " ", LATER);
        assertEquals(300, a.getReview().getLastReason().length(), "counted after stripping");
    }

    @Test
    void submittingAgainClearsTheLastReasonAndRestartsTheClock() {
        Application a = inState(SAVED);
        assertNull(a.getSubmittedAt());
        a.apply(SUBMIT, ApplicationFixtures.CLERK, null, CREATED.plusHours(1));
        assertEquals(CREATED.plusHours(1), a.getSubmittedAt());
        a.apply(RETURN_FIRST, FIRST, "合同号与合同不符", CREATED.plusHours(2));
        assertEquals("合同号与合同不符", a.getReview().getLastReason());
        assertEquals(CREATED.plusHours(1), a.getSubmittedAt(), "a return keeps when it was submitted");
        assertNull(a.getReview().getFirstReviewer(), "a return is not an approval");
        a.apply(MODIFY, ApplicationFixtures.CLERK, null, CREATED.plusHours(3));
        assertEquals("合同号与合同不符", a.getReview().getLastReason(), "shown until submitted again");
        a.apply(SUBMIT, ApplicationFixtures.CLERK, null, CREATED.plusHours(4));
        assertNull(a.getReview().getLastReason());
        assertEquals(CREATED.plusHours(4), a.getSubmittedAt());
        assertEquals(CREATED.plusHours(4), a.getUpdatedAt());
    }

    @Test
    void eachReviewRecordsItsReviewer() {
        Application a = inState(SUBMITTED);
        a.apply(APPROVE_FIRST, FIRST, null, LATER);
        assertEquals(FIRST, a.getReview().getFirstReviewer());
        assertNull(a.getReview().getSecondReviewer());
        a.apply(APPROVE_SECOND, SECOND, null, LATER.plusHours(1));
        assertEquals(FIRST, a.getReview().getFirstReviewer());
        assertEquals(SECOND, a.getReview().getSecondReviewer());

        Application rejected = inState(FIRST_APPROVED);
        rejected.apply(REJECT_SECOND, SECOND, "出口国别不符合规定", LATER);
        assertEquals(SECOND, rejected.getReview().getSecondReviewer());
        assertEquals("出口国别不符合规定", rejected.getReview().getLastReason());
    }

    @Test
    void theFirstReviewerCannotAlsoDoTheSecondReview() {
        Application a = inState(SUBMITTED);
        a.apply(APPROVE_FIRST, "officer-both", null, LATER);
        for (ApplicationAction second : List.of(APPROVE_SECOND, REJECT_SECOND)) {
            BusinessException e = assertThrows(
                    BusinessException.class, () -> a.apply(second, "officer-both", "自审自批", LATER.plusHours(1)));
            assertEquals("application.error.fourEyes", e.messageKey());
            assertArrayEquals(new Object[] {NUMBER}, e.arguments());
        }
        assertEquals(FIRST_APPROVED, a.getStatus());
        assertNull(a.getReview().getSecondReviewer());
        assertNull(a.getReview().getLastReason());
        a.apply(APPROVE_SECOND, SECOND, null, LATER.plusHours(2));
        assertEquals(APPROVED, a.getStatus());
    }

    @Test
    void printingIsAFlagOfApprovedAndIssuedApplications() {
        Application a = inState(APPROVED);
        assertFalse(a.isPrinted());
        a.apply(PRINT, ApplicationFixtures.CLERK, null, LATER);
        assertTrue(a.isPrinted());
        assertEquals(APPROVED, a.getStatus());
        a.apply(ISSUE, "issuer", null, LATER.plusHours(1));
        assertEquals(ISSUED, a.getStatus());
        assertTrue(a.isPrinted(), "issuing keeps the flag");
        Application notYet = inState(FIRST_APPROVED);
        assertThrows(BusinessException.class, () -> notYet.apply(PRINT, ApplicationFixtures.CLERK, null, LATER));
        assertFalse(notYet.isPrinted());
    }
}
