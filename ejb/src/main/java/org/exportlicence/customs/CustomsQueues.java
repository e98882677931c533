package org.exportlicence.customs;

/**
 * The queues between the platform and customs, defined (application scoped) in the EAR's
 * glassfish-resources.xml on Payara's OpenMQ broker, with the physical names a customs system
 * addresses (ElpCustomsLicence, ElpCustomsInbound, ElpCustomsReply, ElpCustomsError); they are
 * part of the contract documented with the schemas in {@code customs/*.xsd}.
 */
public final class CustomsQueues {
    /** Platform → customs: licence messages (licence-1.xsd). */
    public static final String LICENCE = "java:app/jms/customs/licence";
    /** Customs → platform: usage messages (usage-1.xsd) and licence receipts (reply-1.xsd). */
    public static final String INBOUND = "java:app/jms/customs/inbound";
    /** Platform → customs: replies to usage messages that named no JMSReplyTo. */
    public static final String REPLY = "java:app/jms/customs/reply";
    /** Inbound messages the platform could not process (海关报文异常), kept for officers. */
    public static final String ERROR = "java:app/jms/customs/error";

    /** String property on licence messages: the same id on every delivery of one outbox row. */
    public static final String MESSAGE_ID_PROPERTY = "elpMessageId";

    private CustomsQueues() {}
}
