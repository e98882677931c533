package org.exportlicence.statistics;

import java.io.Serializable;

/**
 * 配额查询's conditions, each ignored when empty: the quota year, the 商品大类 code, the document number
 * (配额文号, prefix) and, for officers, the enterprise (13-character code).
 */
public record QuotaStatementFilter(Integer year, String categoryCode, String documentNo, String enterpriseCode)
        implements Serializable {

    public static QuotaStatementFilter none() {
        return new QuotaStatementFilter(null, null, null, null);
    }
}
