package thema.interchange;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A small indenting XML writer over the JDK's StAX writer (which escapes text and attribute
 * values). Characters XML 1.0 cannot hold (most control characters) are dropped, so a stray
 * control character in a memo cannot make the export unreadable for other tools.
 */
final class XmlOut {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    /** Buffered: the JDK's own UTF-8 stream writer writes one character at a time. */
    private final Writer out = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 1 << 16);
    private final XMLStreamWriter w;
    private int depth;
    private boolean openHasChildren;

    XmlOut(String rootName, String namespace) {
        try {
            w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement(rootName);
            w.writeDefaultNamespace(namespace);
            depth = 1;
            openHasChildren = false;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlOut attr(String name, Object value) {
        if (value == null) return this;
        try {
            w.writeAttribute(name, clean(value.toString()));
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    XmlOut start(String name) {
        try {
            indent();
            w.writeStartElement(name);
            depth++;
            openHasChildren = false;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    XmlOut end() {
        try {
            depth--;
            if (openHasChildren) indent();
            w.writeEndElement();
            openHasChildren = true;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** An element holding only text: {@code <Description>text</Description>}. */
    XmlOut textElement(String name, String text) {
        if (text == null) return this;
        start(name);
        try {
            w.writeCharacters(clean(text));
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        depth--;
        try {
            w.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        openHasChildren = true;
        return this;
    }

    byte[] finish() {
        try {
            while (depth > 0) end();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.close();
            out.flush();
        } catch (XMLStreamException | IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    private void indent() throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }

    static String clean(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                        : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
                ok = paired;
            }
            if (!ok && b == null) b = new StringBuilder(s.substring(0, i));
            if (b != null && ok) b.append(c);
        }
        return b == null ? s : b.toString();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
