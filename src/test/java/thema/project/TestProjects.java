package thema.project;

import thema.importing.TranscriptParser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small projects for tests, built through the public core API. */
public final class TestProjects {
    private TestProjects() {
    }

    /** The care-decisions codebook in miniature: a parent with two children, and an exclusive pair. */
    public static Codebook careCodebook() {
        Code care = new Code("care decisions", List.of(new Code("care route"), new Code("process")));
        Code comm = new Code("communication", List.of(new Code("one-way"), new Code("two-way"))).withExclusive(true);
        return new Codebook(new ArrayList<>(List.of(care, comm)), "test");
    }

    public static Project create(Path dir) {
        return Project.init(dir, "test", "en", careCodebook());
    }

    /**
     * Adds a document with the turns the importer finds in {@code text} ({@link TranscriptParser#parsePlain}):
     * "Name: text" lines start turns when the name recurs or is a role, else paragraphs are turns.
     */
    public static Document addDocument(Project p, String id, String text, Map<String, String> attributes) {
        List<Turn> turns = TranscriptParser.parsePlain(text).turns();
        Text t = new Text(text);
        DocumentMeta m = new DocumentMeta();
        m.id = id;
        m.source = id + ".txt";
        m.format = "txt";
        m.imported = "2026-01-01T00:00:0" + p.documents().size() + "Z";
        m.sha256 = Document.sha256(text.getBytes(StandardCharsets.UTF_8));
        m.length = t.length();
        m.attributes = new LinkedHashMap<>(attributes);
        m.turns = turns;
        p.write(ch -> ch.document(m, text));
        return p.document(id);
    }

    /** A copy of an example project (examples/NAME) in {@code to}, without its derived .thema folder, to change freely. */
    public static Project copyExample(String name, java.nio.file.Path to) throws java.io.IOException {
        TestTrees.copy(java.nio.file.Path.of("examples", name), to, false);
        return Project.open(to);
    }
}
