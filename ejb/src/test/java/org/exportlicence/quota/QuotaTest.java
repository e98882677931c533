package org.exportlicence.quota;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.exportlicence.enterprise.Enterprise;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.reference.ReferenceFixtures;
import org.junit.jupiter.api.Test;

/** 配额: licences consume it up to its total; deletion and write-off give back what they took and did not use. */
class QuotaTest {
    private static final Enterprise ENTERPRISE =
            ReferenceFixtures.enterprise("9900000000001", "测试甲进出口有限公司", ReferenceFixtures.authority("TJ-TB", "02"));

    private static Quota quota(String total) {
        return new Quota(
                ENTERPRISE, 2026, "06", "06-2026-0001", ReferenceFixtures.unit("035", "千克"), new BigDecimal(total));
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    private static void assertAmount(String expected, BigDecimal actual) {
        assertAmount(expected, actual, "");
    }

    private static void assertAmount(String expected, BigDecimal actual, String why) {
        assertEquals(0, dec(expected).compareTo(actual), why + ": expected " + expected + " but was " + actual);
    }

    @Test
    void aNewQuotaIsUnusedAndNeverNegative() {
        Quota quota = quota("1000");
        assertAmount("0", quota.getUsed());
        assertAmount("1000", quota.getUnused());
        assertEquals("06-2026-0001", quota.getDocumentNo());
        assertEquals(2026, quota.getYear());
        assertAmount("0", quota("0").getTotal());
        assertThrows(IllegalArgumentException.class, () -> quota("-0.001"));
    }

    @Test
    void licencesConsumeItUpToItsTotal() {
        Quota quota = quota("1000");
        quota.consume(dec("300"));
        quota.consume(dec("699.999"));
        assertAmount("999.999", quota.getUsed());
        assertAmount("0.001", quota.getUnused());
        assertTrue(quota.covers(dec("0.001")));
        assertFalse(quota.covers(dec("0.002")));
        quota.consume(dec("0.001"));
        assertAmount("1000", quota.getUsed());
        assertAmount("0", quota.getUnused());
    }

    @Test
    void consumingMoreThanIsLeftIsRefusedAndChangesNothing() {
        Quota quota = quota("1000");
        quota.consume(dec("600"));
        BusinessException refused = assertThrows(BusinessException.class, () -> quota.consume(dec("400.001")));
        assertEquals("licence.error.quotaExhausted", refused.messageKey());
        assertArrayEquals(new Object[] {"06-2026-0001", "400", "400.001"}, refused.arguments());
        assertAmount("600", quota.getUsed());
        assertThrows(BusinessException.class, () -> quota("0").consume(dec("0.001")), "an empty quota covers nothing");
    }

    @Test
    void aDeletedOrWrittenOffLicenceGivesBackWhatItDidNotUse() {
        Quota quota = quota("1000");
        quota.consume(dec("300"));
        quota.consume(dec("200"));
        quota.release(dec("300"));
        assertAmount("200", quota.getUsed());
        assertAmount("800", quota.getUnused());
        quota.release(dec("200"));
        assertAmount("0", quota.getUsed());
        assertAmount("1000", quota.getUnused());
        quota.consume(dec("1000"));
        assertAmount("1000", quota.getUsed(), "what came back can be consumed again");
    }

    @Test
    void givingBackMoreThanIsUsedIsRefusedAndChangesNothing() {
        Quota quota = quota("1000");
        quota.consume(dec("250"));
        BusinessException refused = assertThrows(BusinessException.class, () -> quota.release(dec("250.001")));
        assertEquals("quota.error.releaseExceedsUsed", refused.messageKey());
        assertArrayEquals(new Object[] {"06-2026-0001", "250", "250.001"}, refused.arguments());
        assertThrows(IllegalArgumentException.class, () -> quota.release(dec("-1")));
        assertAmount("250", quota.getUsed());
        quota.release(BigDecimal.ZERO);
        assertAmount("250", quota.getUsed(), "nothing to give back, e.g. a write-off of everything");
    }
}
