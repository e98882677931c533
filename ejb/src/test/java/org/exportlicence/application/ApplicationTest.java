package org.exportlicence.application;

import static org.exportlicence.application.ApplicationFixtures.CLERK;
import static org.exportlicence.application.ApplicationFixtures.COKE;
import static org.exportlicence.application.ApplicationFixtures.CREATED;
import static org.exportlicence.application.ApplicationFixtures.RICE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * What a new or modified application holds: box 1 from the enterprise, boxes 11–13 and 19's
 * 一批一证 from the catalogue, totals computed (never typed); its number once; and a seal that
 * covers the content, which a modification drops.
 */
class ApplicationTest {
    private static final LocalDateTime MODIFIED = CREATED.plusDays(1);

    /** Equal in value and scale: amounts are kept to the cent. */
    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(new BigDecimal(expected), actual);
    }

    private static void assertAmount(String expected, BigDecimal actual, String message) {
        assertEquals(new BigDecimal(expected), actual, message);
    }

    @Test
    void aNewApplicationIsSavedWithTheEnterprisesAndTheCataloguesData() {
        Application a = ApplicationFixtures.saved(RICE, "20000");
        assertEquals(ApplicationStatus.SAVED, a.getStatus());
        assertNull(a.getNumber(), "numbered once persisted");
        assertSame(ApplicationFixtures.enterprise(), a.getEnterprise());
        assertSame(
                ApplicationFixtures.enterprise().getAuthority(),
                a.getAuthority(),
                "reviewed by the enterprise's authority");
        assertEquals("测试甲进出口有限公司", a.getExporterName());
        assertEquals(ApplicationFixtures.ENTERPRISE_A, a.getExporterCode());
        assertEquals(CLERK, a.getCreatedBy());
        assertEquals(2026, a.getLicenceYear());
        assertEquals(CREATED, a.getCreatedAt());
        assertEquals(CREATED, a.getUpdatedAt());
        assertEquals("长粒米", a.getGoods().getCommodityName());
        assertSame(ApplicationFixtures.KG, a.getGoods().getUnit());
        assertFalse(a.getGoods().isOneBatchOneLicence(), "rice is 非一批一证 in the catalogue");
        assertEquals("1006302000", a.getGoods().getCommodityCode());
        assertNull(a.getSubmittedAt());
        assertNull(a.getReview().getFirstReviewer());
        assertNull(a.getReview().getSecondReviewer());
        assertNull(a.getReview().getLastReason());
        assertFalse(a.isPrinted());
        assertNull(a.getSeal().getSignature(), "sealed by the service after saving");
        assertTrue(ApplicationFixtures.saved(COKE, "500000").getGoods().isOneBatchOneLicence());
    }

    @Test
    void totalIsQuantityTimesUnitPriceAndItsUsdValueAtTheStoredRate() {
        Application rice = ApplicationFixtures.saved(RICE, "20000");
        assertAmount("13000.00", rice.getGoods().getTotalAmount());
        assertAmount("13000.00", rice.getGoods().getTotalUsd());

        Application inYuan = new Application(
                ApplicationFixtures.enterprise(),
                CLERK,
                2026,
                CREATED,
                ApplicationFixtures.content(RICE, "1234.567", "4.6543", "0.14000000", null));
        assertAmount("5746.05", inYuan.getGoods().getTotalAmount(), "1234.567 × 4.6543 = 5746.0451881, to the cent");
        assertAmount("804.45", inYuan.getGoods().getTotalUsd(), "of the rounded total: 5746.05 × 0.14 = 804.447");
        assertAmount("0.14000000", inYuan.getGoods().getUsdRate());

        Application halfACent = new Application(
                ApplicationFixtures.enterprise(),
                CLERK,
                2026,
                CREATED,
                ApplicationFixtures.content(COKE, "0.005", "1", "1", null));
        assertAmount("0.01", halfACent.getGoods().getTotalAmount(), "half up");
    }

    @Test
    void modifyingReplacesTheContentRecomputesAndKeepsNumberStateAndHistory() {
        Application a = ApplicationFixtures.saved(RICE, "20000");
        a.assignNumber(ApplicationNumber.parse("202600000051").orElseThrow());
        a.apply(ApplicationAction.SUBMIT, CLERK, null, CREATED.plusHours(1));
        a.apply(ApplicationAction.RETURN_FIRST, "officer-first", "数量有误", CREATED.plusHours(2));

        a.fill(ApplicationFixtures.content(COKE, "30000", "0.5000", "1", "撤销后重新上报"), MODIFIED);
        assertEquals("202600000051", a.getNumber(), "修改 keeps the number");
        assertEquals(ApplicationStatus.RETURNED, a.getStatus());
        assertEquals(CREATED, a.getCreatedAt());
        assertEquals(CREATED.plusHours(1), a.getSubmittedAt());
        assertEquals(MODIFIED, a.getUpdatedAt());
        assertEquals("焦炭", a.getGoods().getCommodityName());
        assertTrue(a.getGoods().isOneBatchOneLicence(), "一批一证 follows the commodity");
        assertEquals(0, new BigDecimal("30000").compareTo(a.getGoods().getQuantity()));
        assertAmount("15000.00", a.getGoods().getTotalAmount());
        assertAmount("15000.00", a.getGoods().getTotalUsd());
        assertEquals("撤销后重新上报", a.getGoods().getRemarks());
        assertNull(a.getGoods().getQuotaDocumentNo(), "焦炭 needs no quota");
    }

    @Test
    void anApplicationIsNumberedOnce() {
        Application a = ApplicationFixtures.saved(RICE, "20000");
        a.assignNumber(ApplicationNumber.of(2026, 51));
        assertEquals("202600000051", a.getNumber());
        assertTrue(ApplicationNumber.isWellFormed(a.getNumber()));
        assertThrows(IllegalStateException.class, () -> a.assignNumber(ApplicationNumber.of(2026, 52)));
        assertEquals("202600000051", a.getNumber());
    }

    @Test
    void theSealIsRecordedAndDroppedByAModification() {
        Application a = ApplicationFixtures.saved(RICE, "20000");
        a.assignNumber(ApplicationNumber.parse("202600000051").orElseThrow());
        a.seal("U0VBTA==", CLERK, CREATED);
        assertEquals("U0VBTA==", a.getSeal().getSignature());
        assertEquals(CLERK, a.getSeal().getSealedBy());
        assertEquals(CREATED, a.getSeal().getSealedAt());

        a.apply(ApplicationAction.SUBMIT, CLERK, null, CREATED.plusHours(1));
        assertEquals("U0VBTA==", a.getSeal().getSignature(), "a step of the state machine keeps the seal");

        Application returned = ApplicationFixtures.saved(RICE, "20000");
        returned.seal("U0VBTA==", CLERK, CREATED);
        returned.fill(ApplicationFixtures.content(RICE, "20000", "0.6500", "1", null), MODIFIED);
        assertNull(returned.getSeal().getSignature(), "the old seal does not cover the new content");
        assertNull(returned.getSeal().getSealedBy());
        assertNull(returned.getSeal().getSealedAt());
    }

    @Test
    void theSealedBytesFollowTheContentNotTheState() {
        Application a = ApplicationFixtures.saved(RICE, "20000");
        a.assignNumber(ApplicationNumber.parse("202600000051").orElseThrow());
        byte[] saved = ApplicationCanonicalForm.of(a);
        String text = new String(saved, StandardCharsets.UTF_8);
        assertTrue(text.startsWith(ApplicationCanonicalForm.HEADER + "\n"), text);
        assertTrue(text.contains("\n14.quantity=20000.000\n"), text);
        assertTrue(text.contains("\n16.total=13000.00\n"), text);

        a.apply(ApplicationAction.SUBMIT, CLERK, null, CREATED.plusHours(1));
        assertArrayEquals(saved, ApplicationCanonicalForm.of(a), "submitting changes no sealed byte");
        a.apply(ApplicationAction.RETURN_FIRST, "officer-first", "数量有误", CREATED.plusHours(2));
        a.fill(ApplicationFixtures.content(RICE, "20000.001", "0.6500", "1", null), MODIFIED);
        assertFalse(Arrays.equals(saved, ApplicationCanonicalForm.of(a)), "a gram more is another content");
    }
}
