package thema.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.input.MouseAction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import thema.coding.Codings;
import thema.coding.ExclusiveGroups;
import thema.coding.Memos;
import thema.project.Codebook;
import thema.project.CoderFile;
import thema.project.Coding;
import thema.project.Document;
import thema.project.Text;
import thema.project.Turn;

/**
 * One transcript: the text laid out with the coder's codings beside it, a selection (an anchor
 * and a caret, moved by character, word, sentence, line, turn or page, across turns), the
 * codings under the selection in the side pane (one of them highlighted: the one x, r, s, m and
 * K act on) and the codebook below them.
 */
final class TranscriptScreen extends Screen {
    enum Focus { TEXT, CODINGS, CODEBOOK }

    Document doc;
    List<TranscriptLayout.Line> lines = List.of();
    /** What the screen shows, top to bottom: the lines with the codings' stripes and names, and rows of names below a turn. */
    List<Stripes.Row> rows = List.of();
    /** The row of each line (an index into {@link #rows}). */
    private int[] rowOfLine = new int[0];
    /** The shortest unique name of each code shown (the stripes' names). */
    private java.util.Map<String, String> names = java.util.Map.of();
    /** {@link #top} indexes {@link #rows}. */
    int turn;
    Selection sel = Selection.of(0, 0);
    /** An anchor was put down (v, Shift+arrows, a mouse drag): ↑↓ and PgUp/PgDn move the caret, not the turn. */
    boolean visual;
    int top;
    Focus focus = Focus.TEXT;
    /** Which of the codings here the coder picked (-1: the default, the one on exactly the selection, else the first). */
    int codingCursor = -1;
    /** The coding being recoded (its new code picked in the codebook) or resized (its new span selected), or null. */
    Coding recoding, resizing;
    final CodebookPane codebook;
    private CoderFile shownFile;
    private List<Coding> mine = List.of();
    /** The most of this coder's codings on any one turn: the rows the pane keeps for the codes here, so the codebook stays put. */
    private int mostOnATurn;
    /** The first and last row of each turn (-1: none), so moving to a turn does not look through every row. */
    private int[] firstRowOfTurn = new int[0], lastRowOfTurn = new int[0];
    private final Keymap textKeys, codingKeys;

    TranscriptScreen(Workbench w, Document d) {
        super(w);
        this.doc = d;
        this.codebook = new CodebookPane(this);
        relayout();
        selectTurn(0);
        textKeys = new Keymap("Transcript");
        textKeys.bind("↑ ↓  j k", "previous / next turn (selects it); after v: the caret a line up / down", "turn",
                        k -> vertical(k.getKeyType() == KeyType.ArrowUp || Workbench.isChar(k, 'k') ? -1 : 1),
                        Key.of(KeyType.ArrowUp), Key.of(KeyType.ArrowDown), Key.of('j'), Key.of('k'))
                .bind("PgUp PgDn", "a page up / down (after v: the caret)", null, k -> page(k.getKeyType() == KeyType.PageDown ? 1 : -1), Key.of(KeyType.PageUp), Key.of(KeyType.PageDown))
                .bind(null, "first / last turn", null, k -> selectTurn(k.getKeyType() == KeyType.Home ? 0 : doc.turns().size() - 1), Key.of(KeyType.Home), Key.of(KeyType.End))
                .bind("n c", "next uncoded turn / next turn with a coding", null, k -> {
                    if (Workbench.isChar(k, 'n')) nextUncoded();
                    else nextCoding();
                }, Key.of('n'), Key.of('c'))
                .bind("anchor the selection at the caret; the keys below move the other end", "anchor", this::anchor, Key.of('v'))
                .bind("← → h l", "the caret a character left / right (Shift-← Shift-→: anchored first)", null, k -> {
                            if (k.isShiftDown() && !visual) anchor();
                            move(Motion.Unit.CHARACTER, k.getKeyType() == KeyType.ArrowLeft || Workbench.isChar(k, 'h') ? -1 : 1);
                        }, Key.of(KeyType.ArrowLeft), Key.of(KeyType.ArrowRight), Key.of('h'), Key.of('l'), Key.shift(KeyType.ArrowLeft), Key.shift(KeyType.ArrowRight))
                .bind("w b", "the caret to the end of the next word / the start of this or the previous one", "word", k -> move(Motion.Unit.WORD, Workbench.isChar(k, 'b') ? -1 : 1), Key.of('w'), Key.of('b'))
                .bind(") (", "the caret to the end of the sentence / its start", "sentence", k -> move(Motion.Unit.SENTENCE, Workbench.isChar(k, '(') ? -1 : 1), Key.of(')'), Key.of('('))
                .bind("} {", "the caret to the end of the turn / its start (on across turns)", null, k -> move(Motion.Unit.TURN, Workbench.isChar(k, '{') ? -1 : 1), Key.of('}'), Key.of('{'))
                .bind("Shift-↑ Shift-↓", "anchor (when not yet) and the caret a line up / down", null, k -> {
                    if (!visual) anchor();
                    line(k.getKeyType() == KeyType.ArrowUp ? -1 : 1);
                }, Key.shift(KeyType.ArrowUp), Key.shift(KeyType.ArrowDown))
                .bind("Space Esc", "select the whole turn again (Esc also ends a resize)", null, k -> {
                    resizing = null;
                    selectTurn(turn);
                }, Key.of(' '), Key.of(KeyType.Escape))
                .bind("1-9", "apply the pinned code to the selection", "code", k -> apply(w.pins[k.getCharacter() - '1']), digits())
                .bind("Enter", "the codings here: pick one with ↑ ↓ (after s: save the new span)", null, k -> enter(), Key.of(KeyType.Enter));
        codingActions(textKeys);
        textKeys.bind("M", "your memo on the document", null, k -> w.askMemo("Memo on this document", memoOn(Memos.About.document(doc.id())), text -> {
                    Memos.write(w.project, w.coder, Memos.About.document(doc.id()), text);
                    w.message = text.isEmpty() ? "document memo removed" : "memo on " + doc.id() + " saved";
                }), Key.of('M'))
                .bind("u  U Ctrl-R", "undo / redo (kept across restarts)", "undo", k -> {
                    if (Workbench.isChar(k, 'u')) w.undo();
                    else w.redo();
                }, Key.of('u'), Key.of('U'), Key.ctrl('r'))
                .bind("mark the document done / not done", "done", this::toggleDone, Key.of('d'))
                .bind("p P", "play the recording: the turn from its time / on from the selection (thema media)", null,
                        k -> w.message = Player.play(w.project, doc, turn, sel.start(), Workbench.isChar(k, 'P'), w.environment), Key.of('p'), Key.of('P'))
                .bind("to the codebook and back", "codebook", () -> focus = Focus.CODEBOOK, Key.of(KeyType.Tab));
        w.common(textKeys);
        textKeys.bind("back to the documents", null, w::back, Key.of('q'));

        codingKeys = new Keymap("Codings here (Enter in the transcript)")
                .bind("↑ ↓  j k", "pick a coding", "pick", k -> codingCursor = ListCursor.byKey(current(), k, 1, here().size()),
                        Key.of(KeyType.ArrowUp), Key.of(KeyType.ArrowDown), Key.of('j'), Key.of('k'));
        codingActions(codingKeys);
        codingKeys.bind("Enter Esc Tab", "back to the text", "back", k -> focus = Focus.TEXT, Key.of(KeyType.Enter), Key.of(KeyType.Escape), Key.of(KeyType.Tab));
    }

    static Key[] digits() {
        Key[] keys = new Key[9];
        for (int i = 0; i < 9; i++) keys[i] = Key.of((char) ('1' + i));
        return keys;
    }

    /** What the coder can do to the picked coding, the same keys in the text and in the codings list. */
    private void codingActions(Keymap keys) {
        keys.bind("remove the picked coding (u undoes)", "remove", () -> picked("remove", c -> {
                    Codings.remove(w.project, w.coder, c.doc(), c.start(), c.end(), c.code());
                    w.message = "removed " + c.code() + " (u undoes)";
                }), Key.of('x'))
                .bind("recode the picked coding: pick its new code in the codebook, Enter", "recode", () -> picked("recode", c -> {
                    recoding = c;
                    focus = Focus.CODEBOOK;
                    w.message = "recode " + c.code() + ": pick the new code, Enter (Esc cancels)";
                }), Key.of('r'))
                .bind("resize the picked coding: move the caret (o: the other end), Enter saves", null, () -> picked("resize", c -> {
                    resizing = c;
                    sel = new Selection(c.start(), c.end());
                    visual = true;
                    focus = Focus.TEXT;
                    w.message = "resize " + c.code() + ": move the end (o: the other end), Enter saves, Esc cancels";
                }), Key.of('s'))
                .bind("swap the selection's ends (the anchor becomes the caret)", null, () -> sel = new Selection(sel.caret(), sel.anchor()), Key.of('o'))
                .bind("memo on the picked coding (several lines)", "memo", () -> picked("memo", c -> w.askMemo("Memo on " + Codebook.nameOf(c.code()), c.memo() == null ? "" : c.memo(), text -> {
                    Codings.replace(w.project, w.coder, c, c.withMemo(text), "memo on " + c.code());
                    w.message = text.isEmpty() ? "memo removed" : "memo saved";
                })), Key.of('m'))
                .bind("mark the picked coding as a key quote ★ (again: unmark)", null, () -> picked("mark", c -> {
                    Codings.markKey(w.project, w.coder, c.doc(), c.start(), c.end(), c.code(), !c.keyQuote());
                    w.message = c.keyQuote() ? "no longer a key quote" : "key quote ★ " + c.code();
                }), Key.of('K'));
    }

    private void picked(String what, java.util.function.Consumer<Coding> action) {
        Coding c = pickedCoding();
        if (c == null) {
            w.message = "no coding of yours here to " + what + ": code the passage first";
            return;
        }
        // the list is a picker: once the picked coding is acted on, the keys are the text's again (r goes on to the codebook)
        if (focus == Focus.CODINGS) focus = Focus.TEXT;
        action.accept(c);
    }

    @Override
    Keymap keys() {
        return focus == Focus.CODEBOOK ? codebook.keys : focus == Focus.CODINGS ? codingKeys : textKeys;
    }

    @Override
    List<Keymap> help() {
        return List.of(textKeys, codingKeys, codebook.keys);
    }

    @Override
    String title() {
        return doc.id();
    }

    @Override
    String hint() {
        if (resizing != null) return "resize " + Codebook.nameOf(resizing.code()) + ": move the caret · o other end · Enter save · Esc cancel";
        if (recoding != null && focus == Focus.CODEBOOK) return "recode " + Codebook.nameOf(recoding.code()) + ": ↑↓ pick the new code · Enter recode · Esc cancel";
        return (visual && focus == Focus.TEXT ? "VISUAL · " : "") + keys().statusLine();
    }

    // ------------------------------------------------------------ layout and state the drawing reads

    /** Lanes of stripes left of the text, one column each, then a column of air. */
    static final int LANES = 4, TEXT_X = LANES + 1;

    int textWidth() {
        int names = labelWidth();
        return Math.max(20, w.width - paneWidth() - (paneWidth() == 0 ? TEXT_X + 1 : TEXT_X + 2) - (names == 0 ? 0 : names + 1));
    }

    /** Columns for the codings' names beside the text; 0 on a window too narrow, where they go below each turn. */
    int labelWidth() {
        return w.width < 100 ? 0 : Math.max(14, Math.min(24, w.width / 6));
    }

    int paneWidth() {
        return w.width < 60 ? 0 : Math.max(24, w.width / 3);
    }

    private void relayout() {
        lines = TranscriptLayout.of(doc, textWidth());
        shownFile = null; // the stripes follow the new lines
        codings();
    }

    /** The rows with stripes: laid out again when the lines or the coder's codings change, never while drawing. */
    private void layoutStripes() {
        Codebook cb = w.project.codebook();
        int labelWidth = labelWidth();
        java.util.Set<String> codes = new java.util.TreeSet<>();
        for (Coding c : mine) codes.add(c.code());
        names = Stripes.uniqueShortNames(codes, cb, labelWidth == 0 ? Math.max(12, textWidth() / 3) : labelWidth);
        rows = Stripes.layout(lines, mine, c -> names.getOrDefault(c.code(), Codebook.nameOf(c.code())) + (c.memo() != null ? "✎" : "") + (c.keyQuote() ? "★" : ""),
                labelWidth, textWidth(), LANES);
        rowOfLine = new int[lines.size()];
        for (int r = 0, l = 0; r < rows.size(); r++) if (rows.get(r).line() != null) rowOfLine[l++] = r;
        mostOnATurn = mostOnATurn(doc, mine);
        firstRowOfTurn = new int[doc.turns().size()];
        lastRowOfTurn = new int[doc.turns().size()];
        java.util.Arrays.fill(firstRowOfTurn, -1);
        for (int r = 0; r < rows.size(); r++) {
            int t = rows.get(r).turn();
            if (t < 0 || t >= firstRowOfTurn.length) continue;
            if (firstRowOfTurn[t] < 0) firstRowOfTurn[t] = r;
            lastRowOfTurn[t] = r;
        }
        top = Math.max(0, Math.min(top, rows.size() - 1));
    }

    @Override
    void resized() {
        relayout();
        scrollToCaret();
    }

    @Override
    void reloaded() {
        Document now = w.project.findDocument(doc.id()).orElse(null);
        if (now == null) {
            w.closeRemoved(doc.id());
            return;
        }
        if (now != doc) {
            doc = now;
            relayout();
            selectTurn(turn); // the text may have changed (pseudonymised): a selection inside the turn
        }
        codebook.reloaded();
    }

    /** This coder's codings in the document, in order: a coder sees only their own work here (blind by construction). */
    List<Coding> codings() {
        CoderFile f = w.project.coder(w.coder);
        if (f != shownFile) {
            // read again only when the coder's file changed (a save, an undo, another process)
            List<Coding> out = new ArrayList<>();
            for (Coding c : f.codings()) if (c.doc().equals(doc.id())) out.add(c);
            out.sort(Comparator.comparingInt(Coding::start).thenComparing(Comparator.comparingInt(Coding::end).reversed()).thenComparing(Coding::code));
            mine = List.copyOf(out);
            shownFile = f;
            layoutStripes();
        }
        return mine;
    }

    /** The largest number of the codings on one turn (a coding counts on every turn it reaches), by a sweep of differences. */
    static int mostOnATurn(Document doc, List<Coding> codings) {
        int n = doc.turns().size();
        if (n == 0) return 0;
        int[] delta = new int[n + 1];
        for (Coding c : codings) {
            delta[doc.turnAt(c.start()).n() - 1]++;
            delta[doc.lastTurnOf(c.start(), c.end()).n()]--;
        }
        int most = 0;
        for (int i = 0, on = 0; i < n; i++) most = Math.max(most, on += delta[i]);
        return most;
    }

    /** The codings under the selection (under the caret when the selection is empty). */
    List<Coding> here() {
        int a = sel.start(), b = Math.max(sel.end(), sel.start() + 1);
        List<Coding> out = new ArrayList<>();
        for (Coding c : codings()) {
            if (c.start() >= b) break;
            if (c.end() > a) out.add(c);
        }
        return out;
    }

    /** The index in {@link #here} of the coding x, r, s, m and K act on. */
    int current() {
        return current(here());
    }

    private int current(List<Coding> here) {
        if (codingCursor >= 0 && codingCursor < here.size()) return codingCursor;
        for (int i = 0; i < here.size(); i++) if (here.get(i).start() == sel.start() && here.get(i).end() == sel.end()) return i;
        return 0;
    }

    Coding pickedCoding() {
        List<Coding> here = here();
        return here.isEmpty() ? null : here.get(current(here));
    }

    boolean isDone() {
        return w.project.coder(w.coder).done().contains(doc.id());
    }

    // ------------------------------------------------------------ moving

    void selectTurn(int i) {
        visual = false;
        codingCursor = -1;
        if (doc.turns().isEmpty()) return;
        turn = Math.max(0, Math.min(doc.turns().size() - 1, i));
        Turn t = doc.turns().get(turn);
        sel = new Selection(t.body(), t.end());
        scrollToTurn();
    }

    /** Selects {@code [start, end)} as if anchored there (a hit, an extract). */
    void select(int start, int end) {
        selectTurn(doc.turnAt(start).n() - 1);
        sel = new Selection(start, end);
        scrollToCaret();
    }

    private void anchor() {
        sel = new Selection(sel.caret(), sel.caret());
        visual = true;
        codingCursor = -1;
        w.message = "anchored: move the other end (w b ) ( } { ← → ↑ ↓), then a code";
    }

    private void move(Motion.Unit unit, int dir) {
        sel = sel.moved(doc, unit, dir, w.project.locale());
        caretMoved();
    }

    private void caretMoved() {
        codingCursor = -1;
        int at = Math.min(Math.max(0, sel.caret() - (sel.caret() > sel.anchor() ? 1 : 0)), Math.max(0, doc.length() - 1));
        if (!doc.turns().isEmpty()) turn = doc.turnAt(at).n() - 1;
        scrollToCaret();
        int n = sel.end() - sel.start();
        if (n > 0) {
            int shown = Math.min(n, 60);
            w.message = "selected " + Draw.count(n, "character") + ": " + doc.text().substring(sel.start(), sel.start() + shown).replaceAll("\\s+", " ") + (shown < n ? "…" : "");
        }
    }

    private void vertical(int dir) {
        if (visual) line(dir);
        else selectTurn(turn + dir);
    }

    /** The caret to the same column of the line {@code dir} lines up or down (labels skipped). */
    private void line(int dir) {
        int at = lineOf(sel.caret());
        if (at < 0) return;
        int col = sel.caret() - lines.get(at).start();
        int to = at + dir;
        while (to >= 0 && to < lines.size() && lines.get(to).label()) to += dir;
        if (to < 0 || to >= lines.size()) return;
        TranscriptLayout.Line l = lines.get(to);
        sel = new Selection(sel.anchor(), Math.min(l.end(), l.start() + Math.max(0, col)));
        caretMoved();
    }

    /** The layout line showing code point {@code at}: the last text line starting at or before it. */
    int lineOf(int at) {
        int lo = 0, hi = lines.size() - 1, found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (lines.get(mid).start() <= at) {
                found = mid;
                lo = mid + 1;
            } else hi = mid - 1;
        }
        while (found >= 0 && lines.get(found).label()) found--;
        return found;
    }

    private void page(int dir) {
        if (visual) {
            for (int i = 0; i < rows() - 1; i++) line(dir);
            return;
        }
        int target = Math.max(0, Math.min(rows.size() - 1, top + dir * rows()));
        top = Math.max(0, Math.min(Math.max(0, rows.size() - rows()), top + dir * rows()));
        int keep = top;
        if (!rows.isEmpty()) selectTurn(rows.get(dir > 0 ? Math.min(rows.size() - 1, top) : target).turn());
        top = keep;
        scrollToTurn();
    }

    private void scrollToTurn() {
        if (turn >= firstRowOfTurn.length || firstRowOfTurn[turn] < 0) return;
        int first = firstRowOfTurn[turn], last = lastRowOfTurn[turn];
        if (first < top) top = first;
        else if (last >= top + rows()) top = Math.max(0, Math.min(first, last - rows() + 1));
    }

    private void scrollToCaret() {
        int line = lineOf(sel.caret());
        if (line < 0) return;
        int at = rowOfLine[line];
        if (at < top) top = at;
        else if (at >= top + rows()) top = at - rows() + 1;
    }

    private void nextUncoded() {
        // the turns your codings touch, marked once: not every coding looked at again for every turn
        java.util.BitSet coded = new java.util.BitSet(doc.turns().size());
        for (Coding c : codings()) {
            if (c.end() <= c.start()) continue;
            coded.set(doc.turnAt(c.start()).n() - 1, doc.lastTurnOf(c.start(), c.end()).n());
        }
        for (int i = turn + 1; i < doc.turns().size(); i++) {
            Turn t = doc.turns().get(i);
            if (t.end() > t.body() && !coded.get(i)) {
                selectTurn(i);
                return;
            }
        }
        w.message = "no uncoded turn after this one";
    }

    private void nextCoding() {
        for (Coding c : codings()) {
            int i = doc.turnAt(c.start()).n() - 1;
            if (i > turn) {
                selectTurn(i);
                return;
            }
        }
        w.message = "no coding after this turn";
    }

    private void enter() {
        if (resizing != null) {
            int[] span = trimmed();
            Coding c = resizing;
            resizing = null;
            if (span == null) {
                w.message = "an empty span: the coding keeps its size";
                return;
            }
            Codings.replace(w.project, w.coder, c, c.withSpan(span[0], span[1]), "resize " + c.code());
            visual = false;
            w.message = "resized " + c.code() + " to " + Draw.count(span[1] - span[0], "character") + " (u undoes)";
            return;
        }
        if (here().isEmpty()) w.message = "no coding of yours here";
        else {
            codingCursor = current(); // the list opens on the coding the keys acted on until now
            focus = Focus.CODINGS;
        }
    }

    /**
     * The selection as a coding takes it: without the spaces at its ends, and never starting or
     * ending in a speaker label (a selection that runs on into the next turn by a sentence starts
     * at that turn's words), or null when nothing but spaces and labels is selected.
     */
    int[] trimmed() {
        Text text = doc.text();
        String s = text.string();
        int a = text.toChar(sel.start()), b = text.toChar(sel.end());
        for (int pass = 0; pass < 2; pass++) {
            while (a < b && Character.isWhitespace(s.charAt(a))) a++;
            while (b > a && Character.isWhitespace(s.charAt(b - 1))) b--;
            if (a >= b || doc.turns().isEmpty()) break;
            Turn first = doc.turnAt(text.toCodePoint(a)), last = doc.turnAt(text.toCodePoint(b - 1));
            if (text.toCodePoint(a) < first.body()) a = text.toChar(first.body());
            if (text.toCodePoint(b - 1) < last.body()) b = last.n() > 1 ? text.toChar(doc.turns().get(last.n() - 2).end()) : a;
            if (b < a) b = a;
        }
        return a < b ? new int[]{text.toCodePoint(a), text.toCodePoint(b)} : null;
    }

    // ------------------------------------------------------------ coding

    void apply(String code) {
        if (code == null) {
            w.message = "no code pinned to that number (Tab, then Ctrl-P on a code)";
            return;
        }
        int[] span = trimmed();
        if (span == null) {
            w.message = "nothing selected: v anchors, then move the other end";
            return;
        }
        code(w, doc.id(), span[0], span[1], code, "");
        visual = false;
    }

    /**
     * Saves a new coding of this coder; one that overlaps another alternative of an exclusive
     * group is not saved but offered as a replacement of those codings ('r').
     */
    static void code(Workbench w, String docId, int start, int end, String code, String where) {
        Coding exact = Codings.draft(w.coder, docId, start, end, w.project.codebook().resolve(code), null);
        var clashes = ExclusiveGroups.of(w.project.codebook()).clashes(exact, w.project.coder(w.coder).codings());
        if (!clashes.isEmpty()) {
            List<Coding> replaced = clashes.stream().map(ExclusiveGroups.Clash::first).distinct().toList();
            String names = String.join(", ", replaced.stream().map(x -> Codebook.nameOf(x.code())).distinct().toList());
            w.question = new Question("exclusive " + Codebook.nameOf(clashes.get(0).group()) + ": r replaces your " + names + " by "
                    + Codebook.nameOf(exact.code()) + ", other keys keep it", k -> {
                if (!Workbench.isChar(k, 'r')) return "kept your " + names;
                // the others first, so the one replaced last leaves no alternative the new coding overlaps
                for (Coding old : replaced.subList(1, replaced.size())) Codings.remove(w.project, w.coder, old.doc(), old.start(), old.end(), old.code());
                Codings.replace(w.project, w.coder, replaced.get(0), exact, "replace " + replaced.get(0).code() + " by " + exact.code());
                return "replaced by " + exact.code() + " (u undoes)";
            });
            return;
        }
        boolean added = Codings.code(w.project, w.coder, docId, start, end, exact.code(), null).isPresent();
        w.message = (added ? "coded " : "already coded ") + exact.code() + where;
    }

    /** Enter in the codebook: the code goes onto the selection, or replaces the code of the coding being recoded. */
    void codeFromCodebook(String code) {
        if (recoding == null) {
            apply(code);
            return;
        }
        Coding c = recoding;
        recoding = null;
        focus = Focus.TEXT;
        String to = w.project.codebook().resolve(code);
        if (to.equals(c.code())) {
            w.message = "already " + to;
            return;
        }
        Codings.replace(w.project, w.coder, c, c.withCode(to), "recode " + c.code() + " to " + to);
        w.message = "recoded " + c.code() + " to " + to + " (u undoes)";
    }

    private void toggleDone() {
        boolean now = !isDone();
        Codings.done(w.project, w.coder, List.of(doc.id()), now);
        w.message = now ? doc.id() + " marked done" : doc.id() + " no longer done";
    }

    String memoOn(Memos.About on) {
        String text = Memos.load(w.project, w.coder).text(on);
        return text == null ? "" : text;
    }

    // ------------------------------------------------------------ mouse

    /** A click selects the turn under it; dragging from there selects up to the character under the pointer. */
    @Override
    void mouse(MouseAction m) {
        int row = m.getPosition().getRow() - 1 + top;
        if (row < 0 || row >= rows.size() || m.getPosition().getRow() < 1 || m.getPosition().getRow() > rows()) return;
        TranscriptLayout.Line l = rows.get(row).line();
        if (l == null) return; // a row of names
        int at = offsetAt(l, m.getPosition().getColumn() - TEXT_X);
        switch (m.getActionType()) {
            case CLICK_DOWN -> {
                focus = Focus.TEXT;
                int keep = top;
                selectTurn(l.turn());
                top = keep;
                if (!l.label()) sel = new Selection(at, doc.turns().get(turn).end());
            }
            case DRAG, CLICK_RELEASE -> {
                if (!l.label() && at != sel.anchor()) {
                    sel = new Selection(sel.anchor(), at);
                    visual = true;
                    caretMoved();
                }
            }
            default -> {
            }
        }
    }

    /** The document code point under column {@code col} of a laid-out line (wide characters take two columns). */
    static int offsetAt(TranscriptLayout.Line l, int col) {
        String s = l.text();
        int cols = 0, cp = l.start();
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int wd = Draw.width(Character.toString(c));
            if (cols + wd > col) return cp;
            cols += wd;
            cp++;
            i += Character.charCount(c);
        }
        return Math.min(l.end(), cp);
    }

    // ------------------------------------------------------------ drawing

    @Override
    void draw(TextGraphics g) {
        codings(); // the stripes of what was saved since (laid out only when the coder's file changed)
        int shown = rows();
        int a0 = sel.start(), b0 = sel.end();
        int caretLine = a0 == b0 ? lineOf(a0) : -1;
        int namesX = TEXT_X + textWidth() + 1;
        for (int r = 0; r < shown && top + r < rows.size(); r++) {
            Stripes.Row row = rows.get(top + r);
            int y = 1 + r;
            TranscriptLayout.Line l = row.line();
            if (l == null) {
                names(g, TEXT_X, y, row, textWidth());
                continue;
            }
            if (l.label()) {
                Draw.put(g, TEXT_X, y, Draw.fit(l.text(), textWidth()), SGR.BOLD, SGR.UNDERLINE);
                continue;
            }
            for (int i = 0; i < row.lanes().size(); i++) {
                Stripes.Lane lane = row.lanes().get(i);
                if (lane == null) continue;
                if (lane.coding() != null) g.setForegroundColor(Draw.colour(w, lane.coding().code()));
                Draw.put(g, i, y, String.valueOf(lane.part().glyph), SGR.BOLD);
                g.setForegroundColor(TextColor.ANSI.DEFAULT);
            }
            Draw.put(g, TEXT_X, y, l.text());
            int a = Math.max(l.start(), a0), b = Math.min(l.end(), b0);
            if (a < b) {
                String before = doc.text().substring(l.start(), a);
                String s = doc.text().substring(a, b).stripTrailing();
                if (!s.isEmpty()) Draw.put(g, TEXT_X + Draw.width(before), y, s, SGR.REVERSE);
            } else if (caretLine >= 0 && lines.get(caretLine) == l) {
                // an empty selection: the caret, a cell underlined
                String before = doc.text().substring(l.start(), a0);
                String at = a0 < l.end() ? doc.text().substring(a0, a0 + 1) : " ";
                Draw.put(g, TEXT_X + Draw.width(before), y, at, SGR.UNDERLINE, SGR.REVERSE);
            }
            if (!row.label().isEmpty()) names(g, namesX, y, row, labelWidth());
        }
        if (lines.isEmpty()) Draw.put(g, TEXT_X, 1, "(this document has no text)");
        pane(g);
    }

    /** A row's names, each in its code's colour (the names alone carry the meaning on a monochrome terminal). */
    private void names(TextGraphics g, int x, int y, Stripes.Row row, int cols) {
        String label = Draw.fit(row.label(), cols);
        Draw.put(g, x, y, label);
        if (w.mono) return;
        int from = 0;
        for (Coding c : row.named()) {
            String name = names.get(c.code());
            int at = name == null ? -1 : label.indexOf(name, from);
            if (at < 0) continue;
            g.setForegroundColor(Draw.colour(w, c.code()));
            Draw.put(g, x + Draw.width(label.substring(0, at)), y, label.substring(at, Math.min(label.length(), at + name.length())));
            g.setForegroundColor(TextColor.ANSI.DEFAULT);
            from = at + name.length();
        }
    }

    private void pane(TextGraphics g) {
        int pw = paneWidth();
        if (pw == 0) return;
        int x0 = w.width - pw;
        for (int y = 1; y < w.height - 1; y++) g.putString(x0 - 1, y, "│");
        int y = 1;
        Draw.put(g, x0, y++, Draw.fit("Turn " + (turn + 1) + "/" + doc.turns().size() + (isDone() ? " · done ✓" : "") + (visual ? " · VISUAL" : ""), pw), SGR.BOLD);
        List<Coding> here = here();
        int top0 = y;
        if (here.isEmpty()) Draw.put(g, x0, y++, Draw.fit("no codes here", pw));
        Codebook cb = w.project.codebook();
        int cur = current(here);
        int room = Math.max(1, w.height / 2 - 2);
        // as many rows as the busiest turn needs, kept on every turn: moving through the transcript
        // leaves the codebook where it is (the eye keeps its place, the terminal redraws less)
        int kept = Math.min(room, Math.max(1, Math.max(mostOnATurn, here.size())));
        int first = ListCursor.firstShown(cur, room, here.size());
        for (int i = first; i < here.size() && i < first + room; i++) {
            Coding c = here.get(i);
            g.setForegroundColor(Draw.colour(w, c.code()));
            String row = (i == cur ? "▶ " : "  ") + cb.shortName(c.code()) + (c.memo() != null ? " ✎" : "") + (c.keyQuote() ? " ★" : "");
            Draw.row(g, x0, y++, row, pw, i == cur && focus == Focus.CODINGS);
            g.setForegroundColor(TextColor.ANSI.DEFAULT);
        }
        y = Math.max(y, top0 + kept) + 1;
        codebook.draw(g, x0, y, pw);
    }
}
