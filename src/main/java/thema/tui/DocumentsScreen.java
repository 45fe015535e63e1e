package thema.tui;

import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import thema.coding.DocumentEdits;
import thema.coding.Memos;
import thema.coding.reliability.Consensus;
import thema.project.Coding;
import thema.project.Document;

/** The documents list: filter by id or attribute, open one, and the ways to the other screens. */
final class DocumentsScreen extends Screen {
    String filter = "";
    int cursor;
    private final Keymap keys;

    DocumentsScreen(Workbench w) {
        super(w);
        keys = new Keymap("Documents")
                .bind("↑ ↓ PgUp PgDn", "move", null, k -> cursor = ListCursor.byKey(cursor, k, rows() - 2, visible().size()), Key.of(KeyType.ArrowUp), Key.of(KeyType.ArrowDown), Key.of(KeyType.PageUp), Key.of(KeyType.PageDown))
                .bind("open the document", "open", this::openCurrent, Key.of(KeyType.Enter))
                .bind("clear the filter", null, () -> filter = "", Key.of(KeyType.Escape));
        w.common(keys);
        keys.bindWhen(() -> filter.isEmpty(), null, "compare your coding with the other coder's (peer debriefing)", null, k -> compareWithTheOther(), Key.of('='))
                .bind("a journal entry (your reflexive journal)", null, () -> w.askMemo("Journal entry", "", text -> {
                    if (text.isEmpty()) return;
                    Memos.write(w.project, w.coder, Memos.About.journal(), text);
                    w.message = "journal entry saved";
                }), Key.ctrl('t'))
                .bind(null, "delete the document with its codings and memos (asks first; u undoes)", null, k -> deleteCurrent(), Key.of(KeyType.Delete))
                .bindWhen(() -> filter.isEmpty(), "u U", "undo / redo your last step (with an empty filter)", null, k -> {
                    if (Workbench.isChar(k, 'u')) w.undo();
                    else w.redo();
                }, Key.of('u'), Key.of('U'))
                .bindWhen(() -> filter.isEmpty(), null, "quit (with an empty filter)", "quit", k -> w.quit = true, Key.of('q'))
                .typed("filter by id or attribute (Backspace edits)", "filter", k -> {
                    if (k.getKeyType() == KeyType.Backspace) filter = filter.isEmpty() ? "" : filter.substring(0, filter.offsetByCodePoints(filter.length(), -1));
                    else filter += k.getCharacter();
                    cursor = 0;
                });
    }

    @Override
    Keymap keys() {
        return keys;
    }

    @Override
    String hint() {
        return (w.sample.isEmpty() ? "" : "S: your reliability sample · ") + keys.statusLine();
    }

    List<Document> visible() {
        String f = filter.toLowerCase(Locale.ROOT);
        List<Document> out = new ArrayList<>();
        for (Document d : w.project.documents()) {
            if (f.isEmpty() || d.id().toLowerCase(Locale.ROOT).contains(f)
                    || d.attributes().values().stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).contains(f))) out.add(d);
        }
        return out;
    }

    private void openCurrent() {
        List<Document> docs = visible();
        if (!docs.isEmpty()) w.open(docs.get(ListCursor.clamp(cursor, docs.size())));
    }

    private void deleteCurrent() {
        List<Document> docs = visible();
        if (docs.isEmpty()) return;
        Document d = docs.get(ListCursor.clamp(cursor, docs.size()));
        long codings = w.project.coders().stream().mapToLong(c -> w.project.coder(c).codings().stream().filter(x -> x.doc().equals(d.id())).count()).sum();
        w.question = Question.yesNo("Delete " + d.id() + " with " + Draw.count(codings, "coding") + " of every coder? y deletes (u undoes), another key keeps it", 'y', () -> {
            DocumentEdits.Deleted gone = DocumentEdits.delete(w.project, w.coder, d.id());
            cursor = ListCursor.clamp(cursor, visible().size());
            return "deleted " + gone.id() + " · u undoes";
        }, "kept " + d.id());
    }

    /** '=' on the documents list: this coder against the one other coder of the project. */
    private void compareWithTheOther() {
        List<String> others = w.project.coders().stream().filter(c -> !c.equals(w.coder) && !c.equals(Consensus.CODER)).toList();
        if (others.size() != 1) {
            w.message = others.isEmpty() ? "no other coder to compare with" : "several coders: open with thema tui DIR --compare A,B";
            return;
        }
        w.push(CompareScreen.of(w, w.coder, others.get(0)));
    }

    @Override
    void reloaded() {
        cursor = ListCursor.clamp(cursor, visible().size());
    }

    private thema.project.CoderFile counted;
    private Map<String, Integer> perDocument = Map.of();

    /** This coder's codings per document, counted again only when the coder's file changed (not every frame). */
    private Map<String, Integer> codingsPerDocument() {
        thema.project.CoderFile f = w.project.coder(w.coder);
        if (f != counted) {
            Map<String, Integer> n = new HashMap<>();
            for (Coding c : f.codings()) n.merge(c.doc(), 1, Integer::sum);
            perDocument = n;
            counted = f;
        }
        return perDocument;
    }

    @Override
    void draw(TextGraphics g) {
        Draw.put(g, 0, 1, Draw.fit("Filter: " + filter + (filter.isEmpty() ? "(type to filter)" : "▏"), w.width));
        List<Document> docs = visible();
        Map<String, Integer> mine = codingsPerDocument();
        int idWidth = Math.min(Math.max(8, w.width / 3), docs.stream().mapToInt(d -> Draw.width(d.id())).max().orElse(8));
        int rows = rows() - 1;
        int first = ListCursor.firstShown(cursor, rows, docs.size());
        for (int i = 0; i < rows && first + i < docs.size(); i++) {
            Document d = docs.get(first + i);
            // S: a document of this coder's reliability sample (a blind coder needs to know which to code)
            String id = Draw.pad(Draw.fit(d.id(), idWidth), idWidth);
            String row = (w.project.coder(w.coder).done().contains(d.id()) ? "✓" : " ") + (w.sample.contains(d.id()) ? "S" : " ") + " " + id + " "
                    + String.format("%10s %13s  ", Draw.count(d.turns().size(), "turn"), Draw.count(mine.getOrDefault(d.id(), 0), "coding"))
                    + String.join(", ", d.attributes().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
            Draw.row(g, 0, 2 + i, row, w.width, first + i == cursor);
        }
        if (docs.isEmpty()) Draw.put(g, 2, 2, w.project.documents().isEmpty() ? "No documents yet: thema import DIR FILE..." : "No document matches the filter.");
    }
}
