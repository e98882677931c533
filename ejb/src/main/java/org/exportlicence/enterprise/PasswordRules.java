package org.exportlicence.enterprise;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.exportlicence.platform.FieldError;

/**
 * 密码规则 — what a new password must be: at least {@value #MIN_LENGTH} characters with letters and
 * digits, not containing the user name, and not one of the user's last {@value #REMEMBERED} passwords
 * (checked against their hashes, see {@link PasswordHistory}). Temporary passwords that the platform
 * makes follow the same rules.
 */
public final class PasswordRules {
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    /** How many of a user's last passwords (the current one among them) a new one may not repeat. */
    public static final int REMEMBERED = 5;

    private static final int TEMPORARY_LENGTH = 12;
    /** No 0/O, 1/l/I: a temporary password is read out or copied by hand. */
    private static final String LETTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";

    private static final String DIGITS = "23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordRules() {}

    /** The refusals of {@code password} as a new password of {@code username}, at {@code field}; empty when it is good. */
    public static List<FieldError> check(String field, String password, String username) {
        List<FieldError> errors = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            errors.add(new FieldError(field, "error.required"));
        } else if (password.length() < MIN_LENGTH) {
            errors.add(new FieldError(field, "user.error.passwordTooShort", MIN_LENGTH));
        } else if (password.length() > MAX_LENGTH) {
            errors.add(new FieldError(field, "error.tooLong", MAX_LENGTH));
        } else if (password.chars().noneMatch(Character::isLetter)
                || password.chars().noneMatch(Character::isDigit)) {
            errors.add(new FieldError(field, "user.error.passwordLettersAndDigits"));
        } else if (password.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError(field, "error.controlCharacters"));
        } else if (username != null
                && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT))) {
            errors.add(new FieldError(field, "user.error.passwordContainsUsername"));
        }
        return errors;
    }

    /** A random temporary password that meets the rules (letters and digits, none easily mistaken for another). */
    public static String temporary() {
        StringBuilder password = new StringBuilder(TEMPORARY_LENGTH);
        String all = LETTERS + DIGITS;
        for (int i = 0; i < TEMPORARY_LENGTH; i++) {
            String from = i == 3 || i == 8 ? DIGITS : i == 0 ? LETTERS : all;
            password.append(from.charAt(RANDOM.nextInt(from.length())));
        }
        return password.toString();
    }
}
