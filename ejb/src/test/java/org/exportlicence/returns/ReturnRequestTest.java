package org.exportlicence.returns;

import static org.exportlicence.returns.RequestAction.APPROVE;
import static org.exportlicence.returns.RequestAction.DELETE;
import static org.exportlicence.returns.RequestAction.MODIFY;
import static org.exportlicence.returns.RequestAction.RETURN;
import static org.exportlicence.returns.RequestAction.SUBMIT;
import static org.exportlicence.returns.RequestStatus.APPROVED;
import static org.exportlicence.returns.RequestStatus.DELETED;
import static org.exportlicence.returns.RequestStatus.RETURNED;
import static org.exportlicence.returns.RequestStatus.SAVED;
import static org.exportlicence.returns.RequestStatus.SUBMITTED;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.exportlicence.licence.Licence;
import org.exportlicence.licence.LicenceFixtures;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.Roles;
import org.junit.jupiter.api.Test;

/**
 * The state machine of deletion and write-off requests through {@code apply}: every transition of
 * SPEC §4 and no other, the reason of a return, and who decided when (LicenceReturnsIT on the
 * entities alone).
 */
class ReturnRequestTest {
    private static final LocalDateTime CREATED = LicenceFixtures.ISSUED_ON.atTime(14, 0);
    private static final LocalDateTime LATER = CREATED.plusDays(1);
    private static final String CLERK = "clerk-a";
    private static final String OFFICER = "officer-first";

    /** Every allowed step: from, action, to. Any other (state, action) pair must be refused. */
    private static final List<Object[]> ALLOWED = List.of(
            step(SAVED, MODIFY, SAVED), step(RETURNED, MODIFY, SAVED),
            step(SAVED, SUBMIT, SUBMITTED), step(RETURNED, SUBMIT, SUBMITTED),
            step(SAVED, DELETE, DELETED), step(RETURNED, DELETE, DELETED),
            step(SUBMITTED, APPROVE, APPROVED), step(SUBMITTED, RETURN, RETURNED));

    private static final Map<RequestStatus, List<RequestAction>> PATHS = Map.of(
            SAVED, List.of(),
            SUBMITTED, List.of(SUBMIT),
            RETURNED, List.of(SUBMIT, RETURN),
            APPROVED, List.of(SUBMIT, APPROVE),
            DELETED, List.of(DELETE));

    private static Object[] step(RequestStatus from, RequestAction action, RequestStatus to) {
        return new Object[] {from, action, to};
    }

    private static String actor(RequestAction action) {
        return Roles.OFFICER_FIRST.equals(action.role()) ? OFFICER : CLERK;
    }

    /** A deletion request or a write-off request of a fresh licence. */
    private static ReturnRequest request(RequestKind kind) {
        Licence licence = LicenceFixtures.rice("300");
        return kind == RequestKind.DELETION
                ? new DeletionRequest(licence, CLERK, CREATED, "合同取消")
                : new WriteOffRequest(licence, CLERK, CREATED, "已全部出运", new BigDecimal("250"));
    }

    private static ReturnRequest inState(RequestKind kind, RequestStatus state) {
        ReturnRequest request = request(kind);
        LocalDateTime at = CREATED;
        for (RequestAction action : PATHS.get(state)) {
            at = at.plusHours(1);
            request.apply(action, actor(action), action.reasonRequired() ? "请说明核销依据" : null, at);
        }
        assertEquals(state, request.getStatus(), "path to " + state);
        return request;
    }

    @Test
    void aNewRequestIsSavedForTheLicencesEnterpriseAndAuthority() {
        ReturnRequest deletion = request(RequestKind.DELETION);
        assertEquals(SAVED, deletion.getStatus());
        assertEquals(RequestKind.DELETION, deletion.getKind());
        assertSame(deletion.getLicence().getEnterprise(), deletion.getEnterprise());
        assertSame(deletion.getLicence().getAuthority(), deletion.getAuthority());
        assertEquals(CLERK, deletion.getCreatedBy());
        assertEquals(CREATED, deletion.getCreatedAt());
        assertEquals(CREATED, deletion.getUpdatedAt());
        assertEquals("合同取消", deletion.getRemarks());
        assertNull(deletion.getWriteOffQuantity(), "a deletion states no quantity");
        assertNull(deletion.getSubmittedAt());
        assertNull(deletion.getReviewer());
        assertNull(deletion.getReturnedQuantity());

        ReturnRequest writeOff = request(RequestKind.WRITE_OFF);
        assertEquals(RequestKind.WRITE_OFF, writeOff.getKind());
        assertEquals(new BigDecimal("250"), writeOff.getWriteOffQuantity());
    }

    @Test
    void everyTransitionOfTheSpecIsTakenAndNoOther() {
        for (RequestKind kind : RequestKind.values()) {
            for (RequestStatus state : RequestStatus.values()) {
                for (RequestAction action : RequestAction.values()) {
                    ReturnRequest request = inState(kind, state);
                    LocalDateTime before = request.getUpdatedAt();
                    Object[] allowed = ALLOWED.stream()
                            .filter(s -> s[0] == state && s[1] == action)
                            .findFirst()
                            .orElse(null);
                    String step = kind + " " + state + " " + action;
                    if (allowed != null) {
                        assertEquals(state, request.apply(action, actor(action), "理由", LATER), step);
                        assertEquals(allowed[2], request.getStatus(), step);
                        assertEquals(LATER, request.getUpdatedAt(), step);
                    } else {
                        BusinessException e = assertThrows(
                                BusinessException.class, () -> request.apply(action, actor(action), "理由", LATER), step);
                        assertEquals("returns.error.transition", e.messageKey(), step);
                        assertArrayEquals(
                                new Object[] {
                                    kind.labelKey(),
                                    request.getLicence().getNumber(),
                                    state.labelKey(),
                                    action.labelKey()
                                },
                                e.arguments(),
                                step);
                        assertEquals(state, request.getStatus(), step);
                        assertEquals(before, request.getUpdatedAt(), step + " changes nothing");
                    }
                }
            }
        }
    }

    @Test
    void aReturnNeedsAReasonOfAtMostThreeHundredCharacters() {
        ReturnRequest request = inState(RequestKind.WRITE_OFF, SUBMITTED);
        for (String blank : new String[] {null, "", "  "}) {
            BusinessException e =
                    assertThrows(BusinessException.class, () -> request.apply(RETURN, OFFICER, blank, LATER));
            assertEquals("application.error.reasonRequired", e.messageKey());
            assertEquals("reason", e.field());
        }
        BusinessException tooLong =
                assertThrows(BusinessException.class, () -> request.apply(RETURN, OFFICER, "长".repeat(301), LATER));
        assertEquals("error.tooLong", tooLong.messageKey());
        assertArrayEquals(new Object[] {300}, tooLong.arguments());
        assertEquals(SUBMITTED, request.getStatus());
        assertNull(request.getReviewer());
        assertNull(request.getLastReason());
    }

    @Test
    void aReturnedRequestIsCorrectedAndSubmittedAgain() {
        ReturnRequest request = request(RequestKind.WRITE_OFF);
        request.apply(SUBMIT, CLERK, null, CREATED.plusHours(1));
        assertEquals(CREATED.plusHours(1), request.getSubmittedAt());
        request.apply(RETURN, OFFICER, "  请说明核销依据 ", CREATED.plusHours(2));
        assertEquals(RETURNED, request.getStatus());
        assertEquals("请说明核销依据", request.getLastReason());
        assertEquals(OFFICER, request.getReviewer());
        assertEquals(CREATED.plusHours(2), request.getReviewedAt());

        request.apply(MODIFY, CLERK, null, CREATED.plusHours(3));
        request.revise("附出口报关单", new BigDecimal("240"));
        assertEquals(SAVED, request.getStatus(), "退回 → 待上报 once corrected");
        assertEquals("附出口报关单", request.getRemarks());
        assertEquals(new BigDecimal("240"), request.getWriteOffQuantity());
        assertEquals("请说明核销依据", request.getLastReason(), "shown until submitted again");

        request.apply(SUBMIT, CLERK, null, CREATED.plusHours(4));
        assertEquals(SUBMITTED, request.getStatus());
        assertNull(request.getLastReason());
        assertNull(request.getReviewer(), "the new submission awaits a new decision");
        assertNull(request.getReviewedAt());
        assertEquals(CREATED.plusHours(4), request.getSubmittedAt());

        request.apply(APPROVE, OFFICER, null, CREATED.plusHours(5));
        assertEquals(APPROVED, request.getStatus());
        assertEquals(OFFICER, request.getReviewer());
        assertEquals(CREATED.plusHours(5), request.getReviewedAt());
    }

    @Test
    void aDeletionRequestKeepsStatingNoQuantity() {
        ReturnRequest deletion = request(RequestKind.DELETION);
        deletion.apply(MODIFY, CLERK, null, LATER);
        deletion.revise("重新申请", new BigDecimal("5"));
        assertEquals("重新申请", deletion.getRemarks());
        assertNull(deletion.getWriteOffQuantity());
    }
}
