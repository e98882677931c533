package org.exportlicence.licence;

import static org.exportlicence.licence.LicenceFixtures.ISSUED_ON;
import static org.exportlicence.licence.LicenceFixtures.declare;
import static org.exportlicence.licence.LicenceFixtures.rice;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.exportlicence.application.Application;
import org.exportlicence.application.ApplicationFixtures;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.quota.Quota;
import org.junit.jupiter.api.Test;

/** What a licence takes from its application when issued, and when it may be deleted or written off. */
class LicenceTest {
    private static final LocalDate TODAY = ISSUED_ON.plusDays(10);

    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + " but was " + actual);
    }

    @Test
    void anIssuedLicenceTakesTheApplicationsFiguresAndItsQuota() {
        Application application = ApplicationFixtures.saved(ApplicationFixtures.RICE, "24000");
        Quota quota = new Quota(
                application.getEnterprise(),
                2026,
                "06",
                "06-2026-0001",
                ApplicationFixtures.KG,
                new BigDecimal("100000"));
        Licence licence = LicenceFixtures.issued(application, ISSUED_ON, quota);

        assertEquals(LicenceStatus.VALID, licence.getStatus());
        assertEquals(CustomsStatus.PENDING, licence.getCustomsStatus());
        assertTrue(LicenceNumber.isWellFormed(licence.getNumber()), licence.getNumber());
        assertSame(application, licence.getApplication());
        assertSame(application.getEnterprise(), licence.getEnterprise());
        assertSame(application.getAuthority(), licence.getAuthority());
        assertAmount("24000", licence.getQuantity());
        assertAmount("0", licence.getBalance().getUsedQuantity());
        assertEquals(0, licence.getBalance().getUseCount());
        assertEquals(UsageBalance.MULTI_USE_LIMIT, licence.getBalance().getMaxUses(), "rice is 非一批一证");
        assertEquals(0, licence.getBalance().getOvershipmentPercent().signum());
        assertEquals(2026, licence.getValidity().getLicenceYear());
        assertEquals(ISSUED_ON, licence.getValidity().getIssueDate());
        assertEquals(ISSUED_ON, licence.getValidity().getValidFrom());
        assertEquals(LocalDate.of(2026, 9, 1), licence.getValidity().getExpiryDate(), "six months less a day");
        assertEquals("非一批一证", licence.getRemarks());
        assertSame(quota, licence.getQuota());
        assertAmount("24000", quota.getUsed());
        assertTrue(licence.getBalance().isUnused());
    }

    @Test
    void boxNineteenJoinsItsNotesAndTheApplicationsRemarks() {
        LocalDate tenthOfDecember = LocalDate.of(2026, 12, 10);
        assertEquals(
                "非一批一证；" + "有效期自下一年度1月1日起" + "；分批出运",
                LicenceFixtures.issued(
                                ApplicationFixtures.saved(ApplicationFixtures.RICE, "100", "分批出运"),
                                tenthOfDecember,
                                null)
                        .getRemarks());
        assertEquals(
                "有效期自下一年度1月1日起",
                LicenceFixtures.issued(
                                ApplicationFixtures.saved(ApplicationFixtures.COKE, "100"), tenthOfDecember, null)
                        .getRemarks());
        assertEquals(
                "分批出运",
                LicenceFixtures.issued(
                                ApplicationFixtures.saved(ApplicationFixtures.COKE, "100", "分批出运"), ISSUED_ON, null)
                        .getRemarks());
        assertNull(LicenceFixtures.coke().getRemarks(), "一批一证 this year, no remarks: box 19 empty");
    }

    @Test
    void bulkGoodsUnderOneBatchOneLicenceHaveOneUseAndTheirOvershipment() {
        Licence coke = LicenceFixtures.coke();
        assertEquals(1, coke.getBalance().getMaxUses());
        assertEquals(1, coke.getBalance().getUsesLeft());
        assertAmount("5", coke.getBalance().getOvershipmentPercent());
    }

    @Test
    void aLicenceIsNumberedOnce() {
        Licence licence = rice("100");
        String number = licence.getNumber();
        assertThrows(
                IllegalStateException.class,
                () -> licence.assignNumber(LicenceNumber.parse("26-02-999999").orElseThrow()));
        assertEquals(number, licence.getNumber());
    }

    @Test
    void anUnusedValidLicenceIsDeletedUpToItsExpiryDay() {
        Licence licence = rice("300");
        licence.checkDeletable(licence.getValidity().getExpiryDate());
        licence.delete(licence.getValidity().getExpiryDate());
        assertEquals(LicenceStatus.DELETED, licence.getStatus());

        BusinessException again = assertThrows(BusinessException.class, () -> licence.delete(TODAY));
        assertEquals("licence.error.notDeletable", again.messageKey());
        assertArrayEquals(new Object[] {licence.getNumber(), "licence.status.DELETED"}, again.arguments());
    }

    @Test
    void aUsedLicenceIsNotDeleted() {
        Licence licence = rice("100");
        assertNull(declare(licence, TODAY, "40", false));
        BusinessException refused = assertThrows(BusinessException.class, () -> licence.delete(TODAY));
        assertEquals("licence.error.used", refused.messageKey());
        assertArrayEquals(new Object[] {licence.getNumber(), 1, "40"}, refused.arguments());
        assertEquals(LicenceStatus.IN_USE, licence.getStatus());
    }

    @Test
    void anExpiredLicenceIsNotDeleted() {
        Licence licence = rice("100");
        LocalDate dayAfter = licence.getValidity().getExpiryDate().plusDays(1);
        BusinessException refused = assertThrows(BusinessException.class, () -> licence.delete(dayAfter));
        assertEquals("licence.error.expired", refused.messageKey());
        assertArrayEquals(
                new Object[] {
                    licence.getNumber(), licence.getValidity().getExpiryDate().toString()
                },
                refused.arguments());
        assertEquals(LicenceStatus.VALID, licence.getStatus());
    }

    @Test
    void onlyAClearedLicenceIsWrittenOffAndOnlyWithTheQuantityCustomsRecorded() {
        Licence licence = rice("300");
        BusinessException unused = assertThrows(BusinessException.class, () -> licence.checkWriteOff(BigDecimal.ONE));
        assertEquals("licence.error.notCleared", unused.messageKey());
        assertArrayEquals(new Object[] {licence.getNumber(), "licence.status.VALID"}, unused.arguments());
        assertNull(declare(licence, TODAY, "100", false));
        assertEquals(
                "licence.error.notCleared",
                assertThrows(BusinessException.class, () -> licence.writeOff(new BigDecimal("100")))
                        .messageKey());
        assertEquals(LicenceStatus.IN_USE, licence.getStatus());

        assertNull(declare(licence, TODAY, "150", true));
        BusinessException wrong = assertThrows(BusinessException.class, () -> licence.writeOff(new BigDecimal("240")));
        assertEquals("licence.error.writeOffQuantity", wrong.messageKey());
        assertArrayEquals(new Object[] {licence.getNumber(), "240", "250"}, wrong.arguments());
        BusinessException missing = assertThrows(BusinessException.class, () -> licence.checkWriteOff(null));
        assertArrayEquals(new Object[] {licence.getNumber(), "", "250"}, missing.arguments());
        assertEquals(LicenceStatus.CLEARED, licence.getStatus());

        licence.writeOff(new BigDecimal("250.000"));
        assertEquals(LicenceStatus.WRITTEN_OFF, licence.getStatus());
        assertAmount("50", licence.getBalance().getQuantityLeft());
        assertEquals(
                "licence.error.notCleared",
                assertThrows(BusinessException.class, () -> licence.writeOff(new BigDecimal("250")))
                        .messageKey(),
                "written off once");
        assertEquals(
                "licence.error.used",
                assertThrows(BusinessException.class, () -> licence.checkDeletable(TODAY))
                        .messageKey(),
                "nor deleted afterwards");
    }
}
