package org.exportlicence.statistics;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One line of 配额查询: a quota (document number, year, 商品大类, enterprise), its total, used and unused
 * quantity in its unit, and how many licences (not deleted) have been issued against it.
 */
public record QuotaStatementRow(
        long quotaId,
        String documentNo,
        int year,
        String categoryCode,
        String categoryNameZh,
        String categoryNameEn,
        String enterpriseCode,
        String enterpriseName,
        BigDecimal total,
        BigDecimal used,
        BigDecimal unused,
        String unitNameZh,
        String unitNameEn,
        long licences)
        implements Serializable {

    /** The JPQL constructor over {@code q} (the quota), {@code c} (its category), {@code e} and {@code u}. */
    static final String SELECT = "new org.exportlicence.statistics.QuotaStatementRow(q.id, q.documentNo, q.year,"
            + " q.categoryCode, c.nameZh, c.nameEn, e.enterpriseCode, e.nameZh, q.total, q.used, q.total - q.used,"
            + " u.nameZh, u.nameEn, 0L)";

    QuotaStatementRow withLicences(long count) {
        return new QuotaStatementRow(
                quotaId,
                documentNo,
                year,
                categoryCode,
                categoryNameZh,
                categoryNameEn,
                enterpriseCode,
                enterpriseName,
                total,
                used,
                unused,
                unitNameZh,
                unitNameEn,
                count);
    }
}
