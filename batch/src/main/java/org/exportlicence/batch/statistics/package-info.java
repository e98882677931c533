/**
 * monthly-report: 统计月报 of a closed month published as a snapshot per issuing authority and per
 * enterprise (ejb {@code statistics.MonthlyPublishing}), so later corrections do not change what was
 * reported; a published month is replaced only with replace=true, audited.
 */
package org.exportlicence.batch.statistics;
