package thema.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import thema.project.ThemaException;

/**
 * The text of a Word .docx, with the JDK only: the paragraphs ({@code w:p}, table cells
 * included) of word/document.xml in document order, joined with "\n", so empty paragraphs
 * become blank lines just as in a .txt. In a paragraph, {@code w:t} is text,
 * {@code w:tab} a tab, {@code w:br}/{@code w:cr} a newline; deleted text, field codes and
 * the duplicate {@code mc:Fallback} copies of text boxes are skipped.
 *
 * <p>Untrusted input: the XML parser refuses DOCTYPEs and external entities, and at most
 * {@link #MAX_XML_BYTES} are inflated (zip bombs). Problems are thrown as ThemaException
 * without the file name; the caller adds it.
 */
final class DocxText {
    static final long MAX_XML_BYTES = 50L * 1024 * 1024;
    private static final String DOCUMENT = "word/document.xml";
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private DocxText() {
    }

    static String read(Path file) {
        return read(file, MAX_XML_BYTES);
    }

    /** As {@link #read(Path)} with another unpacked-size cap (tests). */
    static String read(Path file, long maxXmlBytes) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(DOCUMENT);
            if (entry == null) throw new ThemaException("not a Word document (no " + DOCUMENT + " inside)");
            if (entry.getSize() > maxXmlBytes) throw tooLarge(maxXmlBytes);
            try (InputStream in = new LimitedInputStream(zip.getInputStream(entry), maxXmlBytes)) {
                return String.join("\n", paragraphs(in));
            }
        } catch (ZipException e) {
            throw new ThemaException("not a Word .docx file (not a valid zip archive)", e);
        } catch (IOException e) {
            if (e instanceof LimitedInputStream.LimitExceeded) throw tooLarge(maxXmlBytes);
            if (e instanceof java.nio.charset.CharacterCodingException) throw new ThemaException("damaged " + DOCUMENT + " (not valid UTF-8)", e);
            throw new ThemaException("cannot read file (" + e.getMessage() + ")", e);
        }
    }

    private static ThemaException tooLarge(long limit) {
        String size = limit >= 1024 * 1024 ? limit / (1024 * 1024) + " MB" : limit + " bytes";
        return new ThemaException(DOCUMENT + " unpacks to more than " + size + "; refusing it (damaged or a zip bomb)");
    }

    static List<String> paragraphs(InputStream in) throws IOException {
        List<String> out = new ArrayList<>();
        Deque<StringBuilder> open = new ArrayDeque<>(); // nested paragraphs (text boxes) get their own
        int skipDepth = 0; // > 0 inside w:delText, w:instrText, mc:Fallback, w:tabs
        boolean inText = false;
        XMLStreamReader r = null;
        try {
            r = secureFactory().createXMLStreamReader(utf8(in));
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.DTD) throw new ThemaException("damaged " + DOCUMENT + " (it declares a DOCTYPE)");
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if (skipDepth > 0 || skipped(r.getNamespaceURI(), name)) {
                        skipDepth++;
                    } else if (isWord(r.getNamespaceURI())) {
                        switch (name) {
                            case "p" -> open.push(new StringBuilder());
                            case "t" -> inText = true;
                            case "tab" -> append(open, "\t");
                            case "br", "cr" -> append(open, "\n");
                            case "noBreakHyphen" -> append(open, "-");
                            default -> { }
                        }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    if (skipDepth > 0) {
                        skipDepth--;
                    } else if (isWord(r.getNamespaceURI())) {
                        if (r.getLocalName().equals("t")) inText = false;
                        if (r.getLocalName().equals("p") && !open.isEmpty()) out.add(open.pop().toString());
                    }
                } else if (inText && skipDepth == 0 && (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                        || ev == XMLStreamConstants.SPACE)) {
                    append(open, r.getText());
                }
            }
            return out;
        } catch (XMLStreamException e) {
            // the size cap fires inside the parser: let it through as itself
            if (e.getNestedException() instanceof IOException io) throw io;
            if (e.getCause() instanceof IOException io) throw io;
            throw new ThemaException("damaged " + DOCUMENT + " (" + xmlProblem(e) + ")", e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing left to release
                }
            }
        }
    }

    /**
     * Word writes document.xml in UTF-8: it is decoded here, strictly, because the JDK's parser
     * prints "[Fatal Error]" to the terminal on a bad byte. A UTF-16 one (a BOM) is left to the parser.
     */
    private static java.io.Reader utf8(InputStream in) throws IOException {
        java.io.PushbackInputStream p = new java.io.PushbackInputStream(in, 2);
        byte[] head = p.readNBytes(2);
        p.unread(head);
        boolean utf16 = head.length == 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE);
        java.nio.charset.Charset cs = utf16 ? java.nio.charset.StandardCharsets.UTF_16 : java.nio.charset.StandardCharsets.UTF_8;
        return new java.io.InputStreamReader(p, cs.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT));
    }

    /**
     * The JDK's own StAX (not whatever a jar on the class path registers): no DTDs, no
     * external entities or DTD access. It has no FEATURE_SECURE_PROCESSING switch (it
     * rejects the property); its jdk.xml.* entity limits are always on, and a DOCTYPE is
     * refused above before any entity could matter.
     */
    private static XMLInputFactory secureFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return f;
    }

    private static boolean isWord(String ns) {
        // transitional and strict OOXML
        return ns != null && (ns.endsWith("/wordprocessingml/2006/main") || ns.endsWith("/ooxml/wordprocessingml/main"));
    }

    private static boolean skipped(String ns, String name) {
        if (MC.equals(ns)) return name.equals("Fallback");
        return isWord(ns) && (name.equals("delText") || name.equals("instrText") || name.equals("tabs"));
    }

    private static void append(Deque<StringBuilder> open, String s) {
        if (!open.isEmpty()) open.peek().append(s);
    }

    /** The JDK says "ParseError at [row,col]:[1,56]\nMessage: ..."; say where and what without its names. */
    private static String xmlProblem(XMLStreamException e) {
        String msg = e.getMessage() == null ? "" : e.getMessage();
        int m = msg.indexOf("Message:");
        String what = (m >= 0 ? msg.substring(m + 8) : msg.replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]", "")).replaceAll("\\s+", " ").strip();
        if (what.isEmpty() || what.contains("Exception") || what.contains("java.")) what = "not well-formed XML";
        if (what.length() > 160) what = what.substring(0, 160) + "...";
        javax.xml.stream.Location at = e.getLocation();
        return at == null || at.getLineNumber() < 0 ? what : "line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ": " + what;
    }
}
