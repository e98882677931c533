package org.exportlicence.customs.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The message formats of the customs interface (the XSDs under {@code xsd/}, put there by the build
 * from the platform's contract in resources/src/main/resources/customs): a hardened parser for what is
 * received, schema validation, and the builders of what customs sends.
 */
final class Xml {

    static final String LICENCE_NS = "urn:exportlicence:customs:licence:1";
    static final String USAGE_NS = "urn:exportlicence:customs:usage:1";
    static final String REPLY_NS = "urn:exportlicence:customs:reply:1";

    /** The contract's schemas, bundled in the jar. */
    enum Contract {
        LICENCE("licence-1.xsd"),
        USAGE("usage-1.xsd"),
        REPLY("reply-1.xsd");

        final String file;
        private volatile Schema schema;

        Contract(String file) {
            this.file = file;
        }

        Schema schema() {
            Schema s = schema;
            if (s == null) {
                s = schema = load(file);
            }
            return s;
        }
    }

    /** A message that could not be read or breaks its schema. */
    static final class XmlException extends Exception {
        XmlException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private Xml() {}

    // ---------------------------------------------------------------- reading

    /**
     * Parses untrusted XML: namespace aware; a DOCTYPE is refused outright, so no entity (internal
     * or external) and no DTD is ever read; no XInclude.
     */
    static Document parse(String text) throws XmlException {
        if (text == null) {
            throw new XmlException("no text", null);
        }
        try {
            DocumentBuilder builder = hardenedFactory().newDocumentBuilder();
            builder.setErrorHandler(THROWING);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity refused: " + systemId);
            });
            return builder.parse(new InputSource(new StringReader(text)));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser cannot be hardened", e);
        } catch (SAXException e) {
            if (e.getMessage() != null && e.getMessage().contains("DOCTYPE")) {
                throw new XmlException("refused unread: it has a DOCTYPE declaration", e);
            }
            throw new XmlException("not well-formed XML: " + describe(e), e);
        } catch (IOException e) {
            throw new XmlException("cannot read XML: " + e.getMessage(), e);
        }
    }

    static DocumentBuilderFactory hardenedFactory() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        return f;
    }

    /** Validates a parsed document against one of the contract's schemas. */
    static void validate(Document doc, Contract contract) throws XmlException {
        try {
            Validator v = contract.schema().newValidator();
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            v.setErrorHandler(THROWING);
            v.validate(new DOMSource(doc));
        } catch (SAXException e) {
            throw new XmlException("breaks " + contract.file + ": " + describe(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses and validates. */
    static Document parseValid(String text, Contract contract) throws XmlException {
        Document doc = parse(text);
        validate(doc, contract);
        return doc;
    }

    /** The text of each child element of the root in the given namespace, in document order. */
    static Map<String, String> fields(Document doc, String namespace) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Node n = doc.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && namespace.equals(e.getNamespaceURI())) {
                fields.put(e.getLocalName(), e.getTextContent().strip());
            }
        }
        return fields;
    }

    static String rootName(Document doc) {
        return doc.getDocumentElement().getLocalName();
    }

    static String rootNamespace(Document doc) {
        return doc.getDocumentElement().getNamespaceURI();
    }

    // ---------------------------------------------------------------- writing

    /** Builds a document in one namespace: root element with simple child elements, one a line. */
    static String build(String namespace, String root, Map<String, String> children) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.setDefaultNamespace(namespace);
            w.writeStartElement(namespace, root);
            w.writeDefaultNamespace(namespace);
            for (Map.Entry<String, String> c : children.entrySet()) {
                if (c.getValue() == null) {
                    continue;
                }
                w.writeCharacters("\n    ");
                w.writeStartElement(namespace, c.getKey());
                w.writeCharacters(c.getValue());
                w.writeEndElement();
            }
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XML", e);
        }
        return out.append('\n').toString();
    }

    // ---------------------------------------------------------------- helpers

    private static Schema load(String file) {
        URL url = Xml.class.getResource("xsd/" + file);
        if (url == null) {
            throw new IllegalStateException("schema xsd/" + file + " missing from the class path");
        }
        try (InputStream in = url.openStream()) {
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return f.newSchema(new StreamSource(in, url.toExternalForm()));
        } catch (IOException | SAXException e) {
            throw new IllegalStateException("cannot load schema " + file, e);
        }
    }

    private static String describe(SAXException e) {
        if (e instanceof SAXParseException p && p.getLineNumber() > 0) {
            return "line " + p.getLineNumber() + ": " + p.getMessage();
        }
        return e.getMessage();
    }

    /** Errors stop parsing (instead of the default handler printing "[Fatal Error]" to stderr). */
    private static final ErrorHandler THROWING = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };
}
