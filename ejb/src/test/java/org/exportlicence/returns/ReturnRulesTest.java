package org.exportlicence.returns;

import static org.exportlicence.returns.RequestStatus.APPROVED;
import static org.exportlicence.returns.RequestStatus.DELETED;
import static org.exportlicence.returns.RequestStatus.RETURNED;
import static org.exportlicence.returns.RequestStatus.SAVED;
import static org.exportlicence.returns.RequestStatus.SUBMITTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.exportlicence.platform.Roles;
import org.junit.jupiter.api.Test;

/** The pure rules of deletion and write-off requests: the transition table and the page names of the kinds. */
class ReturnRulesTest {

    @Test
    void theTransitionTableIsSpec4() {
        assertEquals(SUBMITTED, RequestAction.SUBMIT.target());
        assertEquals(EnumSet.of(SAVED, RETURNED), RequestAction.SUBMIT.from());
        assertEquals(APPROVED, RequestAction.APPROVE.target());
        assertEquals(EnumSet.of(SUBMITTED), RequestAction.APPROVE.from());
        assertEquals(RETURNED, RequestAction.RETURN.target());
        assertEquals(EnumSet.of(SUBMITTED), RequestAction.RETURN.from());
        assertEquals(SAVED, RequestAction.MODIFY.target(), "退回 → 待上报 once corrected");
        assertEquals(EnumSet.of(SAVED, RETURNED), RequestAction.DELETE.from());
    }

    @Test
    void approvedAndDeletedAreFinal() {
        for (RequestAction action : RequestAction.values()) {
            assertFalse(action.allowedFrom(APPROVED), action + " from APPROVED");
            assertFalse(action.allowedFrom(DELETED), action + " from DELETED");
        }
        assertFalse(RequestAction.MODIFY.allowedFrom(SUBMITTED), "a request under review is not edited");
        assertTrue(EnumSet.allOf(RequestStatus.class).stream()
                .filter(RequestStatus::isOpen)
                .toList()
                .containsAll(EnumSet.of(SAVED, SUBMITTED, RETURNED)));
        assertFalse(APPROVED.isOpen());
        assertFalse(DELETED.isOpen());
    }

    @Test
    void theAuthorityDecidesWithAReasonOnlyToReturn() {
        assertEquals(Roles.OFFICER_FIRST, RequestAction.APPROVE.role());
        assertEquals(Roles.OFFICER_FIRST, RequestAction.RETURN.role());
        assertEquals(Roles.ENTERPRISE, RequestAction.SUBMIT.role());
        for (RequestAction action : RequestAction.values()) {
            assertEquals(action == RequestAction.RETURN, action.reasonRequired(), action.name());
        }
    }

    @Test
    void kindsAreNamedByThePagesParameter() {
        assertEquals(RequestKind.DELETION, RequestKind.named("deletion"));
        assertEquals(RequestKind.WRITE_OFF, RequestKind.named("writeoff"));
        assertNull(RequestKind.named("WRITE_OFF"));
        assertNull(RequestKind.named(null));
    }
}
