package thema.writeup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import thema.analysis.CodeTable;

/**
 * A {@link CodeTable} as a page for a browser (HTML) or a Word document (.docx), with a caption
 * above and a note below (what was counted). The .docx is the smallest WordprocessingML package
 * Word and LibreOffice open (content types, one relationship, the document), written with the
 * JDK's zip and XML writers; its entries carry a fixed time, so the same table gives the same bytes.
 */
public final class TableDocuments {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** 1980-01-01, the earliest time a zip entry holds: no clock in the file. */
    private static final long FIXED_TIME = 315532800000L + 12 * 3600_000L;

    private TableDocuments() {
    }

    public static String html(CodeTable t, List<CodeTable.Measure> measures, String caption, String note) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(HtmlReport.esc(caption)).append("</title>\n")
                .append("<style>table{border-collapse:collapse;font:14px/1.4 sans-serif}th,td{border-top:1px solid #999;border-bottom:1px solid #999;padding:3px 10px}")
                .append("td.n{text-align:right}caption{text-align:left;font-weight:bold;padding-bottom:6px}p{font:12px sans-serif;color:#333}</style></head><body>\n");
        h.append("<table>\n<caption>").append(HtmlReport.esc(caption)).append("</caption>\n<thead><tr><th>code</th>");
        for (CodeTable.Column c : t.columns()) h.append("<th>").append(HtmlReport.esc(t.heading(c))).append("</th>");
        h.append("</tr></thead>\n<tbody>\n");
        for (CodeTable.Line l : t.lines()) {
            h.append("<tr><td style=\"padding-left:").append(10 + 16 * l.depth()).append("px\">").append(HtmlReport.esc(CodeTable.name(l))).append("</td>");
            for (CodeTable.Cell c : l.cells()) h.append("<td class=\"n\">").append(HtmlReport.esc(CodeTable.text(c, measures))).append("</td>");
            h.append("</tr>\n");
        }
        h.append("</tbody></table>\n<p>").append(HtmlReport.esc(note)).append("</p>\n</body></html>\n");
        return h.toString();
    }

    public static byte[] docx(CodeTable t, List<CodeTable.Measure> measures, String caption, String note) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
                    </Types>""".getBytes(StandardCharsets.UTF_8));
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
                    </Relationships>""".getBytes(StandardCharsets.UTF_8));
            entry(zip, "word/document.xml", document(t, measures, caption, note));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a zip in memory", e);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(FIXED_TIME);
        zip.putNextEntry(e);
        zip.write(content);
        zip.closeEntry();
    }

    private static byte[] document(CodeTable t, List<CodeTable.Measure> measures, String caption, String note) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.setPrefix("w", W);
            x.writeStartElement(W, "document");
            x.writeNamespace("w", W);
            x.writeStartElement(W, "body");
            paragraph(x, caption, true, 0, false);
            x.writeStartElement(W, "tbl");
            x.writeStartElement(W, "tblPr");
            x.writeStartElement(W, "tblBorders");
            for (String side : List.of("top", "bottom", "insideH")) {
                x.writeEmptyElement(W, side);
                x.writeAttribute(W, "val", "single");
                x.writeAttribute(W, "sz", "4");
                x.writeAttribute(W, "space", "0");
                x.writeAttribute(W, "color", "000000");
            }
            x.writeEndElement();
            x.writeEndElement();
            x.writeStartElement(W, "tr");
            x.writeStartElement(W, "trPr");
            x.writeEmptyElement(W, "tblHeader");
            x.writeEndElement();
            cell(x, "code", true, 0, false);
            for (CodeTable.Column c : t.columns()) cell(x, t.heading(c), true, 0, true);
            x.writeEndElement();
            for (CodeTable.Line l : t.lines()) {
                x.writeStartElement(W, "tr");
                cell(x, CodeTable.name(l), false, l.depth(), false);
                for (CodeTable.Cell c : l.cells()) cell(x, CodeTable.text(c, measures), false, 0, true);
                x.writeEndElement();
            }
            x.writeEndElement();
            paragraph(x, note, false, 0, false);
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the document XML", e);
        }
        return out.toByteArray();
    }

    private static void cell(XMLStreamWriter x, String text, boolean bold, int depth, boolean right) throws XMLStreamException {
        x.writeStartElement(W, "tc");
        paragraph(x, text, bold, depth, right);
        x.writeEndElement();
    }

    /** A paragraph of one run; subcodes indented a quarter inch (360 twips) a level. */
    private static void paragraph(XMLStreamWriter x, String text, boolean bold, int depth, boolean right) throws XMLStreamException {
        x.writeStartElement(W, "p");
        if (depth > 0 || right) {
            x.writeStartElement(W, "pPr");
            if (depth > 0) {
                x.writeEmptyElement(W, "ind");
                x.writeAttribute(W, "left", String.valueOf(360 * depth));
            }
            if (right) {
                x.writeEmptyElement(W, "jc");
                x.writeAttribute(W, "val", "right");
            }
            x.writeEndElement();
        }
        x.writeStartElement(W, "r");
        if (bold) {
            x.writeStartElement(W, "rPr");
            x.writeEmptyElement(W, "b");
            x.writeEndElement();
        }
        x.writeStartElement(W, "t");
        x.writeAttribute("xml:space", "preserve");
        x.writeCharacters(text);
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
    }
}
