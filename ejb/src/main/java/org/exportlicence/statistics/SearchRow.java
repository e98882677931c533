package org.exportlicence.statistics;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.exportlicence.application.ApplicationStatus;
import org.exportlicence.licence.LicenceStatus;

/**
 * One row of 综合查询: an application and its licence (null licence fields when none is issued yet):
 * numbers, states, the enterprise, the goods and the trade terms, quantity and value, when it was
 * submitted (null for one never submitted) and when its licence was issued.
 */
public record SearchRow(
        long applicationId,
        String applicationNo,
        ApplicationStatus status,
        Long licenceId,
        String licenceNo,
        LicenceStatus licenceStatus,
        LocalDate issueDate,
        String enterpriseCode,
        String enterpriseName,
        String commodityCode,
        String commodityName,
        String tradeModeCode,
        String tradeModeName,
        String countryCode,
        String countryNameZh,
        String countryNameEn,
        String portCode,
        BigDecimal quantity,
        String unitNameZh,
        String unitNameEn,
        BigDecimal totalUsd,
        LocalDateTime submittedAt)
        implements Serializable {

    /** The JPQL constructor expression over {@code a} (the application) and {@code l} (its licence, if any). */
    static final String SELECT = "new org.exportlicence.statistics.SearchRow(a.id, a.number.value, a.status, l.id,"
            + " l.number.value, l.status, l.validity.issueDate, e.enterpriseCode, e.nameZh, a.goods.commodityCode,"
            + " a.goods.commodityName, m.code, m.nameZh, c.code, c.nameZh, c.nameEn, p.code, a.goods.quantity,"
            + " u.nameZh, u.nameEn, a.goods.totalUsd, a.submittedAt)";
}
