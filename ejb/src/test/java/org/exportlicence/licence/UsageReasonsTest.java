package org.exportlicence.licence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import org.exportlicence.platform.MessageBundle;
import org.junit.jupiter.api.Test;

/**
 * The reasons of usage refusals come from the bundle, and customs reads on the wire exactly the
 * Chinese it read when they were written in the code; figures are written as they are, never grouped.
 */
class UsageReasonsTest {
    private static final LocalDate DECLARED = LocalDate.of(2026, 3, 2);
    private static final LocalDate EXPIRY = LocalDate.of(2026, 2, 28);

    @Test
    void theChineseReasonsAreTheOnesCustomsKnows() {
        assertEquals("许可证号 26-02-000050 不存在", UsageRefusal.UNKNOWN_LICENCE.reason("26-02-000050"));
        assertEquals("许可证 26-02-000050 已删除", UsageRefusal.LICENCE_DELETED.reason("26-02-000050"));
        assertEquals("许可证 26-02-000050 已核销", UsageRefusal.LICENCE_WRITTEN_OFF.reason("26-02-000050"));
        assertEquals("申报日期 2026-03-02 晚于许可证有效截止日期 2026-02-28", UsageRefusal.LICENCE_EXPIRED.reason(DECLARED, EXPIRY));
        assertEquals(
                "申报日期 2026-02-28 早于许可证发证日期 2026-03-02", UsageRefusal.LICENCE_NOT_YET_VALID.reason(EXPIRY, DECLARED));
        assertEquals("一证一关：许可证报关口岸为 0200，申报口岸为 4200", UsageRefusal.PORT_MISMATCH.reason("0200", "4200"));
        assertEquals("计量单位应为 035，申报为 011", UsageRefusal.UNIT_MISMATCH.reason("035", "011"));
        assertEquals("一批一证许可证已使用过一次", UsageRefusal.SINGLE_USE_EXHAUSTED.reason());
        assertEquals("非一批一证许可证最多使用 12 次，已使用 12 次", UsageRefusal.USE_LIMIT_REACHED.reason(12, 12));
        assertEquals(
                "报关单号 020220261000000001 已用于许可证 26-02-000050（数量 10.000）",
                UsageRefusal.DECLARATION_CONFLICT.reason(
                        "020220261000000001", "26-02-000050", new BigDecimal("10.000")));
    }

    @Test
    void quantitiesAreWrittenAsTheyAreWithTheOvershipmentWhereItApplies() {
        String overshipment = MessageBundle.chinese(
                "usage.refusal.overshipment",
                new BigDecimal("5.00").stripTrailingZeros(),
                new BigDecimal("525000.000"));
        assertEquals(
                "申报数量 525000.001 超过可用数量：许可数量 500000.000（含溢装 5% 为 525000.000），已使用 0.000",
                UsageRefusal.QUANTITY_EXCEEDED.reason(
                        new BigDecimal("525000.001"),
                        new BigDecimal("500000.000"),
                        overshipment,
                        new BigDecimal("0.000")));
        assertEquals(
                "申报数量 1234567.5 超过可用数量：许可数量 1000000，已使用 0",
                UsageRefusal.QUANTITY_EXCEEDED.reason(
                        new BigDecimal("1234567.5"), new BigDecimal("1E+6"), "", BigDecimal.ZERO));
    }

    @Test
    void theAuditRecordOfAUsage() {
        assertEquals(
                "报关单 020220261000000001 第1项 10.000 035，口岸 0200，申报日期 2026-03-02，末次使用",
                MessageBundle.chinese(
                        "usage.audit.recorded",
                        "020220261000000001",
                        1,
                        new BigDecimal("10.000"),
                        "035",
                        "0200",
                        DECLARED,
                        MessageBundle.chinese("usage.audit.lastUse")));
    }

    @Test
    void everyReasonHasAnEnglishText() {
        for (UsageRefusal refusal : EnumSet.range(UsageRefusal.UNKNOWN_LICENCE, UsageRefusal.DECLARATION_CONFLICT)) {
            String english = MessageBundle.english(refusal.messageKey(), "A", "B", "C", "D");
            assertNotEquals(refusal.messageKey(), english);
            assertNotEquals(refusal.reason("A", "B", "C", "D"), english);
            assertFalse(
                    english.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    english);
        }
    }
}
