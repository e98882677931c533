/**
 * 许可证 — export licences: issuing, usage at customs, verification.
 *
 * <p>Owns {@link org.exportlicence.licence.Licence} (number, validity, quantities, usage lines and the
 * rules on them), {@code LicenceIssuer} (生成电子许可证), {@code UsageRecorder} (customs declarations),
 * {@code LicenceQueries} (查看电子许可证, the public check) and the home {@code Licences}. What customs
 * must be told goes through the port {@link org.exportlicence.licence.CustomsGateway}; this package
 * never imports {@code customs}. Start at {@code Licence}.
 */
package org.exportlicence.licence;
