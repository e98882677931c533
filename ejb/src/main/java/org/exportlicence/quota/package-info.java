/**
 * 配额 — an enterprise's quota per year and goods category, and what licences take from it.
 *
 * <p>Owns {@link org.exportlicence.quota.Quota} (its rules: consume, release, cover) and the home
 * {@code Quotas} (look-up by document number, take and give back under the row lock, audited).
 */
package org.exportlicence.quota;
