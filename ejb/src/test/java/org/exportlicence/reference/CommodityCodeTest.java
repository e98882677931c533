package org.exportlicence.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CommodityCodeTest {

    @Test
    void tenDigitLicenceCodeMapsToItsHsLine() {
        CommodityCode code = CommodityCode.of("1006.3020.90");
        assertEquals("10063020", code.hsLine());
        assertEquals("1006302090", code.licenceCode());
    }

    @Test
    void eightDigitHsLineGetsTwoZeroDigitsOnTheLicence() {
        assertEquals("1006302000", CommodityCode.of("10063020").licenceCode());
    }

    @Test
    void refusesOtherLengthsAndLetters() {
        assertThrows(IllegalArgumentException.class, () -> CommodityCode.of("1006302"));
        assertThrows(IllegalArgumentException.class, () -> CommodityCode.of("10063020A0"));
    }

    @Test
    void searchPrefixCutsLicenceCodesToTheHsLine() {
        assertEquals("1006", CommodityCode.searchPrefix("10.06"));
        assertEquals("10063020", CommodityCode.searchPrefix("1006302090"));
        assertNull(CommodityCode.searchPrefix("  "));
    }
}
