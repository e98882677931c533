package org.exportlicence.quota;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class QuotaCheckTest {
    private static QuotaCheck check(String total, String stored, String computed) {
        return new QuotaCheck(
                1L, 2026, "Q-1", "TJ", 7L, new BigDecimal(total), new BigDecimal(stored), new BigDecimal(computed), 1);
    }

    @Test
    void equalAmountsAtAnotherScaleDoNotDiffer() {
        assertFalse(check("100", "50.000", "50").differs());
    }

    @Test
    void theDifferenceIsComputedMinusStored() {
        QuotaCheck check = check("100", "57", "50");
        assertTrue(check.differs());
        assertEquals(0, new BigDecimal("-7").compareTo(check.difference()));
        assertFalse(check.overTotal());
    }

    @Test
    void licencesUsingMoreThanTheTotalAreFlagged() {
        assertTrue(check("100", "100", "100.001").overTotal());
        assertFalse(check("100", "100", "100").overTotal());
    }
}
