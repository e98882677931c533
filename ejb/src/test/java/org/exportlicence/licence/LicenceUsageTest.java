package org.exportlicence.licence;

import static org.exportlicence.licence.LicenceFixtures.declare;
import static org.exportlicence.licence.LicenceFixtures.rice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.exportlicence.application.ApplicationFixtures;
import org.exportlicence.reference.Commodity;
import org.exportlicence.reference.ReferenceFixtures;
import org.junit.jupiter.api.Test;

/**
 * What customs may clear under a licence (SPEC §5, §6) and what each use does to it — the rules
 * CustomsUsageIT checks over the broker, here on the entity alone.
 */
class LicenceUsageTest {
    private static final LocalDate TODAY = LicenceFixtures.ISSUED_ON.plusDays(10);

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, dec(expected).compareTo(actual), "expected " + expected + " but was " + actual);
    }

    @Test
    void everyRuleRefusesWithItsReasonAndChangesNothing() {
        Licence rice = rice("10000");
        assertEquals(
                UsageRefusal.LICENCE_EXPIRED,
                rice.refusalOf(rice.getValidity().getExpiryDate().plusDays(1), "0200", "035", dec("1")));
        assertEquals(
                UsageRefusal.LICENCE_NOT_YET_VALID,
                rice.refusalOf(rice.getValidity().getValidFrom().minusDays(1), "0200", "035", dec("1")));
        assertEquals(UsageRefusal.PORT_MISMATCH, rice.refusalOf(TODAY, "0100", "035", dec("1")), "一证一关");
        assertEquals(UsageRefusal.UNIT_MISMATCH, rice.refusalOf(TODAY, "0200", "011", dec("1")));
        assertEquals(
                UsageRefusal.QUANTITY_EXCEEDED,
                rice.refusalOf(TODAY, "0200", "035", dec("10000.001")),
                "no 溢装 for 非一批一证 goods");
        assertEquals(LicenceStatus.VALID, rice.getStatus());
        assertEquals(0, rice.getBalance().getUseCount());
        assertTrue(rice.getBalance().isUnused());
    }

    @Test
    void theFirstAndLastDayOfValidityCountAndTheWholeQuantityMayBeCleared() {
        Licence rice = rice("10000");
        assertNull(rice.refusalOf(rice.getValidity().getValidFrom(), "0200", "035", dec("10000")));
        assertNull(declare(rice, rice.getValidity().getExpiryDate(), "10000", false));
        assertEquals(LicenceStatus.CLEARED, rice.getStatus(), "fully used: cleared");
        assertAmount("0", rice.getBalance().getQuantityLeft());
    }

    @Test
    void aLicenceForNextYearIsNotValidBeforeTheFirstOfJanuary() {
        Licence nextYear = LicenceFixtures.issued(
                ApplicationFixtures.saved(ApplicationFixtures.RICE, "100"), LocalDate.of(2026, 12, 11), null);
        assertEquals(
                UsageRefusal.LICENCE_NOT_YET_VALID,
                nextYear.refusalOf(LocalDate.of(2026, 12, 20), "0200", "035", dec("1")));
        assertNull(nextYear.refusalOf(LocalDate.of(2027, 1, 1), "0200", "035", dec("1")));
    }

    @Test
    void aDeletedOrWrittenOffLicenceSaysSoBeforeAnyOtherRule() {
        Licence deleted = rice("100");
        deleted.delete(TODAY);
        assertEquals(
                UsageRefusal.LICENCE_DELETED,
                deleted.refusalOf(deleted.getValidity().getExpiryDate().plusDays(1), "0100", "011", dec("1000")));

        Licence writtenOff = rice("100");
        assertNull(declare(writtenOff, TODAY, "100", false));
        writtenOff.writeOff(dec("100"));
        assertEquals(
                UsageRefusal.LICENCE_WRITTEN_OFF,
                writtenOff.refusalOf(writtenOff.getValidity().getExpiryDate().plusDays(1), "0100", "011", dec("1")));
    }

    @Test
    void aMultiUseLicenceServesTwelveDeclarationsAndRefusesTheThirteenth() {
        Licence rice = rice("24000");
        assertEquals(UsageBalance.MULTI_USE_LIMIT, rice.getBalance().getUsesLeft());
        for (int use = 1; use <= 12; use++) {
            assertNull(declare(rice, TODAY, "1000", false), "use " + use);
            assertEquals(12 - use, rice.getBalance().getUsesLeft());
            assertEquals(use, rice.getBalance().getUseCount());
            assertEquals(use < 12 ? LicenceStatus.IN_USE : LicenceStatus.CLEARED, rice.getStatus(), "use " + use);
        }
        assertEquals(UsageRefusal.USE_LIMIT_REACHED, declare(rice, TODAY, "1000", false));
        assertAmount("12000", rice.getBalance().getUsedQuantity());
        assertAmount("12000", rice.getBalance().getQuantityLeft());
        assertEquals(12, rice.getBalance().getUseCount());
    }

    @Test
    void usageAddsUpAndTheBalanceIsWhatIsLeft() {
        Licence rice = rice("10000");
        assertNull(declare(rice, TODAY, "9000", false));
        assertEquals(LicenceStatus.IN_USE, rice.getStatus());
        assertFalse(rice.getBalance().isUnused());
        assertAmount("1000", rice.getBalance().getQuantityLeft());
        assertEquals(UsageRefusal.QUANTITY_EXCEEDED, declare(rice, TODAY, "1000.001", false), "9000 + 1000.001");
        assertAmount("9000", rice.getBalance().getUsedQuantity());
        assertEquals(1, rice.getBalance().getUseCount(), "a refused declaration is not a use");
        assertNull(declare(rice, TODAY, "1000", false));
        assertEquals(LicenceStatus.CLEARED, rice.getStatus());
        assertAmount("10000", rice.getBalance().getUsedQuantity());
    }

    @Test
    void customsSayingLastUseClearsAPartlyUsedLicence() {
        Licence rice = rice("10000");
        assertNull(declare(rice, TODAY, "2500", true));
        assertEquals(LicenceStatus.CLEARED, rice.getStatus());
        assertAmount("7500", rice.getBalance().getQuantityLeft());
        assertEquals(11, rice.getBalance().getUsesLeft());
    }

    @Test
    void aSingleUseLicenceIsClearedByItsOneDeclarationHoweverMuchIsLeft() {
        Licence coke = LicenceFixtures.coke();
        assertEquals(1, coke.getBalance().getMaxUses());
        assertNull(declare(coke, TODAY, "1000", false));
        assertEquals(LicenceStatus.CLEARED, coke.getStatus());
        assertEquals(UsageRefusal.SINGLE_USE_EXHAUSTED, declare(coke, TODAY, "1", false));
        // Recording without the check is refused as well, and changes nothing.
        assertThrows(IllegalStateException.class, () -> coke.recordUsage(dec("1"), false));
        assertEquals(1, coke.getBalance().getUseCount());
        assertAmount("1000", coke.getBalance().getUsedQuantity());
    }

    @Test
    void bulkGoodsMayBeOvershippedByTheirPercentAndNoMore() {
        Licence coke = LicenceFixtures.coke();
        assertAmount("5", coke.getBalance().getOvershipmentPercent());
        assertEquals(dec("525000.000"), coke.getBalance().clearableQuantity());
        assertEquals(UsageRefusal.QUANTITY_EXCEEDED, coke.refusalOf(TODAY, "0200", "035", dec("525000.001")));
        assertNull(declare(coke, TODAY, "525000", false));
        assertEquals(LicenceStatus.CLEARED, coke.getStatus());
        assertAmount("525000", coke.getBalance().getUsedQuantity());
        assertAmount("0", coke.getBalance().getQuantityLeft());
    }

    @Test
    void theToleranceIsRoundedDownToTheGram() {
        Licence small = LicenceFixtures.issued(
                ApplicationFixtures.saved(ApplicationFixtures.COKE, "333.333"), LicenceFixtures.ISSUED_ON, null);
        assertEquals(dec("349.999"), small.getBalance().clearableQuantity(), "333.333 × 1.05 = 349.99965");
    }

    @Test
    void overshipmentAppliesOnlyUnderOneBatchOneLicence() {
        Commodity multiUseBulk =
                ReferenceFixtures.commodity("27040090", "其他焦炭", ApplicationFixtures.KG, false, new BigDecimal("5.00"));
        Licence licence = LicenceFixtures.issued(
                ApplicationFixtures.saved(multiUseBulk, "1000"), LicenceFixtures.ISSUED_ON, null);
        assertEquals(0, licence.getBalance().getOvershipmentPercent().signum());
        assertAmount("1000", licence.getBalance().clearableQuantity());
        assertEquals(UsageRefusal.QUANTITY_EXCEEDED, licence.refusalOf(TODAY, "0200", "035", dec("1000.001")));
    }

    @Test
    void aRedeliveredDeclarationIsTheSameOnlyWithTheSameLicenceAndQuantity() {
        Licence rice = rice("10000");
        UsageLine line = new UsageLine(
                "020220261000000001",
                rice,
                TODAY,
                "0200",
                1,
                dec("1500"),
                "035",
                "ID:1",
                LocalDateTime.of(2026, 3, 12, 10, 0));
        assertTrue(line.sameDeclarationAs(rice.getNumber(), dec("1500.000")));
        assertFalse(line.sameDeclarationAs(rice.getNumber(), dec("99")));
        assertFalse(line.sameDeclarationAs("26-02-999999", dec("1500")));
    }
}
