package org.exportlicence.reference;

import java.io.Serializable;
import java.util.Objects;

/**
 * 商品编码 — a commodity code as a user types it: the 8-digit HS line of the catalogue or the
 * 10-digit licence code (the HS line and two national digits). Dots and spaces are ignored.
 * The catalogue is kept per HS line, so a 10-digit code is looked up by its first eight digits.
 */
public final class CommodityCode implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String digits;

    private CommodityCode(String digits) {
        this.digits = digits;
    }

    /** A complete code, 8 or 10 digits; anything else is refused. */
    public static CommodityCode of(String input) {
        String digits = normalise(input);
        if (digits.length() != 8 && digits.length() != 10 || !digits.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("A commodity code has 8 or 10 digits: " + input);
        }
        return new CommodityCode(digits);
    }

    /**
     * The HS-line prefix to search the catalogue with, from a partial code: at most 8 digits, or
     * null when the input holds no digits at all.
     */
    public static String searchPrefix(String input) {
        String digits = normalise(input);
        if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit)) {
            return digits.isEmpty() ? null : digits;
        }
        return digits.length() > 8 ? digits.substring(0, 8) : digits;
    }

    private static String normalise(String input) {
        return input == null ? "" : input.replaceAll("[\\s.]", "");
    }

    /** The catalogue's HS line: the first eight digits. */
    public String hsLine() {
        return digits.substring(0, 8);
    }

    /** The 10-digit licence code; an HS line without national digits gets "00". */
    public String licenceCode() {
        return digits.length() == 10 ? digits : digits + "00";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CommodityCode code && code.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(digits);
    }

    @Override
    public String toString() {
        return digits;
    }
}
