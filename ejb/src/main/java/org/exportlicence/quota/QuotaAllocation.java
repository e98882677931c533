package org.exportlicence.quota;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One allocation as an officer enters it or a row of an allocation list gives it: the enterprise (its
 * 13-character enterprise code), year, commodity category of that year's catalogue, 配额文号, quantity
 * and unit, the optional trade-mode restriction (a customs 监管方式 code such as 0615), the optional
 * importing country or region (a customs country code such as 110 中国香港) and the issuing authority
 * (an officer's own; the administrator's choice, else the enterprise's authority). Codes as typed.
 *
 * <p>配额文号 format: {@value #DOCUMENT_NO_FORMAT}, e.g. 2026-DM-TJ-0001 — the quota year, 1–4 capital
 * letters for the goods (DM 大米, MT 煤炭, W 钨), 2–4 capital letters for the authority (TJ, QLB) and a
 * 4–6 digit serial; the year must be the quota's; unique across the platform.
 */
public record QuotaAllocation(
        String enterpriseCode,
        Integer year,
        String categoryCode,
        String documentNo,
        BigDecimal quantity,
        String unitCode,
        String tradeModeCode,
        String countryCode,
        String authorityCode)
        implements Serializable {

    /** The 配额文号 pattern (see the class comment). */
    public static final String DOCUMENT_NO_FORMAT = "\\d{4}-[A-Z]{1,4}-[A-Z]{2,4}-\\d{4,6}";
}
