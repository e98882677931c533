package org.exportlicence.quota;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * 申请调换 as the enterprise fills it in: the source quota, and either an existing receiving quota
 * ({@code toQuotaId}) or a new line ({@code categoryCode}, optionally {@code tradeModeId} and
 * {@code countryCode}); the quantity and the reason.
 */
public record QuotaSwapForm(
        Long fromQuotaId,
        Long toQuotaId,
        String categoryCode,
        Long tradeModeId,
        String countryCode,
        BigDecimal quantity,
        String reason)
        implements Serializable {

    /** To an existing quota. */
    public static QuotaSwapForm toQuota(Long fromQuotaId, Long toQuotaId, BigDecimal quantity, String reason) {
        return new QuotaSwapForm(fromQuotaId, toQuotaId, null, null, null, quantity, reason);
    }

    /** To a new quota line. */
    public static QuotaSwapForm toNewLine(
            Long fromQuotaId,
            String categoryCode,
            Long tradeModeId,
            String countryCode,
            BigDecimal quantity,
            String reason) {
        return new QuotaSwapForm(fromQuotaId, null, categoryCode, tradeModeId, countryCode, quantity, reason);
    }
}
