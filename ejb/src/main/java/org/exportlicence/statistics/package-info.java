/**
 * 综合查询统计 — the query and statistics screens of enterprises and officers: 综合查询, 统计月报, 综合统计,
 * 配额查询, 大米专项查询/统计 and 焦炭专项查询/统计.
 *
 * <p>Every figure is computed by the database (JPQL aggregates through {@code ListQuery.grouped},
 * returned as small records), always within the caller's data scope: a clerk sees their own, their
 * department's or their enterprise's licences (本人/本部门/本公司), an officer those of their authority,
 * with the enterprise as an extra condition. {@link org.exportlicence.statistics.ReportWorkbook} writes any
 * result as an .xlsx with its conditions.
 */
package org.exportlicence.statistics;
