package org.exportlicence.enterprise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.exportlicence.platform.FieldError;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    private static String refusal(String password, String username) {
        List<FieldError> errors = PasswordRules.check("newPassword", password, username);
        return errors.isEmpty() ? null : errors.get(0).messageKey();
    }

    @Test
    void tenCharactersWithLettersAndDigitsNotContainingTheUsername() {
        assertEquals(null, refusal("Harbour2026x", "li.wei"));
        assertEquals("error.required", refusal("", "li.wei"));
        assertEquals("user.error.passwordTooShort", refusal("Abc123456", "li.wei"));
        assertEquals("user.error.passwordLettersAndDigits", refusal("abcdefghijk", "li.wei"));
        assertEquals("user.error.passwordLettersAndDigits", refusal("12345678901", "li.wei"));
        assertEquals("user.error.passwordContainsUsername", refusal("xLI.WEI2026x", "li.wei"));
        assertEquals("error.tooLong", refusal("a1".repeat(65), "li.wei"));
    }

    @Test
    void temporaryPasswordsMeetTheRules() {
        for (int i = 0; i < 200; i++) {
            String password = PasswordRules.temporary();
            assertTrue(PasswordRules.check("p", password, "nobody.here").isEmpty(), password);
        }
    }
}
