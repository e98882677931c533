/**
 * 企业信息 — enterprises, platform users, sign-in protection and the data scope.
 *
 * <p>Owns {@link org.exportlicence.enterprise.Enterprise}, {@link org.exportlicence.enterprise.PlatformUser},
 * the USCC value object and the sign-in counters. {@link org.exportlicence.enterprise.Caller} is the
 * signed-in user as services see them; its {@code scope(type, alias)} is the data-scope condition over
 * any {@link org.exportlicence.enterprise.Owned} record, whose owner is the embedded
 * {@link org.exportlicence.enterprise.Ownership} (enterprise, authority, clerk). Start at {@code Caller}.
 */
package org.exportlicence.enterprise;
