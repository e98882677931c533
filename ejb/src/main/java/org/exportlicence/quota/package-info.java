/**
 * 配额 — an enterprise's quota per year and goods category, and what licences take from it.
 *
 * <p>Owns {@link org.exportlicence.quota.Quota} (its rules: consume, release, cover, adjust, withdraw) and
 * the home {@code Quotas} (look-up by document number, take and give back under the row lock, audited).
 * 配额管理 for quota officers and the administrator: {@code QuotaCommands} (allocate, adjust, withdraw),
 * {@code QuotaQueries} (the scoped list with licence counts, one quota, its history), {@code QuotaImport}
 * (an allocation list, all or nothing, with its template) and {@code QuotaExport}; the rules of one
 * allocation are {@code AllocationChecks}, the 配额文号 format is on {@code QuotaAllocation}.
 */
package org.exportlicence.quota;
