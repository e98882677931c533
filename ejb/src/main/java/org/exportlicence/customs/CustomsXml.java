package org.exportlicence.customs;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.Unmarshaller;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.Source;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The platform's one way to read and write customs messages: Jakarta XML Binding over a parser
 * that refuses any DOCTYPE (so no DTD, no entity, internal or external, is ever read), validated
 * against the schemas shipped in {@code customs/*.xsd}, and only for messages up to
 * {@link #MAX_MESSAGE_BYTES}.
 */
public final class CustomsXml {
    /** The largest inbound message read at all (UTF-8 bytes); documented in usage-1.xsd. */
    public static final int MAX_MESSAGE_BYTES = 64 * 1024;

    public static final String[] SCHEMAS = {"customs/licence-1.xsd", "customs/usage-1.xsd", "customs/reply-1.xsd"};

    /** A licence number as licence-1.xsd's LicenceNumber type allows it. */
    static final java.util.regex.Pattern LICENCE_NUMBER =
            java.util.regex.Pattern.compile("[0-9]{2}-[0-9A-Z]{2}-[0-9]{6}");

    private static final SAXParserFactory PARSERS = hardenedParserFactory();
    private static final Schema SCHEMA = loadSchema();
    private static final JAXBContext CONTEXT = context();
    private static final java.util.Map<Class<?>, JAXBContext> WRITERS = new java.util.concurrent.ConcurrentHashMap<>();

    private CustomsXml() {}

    /** Why a message could not be read; {@link #tooLarge()} tells the two refusals apart. */
    public static final class UnreadableMessage extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean tooLarge;

        UnreadableMessage(String message, boolean tooLarge, Throwable cause) {
            super(message, cause);
            this.tooLarge = tooLarge;
        }

        public boolean tooLarge() {
            return tooLarge;
        }
    }

    /** Reads a message of the customs schemas (inbound: a {@link UsageMessage} or a {@link LicenceReceipt}). */
    public static Object read(String text) throws UnreadableMessage {
        if (text == null || text.isBlank()) {
            throw new UnreadableMessage("empty message", false, null);
        }
        int bytes = utf8Length(text);
        if (bytes > MAX_MESSAGE_BYTES) {
            throw new UnreadableMessage(
                    "message of " + bytes + " bytes is over the limit of " + MAX_MESSAGE_BYTES + " bytes", true, null);
        }
        try {
            XMLReader reader = PARSERS.newSAXParser().getXMLReader();
            Unmarshaller unmarshaller = CONTEXT.createUnmarshaller();
            unmarshaller.setSchema(SCHEMA);
            return unmarshaller.unmarshal(new SAXSource(reader, new InputSource(new StringReader(text))));
        } catch (JAXBException e) {
            Throwable cause = e.getLinkedException() != null ? e.getLinkedException() : e;
            throw new UnreadableMessage(String.valueOf(cause.getMessage()), false, e);
        } catch (SAXException | ParserConfigurationException e) {
            throw new UnreadableMessage(String.valueOf(e.getMessage()), false, e);
        }
    }

    /** Writes an outbound message (checked against the schemas: the platform never sends what it would refuse). */
    public static String write(Object message) {
        return write(message, true);
    }

    /**
     * Writes a message every field of which its caller has checked by type (a well-formed licence number, a
     * date), without the schema check: that check costs 0.1–0.3 ms a message, most of what the nightly
     * licence-expiry job spends per licence. CustomsXmlTest checks such messages against the schemas.
     */
    static String writeChecked(Object message) {
        return write(message, false);
    }

    private static String write(Object message, boolean validate) {
        try {
            // A context of the one class, so the message declares only its own namespace.
            Marshaller marshaller = WRITERS.computeIfAbsent(message.getClass(), CustomsXml::contextOf)
                    .createMarshaller();
            marshaller.setSchema(validate ? SCHEMA : null);
            marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, Boolean.TRUE);
            marshaller.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            marshaller.marshal(message, out);
            return out.toString();
        } catch (JAXBException e) {
            throw new IllegalStateException(
                    "Cannot write customs message " + message.getClass().getSimpleName(), e);
        }
    }

    /** Checks a message written some other way (the outbox's) against the shipped schemas. */
    public static void validate(String text) throws UnreadableMessage {
        try {
            XMLReader reader = PARSERS.newSAXParser().getXMLReader();
            SCHEMA.newValidator().validate(new SAXSource(reader, new InputSource(new StringReader(text))));
        } catch (SAXException | ParserConfigurationException | java.io.IOException e) {
            throw new UnreadableMessage(String.valueOf(e.getMessage()), false, e);
        }
    }

    static int utf8Length(String text) {
        // Counted without copying: a huge message must not cost a huge array before it is refused.
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return (int) Math.min(Integer.MAX_VALUE, bytes);
    }

    private static SAXParserFactory hardenedParserFactory() {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("XML parser cannot be hardened", e);
        }
    }

    private static Schema loadSchema() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            Source[] sources = new Source[SCHEMAS.length];
            for (int i = 0; i < SCHEMAS.length; i++) {
                URL url = CustomsXml.class.getClassLoader().getResource(SCHEMAS[i]);
                if (url == null) {
                    throw new IllegalStateException("Schema missing from the build: " + SCHEMAS[i]);
                }
                sources[i] = new StreamSource(url.openStream(), url.toExternalForm());
            }
            return factory.newSchema(sources);
        } catch (SAXException | java.io.IOException e) {
            throw new IllegalStateException("Customs schemas cannot be loaded", e);
        }
    }

    private static JAXBContext contextOf(Class<?> type) {
        try {
            return JAXBContext.newInstance(type);
        } catch (JAXBException e) {
            throw new IllegalStateException("Customs message class cannot be bound: " + type, e);
        }
    }

    private static JAXBContext context() {
        try {
            return JAXBContext.newInstance(
                    UsageMessage.class,
                    UsageReply.class,
                    LicenceReceipt.class,
                    LicenceEvents.Issued.class,
                    LicenceEvents.Deleted.class,
                    LicenceEvents.WrittenOff.class,
                    LicenceEvents.Expired.class);
        } catch (JAXBException e) {
            throw new IllegalStateException("Customs message classes cannot be bound", e);
        }
    }

    /** The root element a message read by {@link #read} had: its class's {@code @XmlRootElement} name. */
    static String rootElementOf(Object message) {
        jakarta.xml.bind.annotation.XmlRootElement root =
                message.getClass().getAnnotation(jakarta.xml.bind.annotation.XmlRootElement.class);
        if (root == null) {
            throw new IllegalArgumentException(
                    "not a customs message: " + message.getClass().getName());
        }
        return root.name();
    }

    /** For messages kept for the officers: at most this many characters of a refused message. */
    static String keepable(String text, int maxChars) {
        if (text == null || text.length() <= maxChars) {
            return text;
        }
        return text.substring(0, maxChars) + "\n<!-- … " + (utf8Length(text)) + " bytes in all, cut here -->";
    }
}
