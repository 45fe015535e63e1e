package thema.tui;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import thema.project.Document;
import thema.project.DocumentMeta;
import thema.project.Project;
import thema.project.TestProjects;
import thema.project.Text;
import thema.project.Turn;

/** Documents for the pure workbench classes' tests, with turns exactly as written ("Speaker: words"), joined by any separator (CRLF too). */
final class Transcripts {
    private Transcripts() {
    }

    static Document joined(Path dir, String separator, String... turns) {
        StringBuilder b = new StringBuilder();
        List<Turn> out = new ArrayList<>();
        for (String turn : turns) {
            if (b.length() > 0) b.append(separator);
            int start = b.codePointCount(0, b.length());
            int colon = turn.indexOf(": ");
            String speaker = colon < 0 ? null : turn.substring(0, colon);
            int body = colon < 0 ? start : start + turn.codePointCount(0, colon + 2);
            b.append(turn);
            out.add(new Turn(out.size() + 1, speaker, start, body, b.codePointCount(0, b.length())));
        }
        b.append(separator);
        String text = b.toString();
        DocumentMeta m = new DocumentMeta();
        m.id = "doc";
        m.source = "doc.txt";
        m.format = "txt";
        m.imported = "2026-01-01T00:00:00Z";
        m.sha256 = Document.sha256(text.getBytes(StandardCharsets.UTF_8));
        m.length = new Text(text).length();
        m.turns = out;
        Project p = TestProjects.create(dir);
        p.write(ch -> ch.document(m, text));
        return p.document("doc");
    }

    static Document of(Path dir, String... turns) {
        return joined(dir, "\n\n", turns);
    }

    /** The code point offset where {@code needle} begins in the document text. */
    static int at(Document d, String needle) {
        String s = d.text().string();
        int i = s.indexOf(needle);
        if (i < 0) throw new AssertionError("'" + needle + "' is not in the document");
        return d.text().toCodePoint(i);
    }

    /** The code point offset just after {@code needle}. */
    static int after(Document d, String needle) {
        return at(d, needle) + needle.codePointCount(0, needle.length());
    }
}
