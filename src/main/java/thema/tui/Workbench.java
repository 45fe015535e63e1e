package thema.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import thema.coding.Code;
import thema.coding.CodebookEdits;
import thema.coding.Coding;
import thema.coding.Codings;
import thema.project.Document;
import thema.project.Project;
import thema.project.Text;
import thema.project.ThemaException;

/**
 * The state of the coding workbench and what each key does to it. Plain fields and methods:
 * {@link #key} changes the state and calls the same core as the command line (every change is
 * saved at once); {@link Renderer} only reads it. Tests drive it without a terminal.
 */
public final class Workbench {
    public enum Screen { DOCUMENTS, TRANSCRIPT }

    /** A one-line text entry at the bottom (a memo, a code name). */
    public enum Ask { NONE, MEMO, NEW_CODE, RENAME_CODE }

    final Project project;
    final String coder;
    final boolean blind;
    Screen screen = Screen.DOCUMENTS;
    boolean help;
    boolean quit;
    String message = "";
    int width = 80, height = 24;

    // documents screen
    String docFilter = "";
    int docCursor;

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
    final String[] pins = new String[9];

    Ask ask = Ask.NONE;
    String answer = "";

    public Workbench(Project project, String coder, boolean blind) {
        this.project = project;
        this.coder = coder;
        this.blind = blind;
        List<String> paths = project.codebook().paths();
        for (int i = 0, k = 0; i < paths.size() && k < 9; i++) {
            if (project.codebook().childrenOf(paths.get(i)).isEmpty()) pins[k++] = paths.get(i);
        }
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
        return Math.max(20, width - paneWidth() - 5);
    }

    public int paneWidth() {
        return width < 60 ? 0 : Math.max(24, width / 3);
    }

    public int textRows() {
        return Math.max(1, height - 2);
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
        message = "";
        try {
            if (ask != Ask.NONE) askKey(k);
            else if (help) help = !(k.getKeyType() == KeyType.Escape || isChar(k, '?') || isChar(k, 'q'));
            else if (isChar(k, '?')) help = true;
            else if (screen == Screen.DOCUMENTS) documentsKey(k);
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
            case ArrowDown -> docCursor = Math.min(docs.size() - 1, docCursor + 1);
            case ArrowUp -> docCursor = Math.max(0, docCursor - 1);
            case PageDown -> docCursor = Math.min(docs.size() - 1, docCursor + textRows() - 2);
            case PageUp -> docCursor = Math.max(0, docCursor - textRows() + 2);
            case Enter -> {
                if (!docs.isEmpty()) open(docs.get(Math.max(0, docCursor)));
            }
            case Escape -> docFilter = "";
            case Backspace -> docFilter = docFilter.isEmpty() ? "" : docFilter.substring(0, docFilter.length() - 1);
            case Character -> {
                if (docFilter.isEmpty() && k.getCharacter() == 'q') quit = true;
                else {
                    docFilter += k.getCharacter();
                    docCursor = 0;
                }
            }
            default -> {
            }
        }
        if (docCursor < 0) docCursor = 0;
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
                    case 'm' -> startAsk(Ask.MEMO, memoHere());
                    case 'u' -> undo();
                    case 'U' -> redo();
                    case 'd' -> toggleDone();
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
        List<Coding> added = Codings.add(project, coder, List.of(new Coding(doc.id(), selStart, selEnd, code, coder, Codings.now())), "code " + code);
        message = added.isEmpty() ? "already coded " + code : "coded " + code;
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

    private String memoHere() {
        List<Coding> here = codingsAt(selStart, selEnd);
        if (here.isEmpty()) throw new ThemaException("code the passage first: a memo belongs to a coding");
        return here.get(0).memo() == null ? "" : here.get(0).memo();
    }

    private void undo() {
        String what = Codings.undo(project, coder);
        message = what == null ? "nothing to undo" : "undone: " + what;
    }

    private void redo() {
        String what = Codings.redo(project, coder);
        message = what == null ? "nothing to redo" : "redone: " + what;
    }

    private void toggleDone() {
        boolean now = !isDone(doc.id());
        Codings.done(project, coder, List.of(doc.id()), now);
        message = now ? doc.id() + " marked done" : doc.id() + " no longer done";
    }

    private void codebookKey(KeyStroke k) {
        List<String> codes = visibleCodes();
        switch (k.getKeyType()) {
            case ArrowDown -> codeCursor = Math.min(codes.size() - 1, codeCursor + 1);
            case ArrowUp -> codeCursor = Math.max(0, codeCursor - 1);
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
                if (!codes.isEmpty()) startAsk(Ask.RENAME_CODE, thema.coding.Codebook.nameOf(codes.get(codeCursor)));
            }
            case Insert -> startAsk(Ask.NEW_CODE, "");
            case Character -> {
                char c = k.getCharacter();
                if (k.isCtrlDown() && c == 'n') startAsk(Ask.NEW_CODE, "");
                else if (k.isCtrlDown() && c == 'r' && !codes.isEmpty()) startAsk(Ask.RENAME_CODE, thema.coding.Codebook.nameOf(codes.get(codeCursor)));
                else if (k.isCtrlDown() && c == 'd') showDefinition = !showDefinition;
                else if (k.isCtrlDown() && c == 'p' && !codes.isEmpty()) pin(codes.get(codeCursor));
                else if (c >= '1' && c <= '9' && codeFilter.isEmpty()) apply(pins[c - '1']);
                else if (!k.isCtrlDown()) {
                    codeFilter += c;
                    codeCursor = 0;
                }
            }
            default -> {
            }
        }
        if (codeCursor < 0) codeCursor = 0;
    }

    private void pin(String code) {
        int free = Arrays.asList(pins).indexOf(code);
        if (free < 0) free = Arrays.asList(pins).indexOf(null);
        if (free < 0) free = 8;
        pins[free] = code;
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
        String current = codes.isEmpty() ? null : codes.get(Math.min(codeCursor, codes.size() - 1));
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
            case RENAME_CODE -> {
                if (text.isEmpty() || current == null) return;
                String path = CodebookEdits.rename(project, coder, current, text);
                codeFilter = "";
                codeCursor = Math.max(0, visibleCodes().indexOf(path));
                for (int i = 0; i < pins.length; i++) if (current.equals(pins[i])) pins[i] = path;
                message = "renamed to " + path + "; every coding follows";
            }
            default -> {
            }
        }
    }
}
