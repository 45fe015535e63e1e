package thema.interchange;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import thema.importing.LimitedInputStream;
import thema.project.ThemaException;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

/**
 * XML from other tools, parsed with the JDK's own DOM parser set up for untrusted input:
 * DOCTYPE declarations are refused outright (so no entity, internal or external, can be
 * declared: no XXE, no billion laughs), no external DTD or schema is fetched, and
 * FEATURE_SECURE_PROCESSING keeps the JDK's size limits on. Elements are matched by local
 * name: tools disagree on namespaces (project vs codebook namespace, none at all).
 */
final class SecureXml {
    private SecureXml() {
    }

    static Document parse(InputStream in, String name) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new ErrorHandler() { // the default one prints to stderr
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return b.parse(in);
        } catch (SAXParseException e) {
            String msg = e.getMessage() == null ? "XML error" : e.getMessage().strip();
            if (msg.contains("DOCTYPE")) {
                throw new ThemaException(name + ": refusing a DOCTYPE declaration (DTDs and entities are not allowed in a REFI-QDA file)");
            }
            throw new ThemaException(name + " line " + e.getLineNumber() + ": malformed XML (" + firstLine(msg) + ")");
        } catch (SAXException e) {
            throw new ThemaException(name + ": malformed XML (" + firstLine(String.valueOf(e.getMessage())) + ")");
        } catch (LimitedInputStream.LimitExceeded e) {
            throw new ThemaException(name + ": unpacks to more than allowed (" + e.getMessage() + "); refusing it (damaged or a zip bomb)");
        } catch (IOException e) {
            throw new ThemaException(name + ": cannot read (" + e.getMessage() + ")");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Child elements with local name {@code name}, in order. */
    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        if (parent == null) return out;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(localName(e))) out.add(e);
        }
        return out;
    }

    static Element child(Element parent, String name) {
        List<Element> c = children(parent, name);
        return c.isEmpty() ? null : c.get(0);
    }

    static String localName(Element e) {
        return e.getLocalName() != null ? e.getLocalName() : e.getTagName();
    }

    /** An attribute's value, or null when absent or blank. */
    static String attr(Element e, String name) {
        String v = e.getAttribute(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** The text of a child element (Description, TextValue, ...), or null. */
    static String childText(Element parent, String name) {
        Element c = child(parent, name);
        return c == null ? null : c.getTextContent();
    }

    /** How an element is named in errors: {@code PlainTextSelection 'guid'}. */
    static String describe(Element e) {
        String guid = attr(e, "guid");
        String name = attr(e, "name");
        return localName(e) + (guid != null ? " " + guid : "") + (name != null ? " ('" + name + "')" : "");
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
