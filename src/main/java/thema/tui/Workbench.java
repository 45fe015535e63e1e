package thema.tui;

import thema.analysis.CountingUnits;
import thema.project.Attributes;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import thema.analysis.CountedCoding;
import thema.coding.Choice;
import thema.coding.CodebookEdits;
import thema.coding.Codings;
import thema.coding.ExclusiveGroups;
import thema.coding.History;
import thema.coding.Memos;
import thema.coding.reliability.Consensus;
import thema.coding.reliability.Disagreement;
import thema.coding.reliability.Disagreements;
import thema.coding.reliability.Sample;
import thema.project.Code;
import thema.project.Codebook;
import thema.project.Coding;
import thema.project.Document;
import thema.project.Project;
import thema.project.Text;
import thema.project.ThemaException;
import thema.search.Hit;
import thema.search.Search;
import thema.search.SearchResult;
import thema.search.TurnIndex;
import thema.writeup.Extracts;

/**
 * The state of the coding workbench and what each key does to it. Plain fields and methods:
 * {@link #key} changes the state and calls the same core as the command line (every change is
 * saved at once); {@link Renderer} only reads it. Tests drive it without a terminal.
 */
public final class Workbench {
    public enum Screen { DOCUMENTS, TRANSCRIPT, SEARCH, COUNTS, COMPARE, EXTRACTS }

    /** A one-line text entry at the bottom (a memo, a code name). */
    public enum Ask { NONE, MEMO, NEW_CODE, RENAME_CODE, QUERY, NOTE, CONSENSUS_CODE, CONSENSUS_REPLACE, DOC_MEMO, CODE_MEMO, JOURNAL, CONFIRM_UNDO, CONFIRM_REDO }

    final Project project;
    final String coder;
    final boolean blind;
    /** No colours: the initials, bold, underline and reverse carry the meaning (--mono, NO_COLOR). */
    boolean mono;
    Screen screen = Screen.DOCUMENTS;
    boolean help;
    boolean quit;
    String message = "";
    int width = 80, height = 24;

    // documents screen
    String docFilter = "";
    int docCursor;
    /** The documents of this coder's reliability sample, marked in the list (read again on reload). */
    java.util.Set<String> sample = java.util.Set.of();

    // transcript screen
    Document doc;
    List<TranscriptLayout.Line> lines = List.of();
    int layoutWidth = -1;
    int turn;
    int selStart, selEnd;
    int top;
    boolean codebookFocus;
    String codeFilter = "";
    int codeCursor;
    boolean showDefinition;
    final String[] pins = new String[Pins.KEYS];

    // search screen
    String query = "";
    SearchResult results;
    int hitCursor;
    Screen searchFrom = Screen.DOCUMENTS;

    // counts screen
    int countsBy = -1;
    /** What the counts screen's k of n counts: documents, or participants ({@code u} switches). */
    CountingUnits.Per countsPer = CountingUnits.Per.DOCUMENT;

    // compare screen (peer debriefing)
    String[] comparing;
    Disagreements disagreements;
    int disCursor;
    String note = "";

    // extracts screen (retrieval): every segment of one code, one after another
    String extractsCode;
    List<Extracts.Extract> extracts = List.of();
    int extractCursor;
    Screen extractsFrom = Screen.DOCUMENTS;

    Ask ask = Ask.NONE;
    String answer = "";
    /** The step another program saved (or undid) that u (or U) would take back, shown in {@link #question} before it is. */
    History.Step confirming;
    String question = "";
    /** A coding refused because it overlaps another alternative of an exclusive group: 'r' replaces those. */
    Coding replacing;
    List<Coding> replaced = List.of();

    /** Where the player is looked up ($THEMA_PLAYER, $PATH); tests give their own. */
    Map<String, String> environment = System.getenv();

    public Workbench(Project project, String coder, boolean blind) {
        this.project = project;
        this.coder = coder;
        this.blind = blind;
        project.origin("the workbench");
        System.arraycopy(Pins.load(project, coder), 0, pins, 0, Pins.KEYS);
        sample = Sample.documentsOf(project, coder);
    }

    public void monochrome(boolean on) {
        mono = on;
    }

    // ------------------------------------------------------------ what the renderer reads

    public List<Document> visibleDocuments() {
        String f = docFilter.toLowerCase(Locale.ROOT);
        List<Document> out = new ArrayList<>();
        for (Document d : project.documents()) {
            if (f.isEmpty() || d.id().toLowerCase(Locale.ROOT).contains(f)
                    || d.attributes().values().stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).contains(f))) out.add(d);
        }
        return out;
    }

    public List<String> visibleCodes() {
        String f = codeFilter.toLowerCase(Locale.ROOT);
        return project.codebook().paths().stream().filter(p -> f.isEmpty() || p.toLowerCase(Locale.ROOT).contains(f)).toList();
    }

    /** This coder's codings in the open document: a coder sees only their own work here (blind by construction). */
    public List<Coding> codings() {
        if (doc == null) return List.of();
        return project.coder(coder).codings().stream().filter(c -> c.doc().equals(doc.id())).toList();
    }

    public List<Coding> codingsAt(int start, int end) {
        return codings().stream().filter(c -> c.start() < end && start < c.end()).toList();
    }

    public int textWidth() {
        // 5 columns of margin on the left, and a column of air before the pane's border
        return Math.max(20, width - paneWidth() - (paneWidth() == 0 ? 6 : 7));
    }

    public int paneWidth() {
        return width < 60 ? 0 : Math.max(24, width / 3);
    }

    public int textRows() {
        return Math.max(1, height - 2);
    }

    /** The turn under the cursor (0-based). */
    public int turnIndex() {
        return turn;
    }

    public boolean isDone(String docId) {
        return project.coder(coder).done().contains(docId);
    }

    // ------------------------------------------------------------ keys

    public void resize(int w, int h) {
        width = w;
        height = h;
        if (doc != null) relayout();
    }

    public void key(KeyStroke k) {
        if (k.getKeyType() == KeyType.Character && k.isAltDown() && !k.isCtrlDown()) {
            // no key of the workbench uses Alt: this is Esc and a key typed quickly after it, which
            // the terminal delivers together and Lanterna reads as Alt+key
            key(new KeyStroke(KeyType.Escape));
            key(new KeyStroke(k.getCharacter(), false, false, k.isShiftDown()));
            return;
        }
        message = "";
        try {
            if (k instanceof com.googlecode.lanterna.input.MouseAction m) mouse(m);
            else if (ask == Ask.CONFIRM_UNDO || ask == Ask.CONFIRM_REDO) confirmKey(k);
            else if (replacing != null) replaceKey(k);
            else if (ask != Ask.NONE) askKey(k);
            else if (help) help = !(k.getKeyType() == KeyType.Escape || isChar(k, '?') || isChar(k, 'q'));
            else if (isChar(k, '?')) help = true;
            else if (isChar(k, '/') && !(screen == Screen.TRANSCRIPT && codebookFocus)) startSearch();
            else if (isChar(k, '#') && !(screen == Screen.TRANSCRIPT && codebookFocus)) screen = Screen.COUNTS;
            else if (isChar(k, '=') && screen == Screen.DOCUMENTS && docFilter.isEmpty()) compareWithTheOther();
            else if (screen == Screen.DOCUMENTS) documentsKey(k);
            else if (screen == Screen.SEARCH) searchKey(k);
            else if (screen == Screen.COUNTS) countsKey(k);
            else if (screen == Screen.COMPARE) compareKey(k);
            else if (screen == Screen.EXTRACTS) extractsKey(k);
            else if (codebookFocus) codebookKey(k);
            else transcriptKey(k);
        } catch (ThemaException e) {
            message = e.getMessage();
        }
    }

    static boolean isChar(KeyStroke k, char c) {
        return k.getKeyType() == KeyType.Character && k.getCharacter() == c && !k.isCtrlDown() && !k.isAltDown();
    }

    private void documentsKey(KeyStroke k) {
        List<Document> docs = visibleDocuments();
        switch (k.getKeyType()) {
            case ArrowDown -> docCursor = ListCursor.move(docCursor, 1, docs.size());
            case ArrowUp -> docCursor = ListCursor.move(docCursor, -1, docs.size());
            case PageDown -> docCursor = ListCursor.move(docCursor, textRows() - 2, docs.size());
            case PageUp -> docCursor = ListCursor.move(docCursor, -(textRows() - 2), docs.size());
            case Enter -> {
                if (!docs.isEmpty()) open(docs.get(Math.max(0, docCursor)));
            }
            case Escape -> docFilter = "";
            case Backspace -> docFilter = docFilter.isEmpty() ? "" : docFilter.substring(0, docFilter.length() - 1);
            case Character -> {
                if (k.isCtrlDown() && k.getCharacter() == 't') startAsk(Ask.JOURNAL, "");
                else if (k.isCtrlDown()) return;
                else if (docFilter.isEmpty() && k.getCharacter() == 'q') quit = true;
                else {
                    docFilter += k.getCharacter();
                    docCursor = 0;
                }
            }
            default -> {
            }
        }
    }

    /**
     * Picks up what another process saved since the last look (a script, a second workbench, a
     * git pull): the lists show it, and an open transcript follows its document. True when the
     * screen should be drawn again.
     */
    public boolean reload() {
        boolean changed;
        try {
            changed = project.refresh();
            if (changed) sample = Sample.documentsOf(project, coder);
        } catch (ThemaException e) {
            boolean news = !e.getMessage().equals(message);
            message = e.getMessage();
            return news;
        }
        if (!changed) return false;
        if (doc != null) {
            Document now = project.findDocument(doc.id()).orElse(null);
            if (now == null) {
                screen = Screen.DOCUMENTS;
                message = "'" + doc.id() + "' was removed by another process";
                doc = null;
            } else if (now != doc) {
                relayout();
                selectTurn(turn); // the text may have changed (pseudonymised): a selection inside the turn
            }
        }
        docCursor = ListCursor.clamp(docCursor, visibleDocuments().size());
        codeCursor = ListCursor.clamp(codeCursor, visibleCodes().size());
        if (message.isEmpty()) message = "Reloaded what another process saved";
        return true;
    }

    public void open(Document d) {
        doc = d;
        screen = Screen.TRANSCRIPT;
        codebookFocus = false;
        top = 0;
        relayout();
        selectTurn(0);
    }

    private void relayout() {
        doc = project.document(doc.id());
        lines = TranscriptLayout.of(doc, textWidth());
        layoutWidth = textWidth();
    }

    private void selectTurn(int i) {
        if (doc.turns().isEmpty()) return;
        turn = Math.max(0, Math.min(doc.turns().size() - 1, i));
        selStart = doc.turns().get(turn).body();
        selEnd = doc.turns().get(turn).end();
        scrollToSelection();
    }

    void scrollToSelection() {
        int first = -1, last = -1;
        for (int i = 0; i < lines.size(); i++) {
            TranscriptLayout.Line l = lines.get(i);
            if (l.turn() == turn && first < 0) first = i;
            if (l.turn() == turn) last = i;
        }
        if (first < 0) return;
        if (first < top) top = first;
        else if (last >= top + textRows()) top = Math.max(0, Math.min(first, last - textRows() + 1));
    }

    private void transcriptKey(KeyStroke k) {
        switch (k.getKeyType()) {
            case ArrowDown -> selectTurn(turn + 1);
            case ArrowUp -> selectTurn(turn - 1);
            case PageDown -> page(1);
            case PageUp -> page(-1);
            case Home -> selectTurn(0);
            case End -> selectTurn(doc.turns().size() - 1);
            case Tab -> codebookFocus = true;
            case Escape -> selectTurn(turn);
            case Character -> {
                char c = k.getCharacter();
                if (k.isCtrlDown() && c == 'r') redo();
                else if (c >= '1' && c <= '9') apply(pins[c - '1']);
                else switch (c) {
                    case 'j' -> selectTurn(turn + 1);
                    case 'k' -> selectTurn(turn - 1);
                    case 'n' -> nextUncoded();
                    case 'c' -> nextCoding();
                    case ' ' -> selectTurn(turn);
                    case ']' -> extend(BreakIterator.getSentenceInstance(locale()), 1);
                    case '[' -> extend(BreakIterator.getSentenceInstance(locale()), -1);
                    case '>' -> extend(BreakIterator.getWordInstance(locale()), 1);
                    case '<' -> extend(BreakIterator.getWordInstance(locale()), -1);
                    case '.' -> extend(null, 1);
                    case ',' -> extend(null, -1);
                    case 'x' -> removeHere();
                    case 'm' -> {
                        Optional<String> memo = memoHere();
                        if (memo.isPresent()) startAsk(Ask.MEMO, memo.get());
                        else message = "code the passage first: a memo belongs to a coding";
                    }
                    case 'M' -> startAsk(Ask.DOC_MEMO, memoOn(Memos.About.document(doc.id())));
                    case 'K' -> toggleKey();
                    case 'u' -> undo();
                    case 'U' -> redo();
                    case 'd' -> toggleDone();
                    case 'p' -> message = Player.play(project, doc, turn, selStart, false, environment);
                    case 'P' -> message = Player.play(project, doc, turn, selStart, true, environment);
                    case 'q' -> screen = Screen.DOCUMENTS;
                    default -> {
                    }
                }
            }
            default -> {
            }
        }
    }

    private void page(int dir) {
        int target = Math.max(0, Math.min(lines.size() - 1, top + dir * textRows()));
        top = Math.max(0, Math.min(Math.max(0, lines.size() - textRows()), top + dir * textRows()));
        selectTurnKeepingTop(lines.isEmpty() ? 0 : lines.get(dir > 0 ? Math.min(lines.size() - 1, top) : target).turn());
    }

    private void selectTurnKeepingTop(int i) {
        int keep = top;
        selectTurn(i);
        top = keep;
        scrollToSelection();
    }

    private Locale locale() {
        return Locale.forLanguageTag(project.language() == null ? "en" : project.language());
    }

    /** Moves the end of the selection by one unit (sentence, word, or a character when null), never past the turn. */
    private void extend(BreakIterator unit, int dir) {
        var t = doc.turns().get(turn);
        Text text = doc.text();
        int lo = text.toChar(t.body()), hi = text.toChar(t.end());
        int end = text.toChar(selEnd), start = text.toChar(selStart);
        int next;
        if (unit == null) {
            next = dir > 0 ? Math.min(hi, end + Character.charCount(text.string().codePointAt(Math.min(end, hi - 1)))) : end - 1;
            if (next > lo && next < hi && Character.isLowSurrogate(text.string().charAt(next))) next += dir > 0 ? 1 : -1;
        } else {
            String s = text.string();
            unit.setText(s.substring(lo, hi));
            if (dir > 0) {
                int pos = end;
                while (pos < hi && Character.isWhitespace(s.charAt(pos))) pos++;
                int b = pos >= hi ? BreakIterator.DONE : unit.following(pos - lo);
                next = b == BreakIterator.DONE ? hi : lo + b;
            } else {
                int b = unit.preceding(Math.max(1, end - lo));
                next = b == BreakIterator.DONE ? start : lo + b;
            }
            // a selection ends on a word, never on the space after it
            while (next > start && Character.isWhitespace(s.charAt(next - 1))) next--;
        }
        if (next <= start) {
            message = "the selection cannot be shorter";
            return;
        }
        selEnd = text.toCodePoint(Math.min(hi, next));
        int shown = Math.min(selEnd - selStart, 60);
        message = "selected " + (selEnd - selStart) + " characters: " + text.substring(selStart, selStart + shown).replaceAll("\\s+", " ") + (shown < selEnd - selStart ? "…" : "");
    }

    /** A click selects the turn under it; dragging from there selects up to the character under the pointer. */
    private void mouse(com.googlecode.lanterna.input.MouseAction m) {
        if (screen != Screen.TRANSCRIPT || help) return;
        int row = m.getPosition().getRow() - 1 + top;
        if (row < 0 || row >= lines.size() || m.getPosition().getRow() < 1 || m.getPosition().getRow() > textRows()) return;
        TranscriptLayout.Line l = lines.get(row);
        int at = offsetAt(l, m.getPosition().getColumn() - 5);
        switch (m.getActionType()) {
            case CLICK_DOWN -> {
                codebookFocus = false;
                int keep = top;
                selectTurn(l.turn());
                top = keep;
                if (!l.label()) {
                    selStart = at;
                    selEnd = doc.turns().get(turn).end();
                }
            }
            case DRAG, CLICK_RELEASE -> {
                if (l.turn() == turn && !l.label() && at > selStart) selEnd = Math.min(doc.turns().get(turn).end(), at);
            }
            default -> {
            }
        }
    }

    /** The document code point under column {@code col} of a laid-out line (wide characters take two columns). */
    int offsetAt(TranscriptLayout.Line l, int col) {
        String s = l.text();
        int cols = 0, cp = l.start();
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int w = com.googlecode.lanterna.TerminalTextUtils.getColumnWidth(Character.toString(c));
            if (cols + w > col) return cp;
            cols += w;
            cp++;
            i += Character.charCount(c);
        }
        return Math.min(l.end(), cp);
    }

    private void nextUncoded() {
        for (int i = turn + 1; i < doc.turns().size(); i++) {
            var t = doc.turns().get(i);
            if (codingsAt(t.body(), t.end()).isEmpty() && t.end() > t.body()) {
                selectTurn(i);
                return;
            }
        }
        message = "no uncoded turn after this one";
    }

    private void nextCoding() {
        for (Coding c : codings()) {
            int i = doc.turnAt(c.start()).n() - 1;
            if (i > turn) {
                selectTurn(i);
                return;
            }
        }
        message = "no coding after this turn";
    }

    private void apply(String code) {
        if (code == null) {
            message = "no code pinned to that number (Tab, then p on a code)";
            return;
        }
        code(doc.id(), selStart, selEnd, code, "");
    }

    /**
     * Saves a new coding of this coder; one that overlaps another alternative of an exclusive
     * group is not saved but offered as a replacement of those codings ('r').
     */
    private void code(String docId, int start, int end, String code, String where) {
        Coding exact = Codings.draft(coder, docId, start, end, project.codebook().resolve(code), null);
        var clashes = ExclusiveGroups.of(project.codebook()).clashes(exact, project.coder(coder).codings());
        if (!clashes.isEmpty()) {
            replacing = exact;
            replaced = clashes.stream().map(ExclusiveGroups.Clash::first).distinct().toList();
            message = "exclusive " + Codebook.nameOf(clashes.get(0).group()) + ": r replaces your " + names(replaced) + " by "
                    + Codebook.nameOf(exact.code()) + ", other keys keep it";
            return;
        }
        boolean added = Codings.code(project, coder, docId, start, end, exact.code(), null).isPresent();
        message = (added ? "coded " : "already coded ") + exact.code() + where;
    }

    private static String names(List<Coding> codings) {
        return String.join(", ", codings.stream().map(x -> Codebook.nameOf(x.code())).distinct().toList());
    }

    /** The answer to the offer to replace the other alternative: 'r' replaces, any other key keeps it. */
    private void replaceKey(KeyStroke k) {
        Coding c = replacing;
        replacing = null;
        if (!isChar(k, 'r')) {
            message = "kept your " + names(replaced);
            return;
        }
        // the others first, so the one replaced last leaves no alternative the new coding overlaps
        for (Coding old : replaced.subList(1, replaced.size())) Codings.remove(project, coder, old.doc(), old.start(), old.end(), old.code());
        Codings.replace(project, coder, replaced.get(0), c, "replace " + replaced.get(0).code() + " by " + c.code());
        message = "replaced by " + c.code() + " (u undoes)";
    }

    private void removeHere() {
        List<Coding> here = codingsAt(selStart, selEnd);
        if (here.isEmpty()) {
            message = "no coding of yours here";
            return;
        }
        Coding c = here.stream().filter(x -> x.start() == selStart && x.end() == selEnd).findFirst().orElse(here.get(here.size() - 1));
        Codings.remove(project, coder, c.doc(), c.start(), c.end(), c.code());
        message = "removed " + c.code() + " (u undoes)";
    }

    /** Marks (or unmarks) your coding here as a key quote for the write-up. */
    private void toggleKey() {
        List<Coding> here = codingsAt(selStart, selEnd);
        if (here.isEmpty()) {
            message = "code the passage first: a key quote is a coding";
            return;
        }
        Coding c = here.stream().filter(x -> x.start() == selStart && x.end() == selEnd).findFirst().orElse(here.get(0));
        Codings.markKey(project, coder, c.doc(), c.start(), c.end(), c.code(), !c.keyQuote());
        message = c.keyQuote() ? "no longer a key quote" : "key quote ★ " + c.code();
    }

    /** The memo of your coding here ("" when it has none), or empty when you have no coding here. */
    private Optional<String> memoHere() {
        List<Coding> here = codingsAt(selStart, selEnd);
        if (here.isEmpty()) return Optional.empty();
        return Optional.of(here.get(0).memo() == null ? "" : here.get(0).memo());
    }

    /** Undoes a step this workbench saved at once; a step another program saved (a script, another window) only when confirmed. */
    private void undo() {
        History.Step s = History.load(project, coder).toUndo();
        if (s == null) message = "nothing to undo";
        else if (s.madeBy(project)) message = "undone: " + Codings.undo(project, coder, s);
        else confirm(Ask.CONFIRM_UNDO, s, "undo '" + s.label() + "', saved by " + who(s.origin()) + " at " + s.time() + "? y/n");
    }

    private void redo() {
        History.Step s = History.load(project, coder).toRedo();
        if (s == null) message = "nothing to redo";
        else if (s.undone() != null && s.undone().madeBy(project)) message = "redone: " + Codings.redo(project, coder, s);
        else confirm(Ask.CONFIRM_REDO, s, "redo '" + s.label() + "', undone by " + (s.undone() == null ? "another program" : who(s.undone().origin()))
                + (s.undone() == null || s.undone().time() == null ? "" : " at " + s.undone().time()) + "? y/n");
    }

    /** Another program's name for the question; a step of this kind of program is another window's, or one before a restart. */
    private String who(String origin) {
        return origin.equals(project.origin()) ? "another session of " + origin : origin;
    }

    private void confirm(Ask what, History.Step s, String q) {
        ask = what;
        confirming = s;
        question = q;
    }

    private void confirmKey(KeyStroke k) {
        Ask what = ask;
        ask = Ask.NONE;
        if (isChar(k, 'y') || isChar(k, 'Y')) {
            message = what == Ask.CONFIRM_UNDO ? "undone: " + Codings.undo(project, coder, confirming) : "redone: " + Codings.redo(project, coder, confirming);
        } else {
            message = what == Ask.CONFIRM_UNDO ? "not undone" : "not redone";
        }
        confirming = null;
    }

    private void toggleDone() {
        boolean now = !isDone(doc.id());
        Codings.done(project, coder, List.of(doc.id()), now);
        message = now ? doc.id() + " marked done" : doc.id() + " no longer done";
    }

    private void codebookKey(KeyStroke k) {
        List<String> codes = visibleCodes();
        switch (k.getKeyType()) {
            case ArrowDown -> codeCursor = ListCursor.move(codeCursor, 1, codes.size());
            case ArrowUp -> codeCursor = ListCursor.move(codeCursor, -1, codes.size());
            case Tab -> codebookFocus = false;
            case Escape -> {
                if (!codeFilter.isEmpty()) codeFilter = "";
                else codebookFocus = false;
            }
            case Backspace -> codeFilter = codeFilter.isEmpty() ? "" : codeFilter.substring(0, codeFilter.length() - 1);
            case Enter -> {
                if (!codes.isEmpty()) apply(codes.get(codeCursor));
            }
            case F2 -> {
                if (!codes.isEmpty()) startAsk(Ask.RENAME_CODE, Codebook.nameOf(codes.get(codeCursor)));
            }
            case Insert -> startAsk(Ask.NEW_CODE, "");
            case Character -> {
                char c = k.getCharacter();
                if (k.isCtrlDown() && c == 'n') startAsk(Ask.NEW_CODE, "");
                else if (k.isCtrlDown() && c == 'r' && !codes.isEmpty()) startAsk(Ask.RENAME_CODE, Codebook.nameOf(codes.get(codeCursor)));
                else if (k.isCtrlDown() && c == 'd') showDefinition = !showDefinition;
                else if (k.isCtrlDown() && c == 'p' && !codes.isEmpty()) pin(codes.get(codeCursor));
                else if (k.isCtrlDown() && c == 'e' && !codes.isEmpty()) showExtracts(codes.get(codeCursor));
                else if (k.isCtrlDown() && c == 'o' && !codes.isEmpty()) startAsk(Ask.CODE_MEMO, memoOn(Memos.About.code(codes.get(codeCursor))));
                else if (c >= '1' && c <= '9' && codeFilter.isEmpty()) apply(pins[c - '1']);
                else if (!k.isCtrlDown()) {
                    codeFilter += c;
                    codeCursor = 0;
                }
            }
            default -> {
            }
        }
    }

    private void startSearch() {
        if (screen != Screen.SEARCH) searchFrom = screen;
        startAsk(Ask.QUERY, query);
    }

    private void searchKey(KeyStroke k) {
        List<Hit> hits = results == null ? List.of() : results.hits();
        switch (k.getKeyType()) {
            case ArrowDown -> hitCursor = ListCursor.move(hitCursor, 1, hits.size());
            case ArrowUp -> hitCursor = ListCursor.move(hitCursor, -1, hits.size());
            case PageDown -> hitCursor = ListCursor.move(hitCursor, textRows() - 2, hits.size());
            case PageUp -> hitCursor = ListCursor.move(hitCursor, -(textRows() - 2), hits.size());
            case Enter -> {
                if (!hits.isEmpty()) jumpTo(hits.get(hitCursor));
            }
            case Escape -> screen = searchFrom;
            case Character -> {
                char c = k.getCharacter();
                if (c == 'q') screen = searchFrom;
                else if (c >= '1' && c <= '9' && !hits.isEmpty()) {
                    Hit h = hits.get(hitCursor);
                    String code = pins[c - '1'];
                    if (code == null) message = "no code pinned to that number";
                    else code(h.doc(), h.start(), h.end(), code, " on " + h.doc() + " turn " + h.turn());
                }
            }
            default -> {
            }
        }
    }

    /** Opens the hit's document with the hit selected. */
    private void jumpTo(Hit h) {
        open(project.document(h.doc()));
        selectTurn(h.turn() - 1);
        selStart = h.start();
        selEnd = h.end();
        message = "hit selected: 1-9 codes it, Space selects the whole turn";
    }

    /** Attributes the counts screen can split by; -1 is no split. */
    public List<String> attributeNames() {
        return new ArrayList<>(Attributes.names(project));
    }


    private void countsKey(KeyStroke k) {
        if (k.getKeyType() == KeyType.Escape || isChar(k, 'q')) screen = doc == null ? Screen.DOCUMENTS : Screen.TRANSCRIPT;
        else if (isChar(k, 'b') || k.getKeyType() == KeyType.Tab) {
            int attributes = CountingUnits.of(countsPer, project, CountedCoding.ofCoder(project, coder), List.of()).attributeNames().size();
            countsBy = countsBy + 1 >= attributes ? -1 : countsBy + 1;
        } else if (isChar(k, 'u')) {
            countsPer = countsPer == CountingUnits.Per.DOCUMENT ? CountingUnits.Per.PARTICIPANT : CountingUnits.Per.DOCUMENT;
            countsBy = -1;
        }
    }

    /** This coder's memo on a document or a code, or "". */
    private String memoOn(Memos.About on) {
        String text = Memos.load(project, coder).text(on);
        return text == null ? "" : text;
    }

    /** The retrieval screen: every segment of {@code code} (and its subcodes) by this coder. */
    public void showExtracts(String code) {
        if (screen != Screen.EXTRACTS) extractsFrom = screen;
        extractsCode = code;
        extracts = Extracts.of(project, new Extracts.Query(List.of(code), CountedCoding.ofCoder(project, coder), null, List.of(), false, 0));
        extractCursor = 0;
        screen = Screen.EXTRACTS;
        message = extracts.size() + " extracts of " + code;
    }

    private void extractsKey(KeyStroke k) {
        switch (k.getKeyType()) {
            case ArrowDown -> extractCursor = ListCursor.move(extractCursor, 1, extracts.size());
            case ArrowUp -> extractCursor = ListCursor.move(extractCursor, -1, extracts.size());
            case Enter -> {
                if (!extracts.isEmpty()) {
                    var e = extracts.get(extractCursor);
                    open(project.document(e.doc()));
                    selectTurn(e.turn() - 1);
                    selStart = e.start();
                    selEnd = e.end();
                    scrollToSelection();
                }
            }
            case Escape -> screen = extractsFrom;
            case Character -> {
                if (k.getCharacter() == 'q') screen = extractsFrom;
                else if (k.getCharacter() == 'j') extractCursor = ListCursor.move(extractCursor, 1, extracts.size());
                else if (k.getCharacter() == 'k') extractCursor = ListCursor.move(extractCursor, -1, extracts.size());
            }
            default -> {
            }
        }
    }

    /** Opens the peer-debriefing view of two coders' work. Refused in blind mode. */
    public void compare(String first, String second) {
        if (blind) throw new ThemaException("blind mode: other coders' work stays hidden until the reliability pass is over");
        comparing = new String[]{first, second};
        disagreements = Disagreements.of(project, first, second, null, null);
        disCursor = 0;
        screen = Screen.COMPARE;
        message = disagreements.size() + " disagreements, " + disagreements.undecided() + " undecided";
    }

    /** '=' on the documents list: this coder against the one other coder of the project. */
    private void compareWithTheOther() {
        List<String> others = project.coders().stream().filter(c -> !c.equals(coder) && !c.equals(Consensus.CODER)).toList();
        if (others.size() != 1) {
            message = others.isEmpty() ? "no other coder to compare with" : "several coders: open with thema tui DIR --compare A,B";
            return;
        }
        compare(coder, others.get(0));
    }

    public Disagreement currentDisagreement() {
        return disagreements == null || disagreements.size() == 0 ? null : disagreements.get(ListCursor.clamp(disCursor, disagreements.size()));
    }

    private void compareKey(KeyStroke k) {
        int n = disagreements.size();
        switch (k.getKeyType()) {
            case ArrowDown -> disCursor = ListCursor.move(disCursor, 1, n);
            case ArrowUp -> disCursor = ListCursor.move(disCursor, -1, n);
            case Escape -> screen = Screen.DOCUMENTS;
            case Character -> {
                switch (k.getCharacter()) {
                    case 'j' -> disCursor = ListCursor.move(disCursor, 1, n);
                    case 'k' -> disCursor = ListCursor.move(disCursor, -1, n);
                    case 'n' -> nextUndecided();
                    case 'a' -> decide(Choice.A, null);
                    case 'b' -> decide(Choice.B, null);
                    case '2' -> decide(Choice.BOTH, null);
                    case '0' -> decide(Choice.NEITHER, null);
                    case 'c' -> startAsk(Ask.CONSENSUS_CODE, "");
                    case 'C' -> startAsk(Ask.CONSENSUS_REPLACE, "");
                    case 't' -> startAsk(Ask.NOTE, note);
                    case 'q' -> screen = Screen.DOCUMENTS;
                    default -> {
                    }
                }
            }
            default -> {
            }
        }
    }

    private void nextUndecided() {
        for (int i = 1; i <= disagreements.size(); i++) {
            int j = (disCursor + i) % disagreements.size();
            if (disagreements.decision(disagreements.get(j)).isEmpty()) {
                disCursor = j;
                return;
            }
        }
        message = "every disagreement is decided";
    }

    private void decide(Choice choice, String code) {
        var d = currentDisagreement();
        if (d == null) return;
        Consensus.decide(project, comparing[0], comparing[1], d.doc(), d.turn().n(), choice, code, note.isEmpty() ? null : note);
        note = "";
        disagreements = Disagreements.of(project, comparing[0], comparing[1], null, null);
        message = "decided " + choice.label() + (code == null ? "" : " " + code) + " on " + d.doc() + " turn " + d.turn().n() + "; " + disagreements.undecided() + " undecided";
        if (disagreements.undecided() > 0) nextUndecided();
    }

    private void pin(String code) {
        int free = Arrays.asList(pins).indexOf(code);
        if (free < 0) free = Arrays.asList(pins).indexOf(null);
        if (free < 0) free = 8;
        pins[free] = code;
        Pins.save(project, coder, pins);
        message = "pinned " + code + " to " + (free + 1);
    }

    private void startAsk(Ask what, String initial) {
        ask = what;
        answer = initial;
    }

    private void askKey(KeyStroke k) {
        switch (k.getKeyType()) {
            case Escape -> ask = Ask.NONE;
            case Backspace -> answer = answer.isEmpty() ? "" : answer.substring(0, answer.offsetByCodePoints(answer.length(), -1));
            case Character -> answer += k.getCharacter();
            case Enter -> {
                Ask what = ask;
                ask = Ask.NONE;
                finishAsk(what, answer.strip());
            }
            default -> {
            }
        }
    }

    private void finishAsk(Ask what, String text) {
        List<String> codes = visibleCodes();
        String current = codes.isEmpty() ? null : codes.get(ListCursor.clamp(codeCursor, codes.size()));
        switch (what) {
            case MEMO -> {
                Coding c = codingsAt(selStart, selEnd).get(0);
                Codings.replace(project, coder, c, c.withMemo(text), "memo on " + c.code());
                message = text.isEmpty() ? "memo removed" : "memo saved";
            }
            case NEW_CODE -> {
                if (text.isEmpty()) return;
                String parent = current == null ? null : (project.codebook().childrenOf(current).isEmpty() ? project.codebook().parentOf(current).orElse(null) : current);
                String path = CodebookEdits.add(project, coder, parent, new Code(text));
                codeFilter = "";
                codeCursor = Math.max(0, visibleCodes().indexOf(path));
                message = "new code " + path;
            }
            case QUERY -> {
                if (text.isEmpty()) return;
                query = text;
                try (TurnIndex index = TurnIndex.open(project)) {
                    // blind: code: and coder: see this coder's codings alone, coder:OTHER is refused
                    results = Search.run(index, text, new Search.Options(500, false, blind ? coder : null, blind));
                }
                hitCursor = 0;
                screen = Screen.SEARCH;
                message = results.total() + " hits in " + results.turns() + " turns" + (results.hits().size() < results.total() ? " (first " + results.hits().size() + " shown)" : "");
            }
            case DOC_MEMO -> {
                Memos.write(project, coder, Memos.About.document(doc.id()), text);
                message = text.isEmpty() ? "document memo removed" : "memo on " + doc.id() + " saved";
            }
            case CODE_MEMO -> {
                Memos.write(project, coder, Memos.About.code(current), text);
                message = text.isEmpty() ? "code memo removed" : "memo on " + current + " saved";
            }
            case JOURNAL -> {
                if (text.isEmpty()) return;
                Memos.write(project, coder, Memos.About.journal(), text);
                message = "journal entry saved";
            }
            case NOTE -> {
                note = text;
                message = text.isEmpty() ? "no note" : "note ready: it goes with the next decision";
            }
            case CONSENSUS_CODE -> {
                if (!text.isEmpty()) decide(Choice.CODE, project.codebook().resolve(text));
            }
            case CONSENSUS_REPLACE -> {
                if (!text.isEmpty()) decide(Choice.REPLACE, project.codebook().resolve(text));
            }
            case RENAME_CODE -> {
                if (text.isEmpty() || current == null) return;
                String path = CodebookEdits.rename(project, coder, current, text);
                codeFilter = "";
                codeCursor = Math.max(0, visibleCodes().indexOf(path));
                if (Arrays.asList(pins).contains(current)) {
                    for (int i = 0; i < pins.length; i++) if (current.equals(pins[i])) pins[i] = path;
                    Pins.save(project, coder, pins);
                }
                message = "renamed to " + path + "; every coding follows";
            }
            default -> {
            }
        }
    }
}
