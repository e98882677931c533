package org.exportlicence.licence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Licence validity at the boundaries of SPEC §5, and licence numbers. */
class ValidityTest {

    @Test
    void sixMonthsFromMidYear() {
        Validity v = Validity.forIssueOn(LocalDate.of(2026, 6, 30));
        assertEquals(LocalDate.of(2026, 6, 30), v.getValidFrom());
        assertEquals(LocalDate.of(2026, 12, 29), v.getExpiryDate());
        assertEquals(2026, v.getLicenceYear());
        assertFalse(v.isNextYear());
    }

    @Test
    void neverPastTheThirtyFirstOfDecember() {
        assertEquals(
                LocalDate.of(2026, 12, 31),
                Validity.forIssueOn(LocalDate.of(2026, 10, 20)).getExpiryDate());
        assertEquals(
                LocalDate.of(2026, 12, 31),
                Validity.forIssueOn(LocalDate.of(2026, 12, 9)).getExpiryDate());
        assertEquals(
                LocalDate.of(2026, 6, 30),
                Validity.forIssueOn(LocalDate.of(2026, 1, 1)).getExpiryDate());
    }

    @Test
    void fromTheTenthOfDecemberLicencesAreForNextYear() {
        Validity v = Validity.forIssueOn(LocalDate.of(2026, 12, 11));
        assertTrue(v.isNextYear());
        assertEquals(2027, v.getLicenceYear());
        assertEquals(LocalDate.of(2027, 1, 1), v.getValidFrom());
        assertEquals(LocalDate.of(2027, 6, 30), v.getExpiryDate());
        assertTrue(Validity.forIssueOn(LocalDate.of(2026, 12, 10)).isNextYear());
    }

    @Test
    void licenceNumbersAreYearBodyAndSerial() {
        assertEquals("26-02-000051", LicenceNumber.of(2026, "02", 51).value());
        assertEquals("27-01-1234567", LicenceNumber.of(2027, "01", 1_234_567).value());
        assertTrue(LicenceNumber.isWellFormed("26-02-000051"));
        assertFalse(LicenceNumber.isWellFormed("26-02-51"));
        assertThrows(IllegalArgumentException.class, () -> LicenceNumber.of(2026, "TB", 1));
    }
}
