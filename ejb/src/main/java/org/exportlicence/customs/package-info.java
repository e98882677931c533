/**
 * 海关 — the customs integration over JMS (TextMessage XML, licence-1.xsd and usage-1.xsd).
 *
 * <p>Outbound: {@code CustomsOutbox} implements the licence road's port
 * {@link org.exportlicence.licence.CustomsGateway} by writing to the outbox in the caller's
 * transaction; {@code OutboxRelay} and {@code OutboxSender} deliver, {@code OutboxStore} keeps the
 * books and reports delivery back through {@link org.exportlicence.licence.Licences}. Inbound: the
 * {@code CustomsInbound} MDB hands usage messages and receipts on; messages that cannot be handled are
 * kept for the authority (海关报文异常, {@code CustomsErrors}). Start reading at {@code CustomsOutbox}.
 */
package org.exportlicence.customs;
