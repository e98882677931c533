package org.exportlicence.enterprise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UsccTest {

    @Test
    void acceptsPublishedCodesWithTheirCheckCharacter() {
        // Codes printed on public business licences (Tencent Shenzhen, Alibaba China).
        assertTrue(Uscc.isValid("9144030071526726XG"));
        assertTrue(Uscc.isValid("91330100799655058B"));
    }

    @Test
    void refusesAWrongCheckCharacter() {
        assertFalse(Uscc.isValid("9144030071526726X1"));
        assertThrows(IllegalArgumentException.class, () -> Uscc.of("91330100799655058C"));
    }

    @Test
    void refusesLettersOutsideTheAlphabetAndWrongLengths() {
        assertFalse(Uscc.isValid("91330100799655O58B"));
        assertFalse(Uscc.isValid("9133010079965505"));
        assertFalse(Uscc.isValid(null));
    }

    @Test
    void normalisesCaseAndSpaces() {
        assertEquals("9144030071526726XG", Uscc.of(" 9144030071526726xg ").value());
    }

    @Test
    void checkCharacterCompletesAnyFirstSeventeen() {
        String first = "91120116MA05K8XQ1";
        assertTrue(Uscc.isValid(first + Uscc.checkCharacter(first)));
    }
}
