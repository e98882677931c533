package org.exportlicence.quota;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.exportlicence.platform.BusinessException;
import org.junit.jupiter.api.Test;

/** The swap's state table: only a filed swap is decided or withdrawn, and a return needs its reason. */
class QuotaSwapActionTest {

    @Test
    void onlyAFiledSwapMoves() {
        for (QuotaSwapAction action : QuotaSwapAction.values()) {
            for (QuotaSwapStatus status : QuotaSwapStatus.values()) {
                assertEquals(status == QuotaSwapStatus.FILED, action.allowedFrom(status), action + " from " + status);
            }
        }
        assertEquals(QuotaSwapStatus.APPROVED, QuotaSwapAction.APPROVE.target(QuotaSwapStatus.FILED));
        assertEquals(QuotaSwapStatus.RETURNED, QuotaSwapAction.RETURN.target(QuotaSwapStatus.FILED));
        assertEquals(QuotaSwapStatus.WITHDRAWN, QuotaSwapAction.WITHDRAW.target(QuotaSwapStatus.FILED));
    }

    @Test
    void aReturnNeedsAReasonOfAtMostFiveHundredCharacters() {
        assertTrue(QuotaSwapAction.RETURN.reasonRequired());
        assertFalse(QuotaSwapAction.APPROVE.reasonRequired());
        BusinessException missing = assertThrows(
                BusinessException.class,
                () -> QuotaSwapAction.RETURN.check(
                        QuotaSwapStatus.FILED, " ", QuotaSwap.MAX_REASON, () -> new BusinessException("unexpected")));
        assertEquals("reason", missing.field());
        assertThrows(
                BusinessException.class,
                () -> QuotaSwapAction.RETURN.check(
                        QuotaSwapStatus.FILED,
                        "x".repeat(501),
                        QuotaSwap.MAX_REASON,
                        () -> new BusinessException("unexpected")));
        assertEquals("ok", QuotaSwapAction.RETURN.check(QuotaSwapStatus.FILED, " ok ", QuotaSwap.MAX_REASON, null));
        assertNull(QuotaSwapAction.APPROVE.check(QuotaSwapStatus.FILED, null, QuotaSwap.MAX_REASON, null));
    }
}
