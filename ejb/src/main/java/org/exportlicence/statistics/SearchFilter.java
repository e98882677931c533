package org.exportlicence.statistics;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * 综合查询's conditions, each ignored when empty: 许可证年度, 发证商品码 (prefix), 申请表号, 许可证号, the
 * application's status (an {@code ApplicationStatus} name), 贸易方式 (id), 进口国（地区）and 报关口岸 (codes),
 * application and issue date ranges, and for officers the enterprise (13-character code).
 */
public record SearchFilter(
        Integer licenceYear,
        String commodityCode,
        String applicationNo,
        String licenceNo,
        String status,
        Long tradeModeId,
        String countryCode,
        String portCode,
        LocalDate appliedFrom,
        LocalDate appliedTo,
        LocalDate issuedFrom,
        LocalDate issuedTo,
        String enterpriseCode)
        implements Serializable {

    public static SearchFilter none() {
        return new SearchFilter(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
