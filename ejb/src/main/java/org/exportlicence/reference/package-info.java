/**
 * 参数列表 — reference data: the commodity catalogue, countries, currencies, ports, trade and transport
 * modes, payment methods, units, issuing authorities; loaded from CSV by Java migrations, read-mostly.
 * Start at {@code ReferenceCatalogue}.
 */
package org.exportlicence.reference;
