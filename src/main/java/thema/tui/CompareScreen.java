package thema.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import thema.coding.Choice;
import thema.coding.reliability.Consensus;
import thema.coding.reliability.Disagreement;
import thema.coding.reliability.Disagreements;
import thema.project.Codebook;
import thema.project.Coding;
import thema.project.ThemaException;

/** Peer debriefing: two coders' disagreements one at a time, and the consensus decided on each. */
final class CompareScreen extends Screen {
    final String first, second;
    Disagreements disagreements;
    int cursor;
    String note = "";
    private final Keymap keys;

    private CompareScreen(Workbench w, String first, String second) {
        super(w);
        this.first = first;
        this.second = second;
        disagreements = Disagreements.of(w.project, first, second, null, null);
        w.message = Draw.count(disagreements.size(), "disagreement") + ", " + disagreements.undecided() + " undecided";
        keys = new Keymap("Compare (one disagreement at a time)")
                .bind("↑ ↓  j k", "previous / next disagreement", null, k -> cursor = ListCursor.byKey(cursor, k, 1, disagreements.size()),
                        Key.of(KeyType.ArrowUp), Key.of(KeyType.ArrowDown), Key.of('j'), Key.of('k'))
                .bind("next undecided", null, this::nextUndecided, Key.of('n'))
                .bind("a b", "accept A's / B's codes", "accept", k -> decide(Workbench.isChar(k, 'a') ? Choice.A : Choice.B, null), Key.of('a'), Key.of('b'))
                .bind("2 0", "both coders' codes / no code", "both / neither", k -> decide(Workbench.isChar(k, '2') ? Choice.BOTH : Choice.NEITHER, null), Key.of('2'), Key.of('0'))
                .bind("a new code, added to the codes both coders applied", "add code", () -> w.ask("Consensus code (added to the codes both applied)", "",
                        text -> {
                            if (!text.isEmpty()) decide(Choice.CODE, w.project.codebook().resolve(text));
                        }), Key.of('c'))
                .bind("a new code that replaces every code on the turn", "only new code", () -> w.ask("Consensus code (replaces every code on the turn)", "",
                        text -> {
                            if (!text.isEmpty()) decide(Choice.REPLACE, w.project.codebook().resolve(text));
                        }), Key.of('C'))
                .bind("a note for the next decision", "note", () -> w.ask("Note for the decision", note, text -> {
                    note = text;
                    w.message = text.isEmpty() ? "no note" : "note ready: it goes with the next decision";
                }), Key.of('t')); 
        w.common(keys);
        keys.bind("q Esc", "back to the documents", null, k -> w.back(), Key.of('q'), Key.of(KeyType.Escape));
    }

    /** The peer-debriefing view of two coders' work. Refused in blind mode. */
    static CompareScreen of(Workbench w, String first, String second) {
        if (w.blind) throw new ThemaException("blind mode: other coders' work stays hidden until the reliability pass is over");
        return new CompareScreen(w, first, second);
    }

    @Override
    Keymap keys() {
        return keys;
    }

    Disagreement current() {
        return disagreements.size() == 0 ? null : disagreements.get(ListCursor.clamp(cursor, disagreements.size()));
    }

    @Override
    void reloaded() {
        disagreements = Disagreements.of(w.project, first, second, null, null);
        cursor = ListCursor.clamp(cursor, disagreements.size());
    }

    private void nextUndecided() {
        for (int i = 1; i <= disagreements.size(); i++) {
            int j = (cursor + i) % disagreements.size();
            if (disagreements.decision(disagreements.get(j)).isEmpty()) {
                cursor = j;
                return;
            }
        }
        w.message = "every disagreement is decided";
    }

    private void decide(Choice choice, String code) {
        Disagreement d = current();
        if (d == null) return;
        Consensus.decide(w.project, first, second, d.doc(), d.turn().n(), choice, code, note.isEmpty() ? null : note);
        note = "";
        disagreements = Disagreements.of(w.project, first, second, null, null);
        w.message = "decided " + choice.label() + (code == null ? "" : " " + code) + " on " + d.doc() + " turn " + d.turn().n() + "; " + disagreements.undecided() + " undecided";
        if (disagreements.undecided() > 0) nextUndecided();
    }

    @Override
    void draw(TextGraphics g) {
        var all = disagreements;
        Draw.put(g, 0, 1, Draw.fit("Compare " + first + " ↔ " + second + " · " + Draw.count(all.size(), "disagreement") + ", " + all.undecided() + " undecided", w.width), SGR.BOLD);
        Disagreement d = current();
        if (d == null) {
            Draw.put(g, 2, 3, "No disagreements: the two coders agree on every turn of the documents both marked done.");
            return;
        }
        Codebook cb = w.project.codebook();
        int y = 2;
        Draw.put(g, 0, y++, Draw.fit(d.doc() + ", turn " + d.turn().n() + (d.turn().speaker() == null ? "" : " · " + d.turn().speaker()), w.width), SGR.UNDERLINE);
        // the turn with both coders' codings as stripes, each named with its coder's initial
        List<Stripes.Row> text = stripes(d);
        int textRows = Math.max(2, Math.min(text.size(), (w.height - 8) / 2));
        for (int i = 0; i < textRows && i < text.size(); i++) {
            Stripes.Row r = text.get(i);
            String more = i == textRows - 1 && text.size() > textRows ? " …" : "";
            if (r.line() == null) {
                Draw.put(g, TranscriptScreen.TEXT_X, y++, Draw.fit(r.label() + more, w.width - TranscriptScreen.TEXT_X));
                continue;
            }
            for (int l = 0; l < r.lanes().size(); l++) if (r.lanes().get(l) != null) Draw.put(g, l, y, String.valueOf(r.lanes().get(l).part().glyph), SGR.BOLD);
            Draw.put(g, TranscriptScreen.TEXT_X, y++, Draw.fit(r.line().text() + more, w.width - TranscriptScreen.TEXT_X));
        }
        int half = w.width / 2;
        Draw.put(g, 0, y, Draw.fit("A: " + first, half - 1), SGR.BOLD);
        Draw.put(g, half, y++, Draw.fit("B: " + second, w.width - half), SGR.BOLD);
        int rows = Math.max(d.first().size(), d.second().size());
        for (int i = 0; i < rows && y < w.height - 5; i++, y++) {
            if (i < d.first().size()) side(g, d.first().get(i), !d.secondCodes().contains(d.first().get(i).code()), 0, y, half - 1, cb);
            if (i < d.second().size()) side(g, d.second().get(i), !d.firstCodes().contains(d.second().get(i).code()), half, y, w.width - half, cb);
        }
        var decided = all.decision(d);
        Draw.put(g, 0, y++, Draw.fit(decided.map(x -> "Decided: " + x.decision().label() + (x.code() == null ? "" : " " + x.code()) + (x.note() == null ? "" : " · " + x.note()))
                .orElse("Undecided" + (note.isEmpty() ? "" : " · note: " + note)), w.width), SGR.REVERSE);
        y++;
        int listRows = w.height - 1 - y;
        int top = ListCursor.firstShown(cursor, listRows, all.size());
        for (int i = 0; i < listRows && top + i < all.size(); i++) {
            var x = all.get(top + i);
            String row = (all.decision(x).isPresent() ? "✓ " : "  ") + String.format("%-10s %4d  ", Draw.fit(x.doc(), 10), x.turn().n()) + x.text().replaceAll("\\s+", " ");
            Draw.row(g, 0, y + i, row, w.width, top + i == cursor);
        }
    }

    private Disagreement laidOut;
    private int laidOutWidth;
    private List<Stripes.Row> laidOutRows = List.of();

    /** The disagreement's turn laid out with both coders' stripes; again only when the disagreement or the window changes. */
    List<Stripes.Row> stripes(Disagreement d) {
        if (d == laidOut && w.width == laidOutWidth) return laidOutRows;
        int width = Math.max(20, w.width - TranscriptScreen.TEXT_X - 1);
        thema.project.Document doc = w.project.document(d.doc());
        List<TranscriptLayout.Line> lines = TranscriptLayout.of(doc, width).stream().filter(l -> l.turn() == d.turn().n() - 1 && !l.label()).toList();
        List<Coding> both = new java.util.ArrayList<>(d.first());
        both.addAll(d.second());
        both.sort(java.util.Comparator.comparingInt(Coding::start).thenComparing(java.util.Comparator.comparingInt(Coding::end).reversed()));
        java.util.Set<String> codes = new java.util.TreeSet<>();
        for (Coding c : both) codes.add(c.code());
        var names = Stripes.uniqueShortNames(codes, w.project.codebook(), 24);
        String a = Draw.initial(first), b = Draw.initial(second);
        if (a.equals(b)) {
            a = "A";
            b = "B";
        }
        String ia = a, ib = b;
        laidOutRows = Stripes.layout(lines, both, c -> (d.first().contains(c) ? ia : ib) + " " + names.get(c.code()), 0, width, 4);
        laidOut = d;
        laidOutWidth = w.width;
        return laidOutRows;
    }

    private static void side(TextGraphics g, Coding c, boolean only, int x, int y, int cols, Codebook cb) {
        String s = (only ? "≠ " : "  ") + cb.shortName(c.code()) + (c.memo() == null ? "" : " ✎ " + c.memo());
        if (only) Draw.put(g, x, y, Draw.fit(s, cols), SGR.BOLD);
        else Draw.put(g, x, y, Draw.fit(s, cols));
    }
}
