package thema.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.input.MouseAction;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import thema.coding.Codings;
import thema.coding.History;
import thema.coding.reliability.Sample;
import thema.project.Document;
import thema.project.Project;
import thema.project.ThemaException;

/**
 * The coding workbench: what every screen shares (the project, the coder, blind mode, the
 * window, the message line, a prompt or question, the pinned codes) and a stack of screens, the
 * documents list at the bottom. {@link #key} gives a key to the prompt, the question, the help
 * page or the top screen's keymap; every change is saved at once through the same core as the
 * command line. Tests drive it without a terminal.
 */
public final class Workbench {
    final Project project;
    final String coder;
    final boolean blind;
    /** No colours: names, bold, underline and reverse carry the meaning (--mono, NO_COLOR). */
    boolean mono;
    int width = 80, height = 24;
    String message = "";
    boolean help;
    /** The first line of the help page shown (it scrolls when longer than the window). */
    int helpTop;
    boolean quit;
    Prompt prompt;
    /** The last search, offered again by the next / . */
    String lastQuery = "";
    Question question;
    final String[] pins = new String[Pins.KEYS];
    /** The documents of this coder's reliability sample, marked in the list (read again on reload). */
    Set<String> sample;
    /** Where the player is looked up ($THEMA_PLAYER, $PATH); tests give their own. */
    Map<String, String> environment = System.getenv();
    private final Deque<Screen> screens = new ArrayDeque<>();

    public Workbench(Project project, String coder, boolean blind) {
        this.project = project;
        this.coder = coder;
        this.blind = blind;
        project.origin("the workbench");
        System.arraycopy(Pins.load(project, coder), 0, pins, 0, Pins.KEYS);
        sample = Sample.documentsOf(project, coder);
        screens.push(new DocumentsScreen(this));
    }

    public void monochrome(boolean on) {
        mono = on;
    }

    /** Opens the peer-debriefing view of two coders' work. Refused in blind mode. */
    public void compare(String first, String second) {
        push(CompareScreen.of(this, first, second));
    }

    /** The screen on top: the one drawn and given the keys. */
    Screen top() {
        return screens.peek();
    }

    void push(Screen s) {
        screens.push(s);
    }

    /** Back to the screen below; the documents list stays. */
    void back() {
        if (screens.size() > 1) screens.pop();
    }

    /** Opens a document's transcript on top of the documents list (what was above it closes). */
    TranscriptScreen open(Document d) {
        while (screens.size() > 1) screens.pop();
        TranscriptScreen t = new TranscriptScreen(this, d);
        screens.push(t);
        return t;
    }

    /** The open transcript under the top screen, if any. */
    TranscriptScreen transcript() {
        for (Screen s : screens) if (s instanceof TranscriptScreen t) return t;
        return null;
    }

    /** The turn of the open transcript (0-based), -1 with none open. */
    public int turnIndex() {
        TranscriptScreen t = transcript();
        return t == null ? -1 : t.turn;
    }

    public void resize(int w, int h) {
        width = w;
        height = h;
        for (Screen s : screens) s.resized();
    }

    void ask(String label, String initial, Consumer<String> done) {
        prompt = new Prompt(label, initial, false, done);
    }

    void askMemo(String label, String initial, Consumer<String> done) {
        prompt = new Prompt(label, initial, true, done);
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
            if (k instanceof MouseAction m) {
                if (!help && prompt == null && question == null) top().mouse(m);
            } else if (question != null) {
                Question q = question;
                question = null;
                message = q.answer().apply(k);
            } else if (prompt != null) {
                Prompt p = prompt;
                if (p.key(k)) {
                    prompt = null;
                    if (p.saved) p.finish();
                }
            } else if (help) {
                int page = Math.max(1, height - 3);
                switch (k.getKeyType()) {
                    case ArrowDown -> helpTop++;
                    case ArrowUp -> helpTop--;
                    case PageDown -> helpTop += page;
                    case PageUp -> helpTop -= page;
                    default -> help = !(k.getKeyType() == KeyType.Escape || isChar(k, '?') || isChar(k, 'q'));
                }
                helpTop = Math.max(0, Math.min(helpTop, Renderer.helpLines(top(), width).size() - page));
            } else {
                top().keys().handle(k);
            }
        } catch (ThemaException e) {
            message = e.getMessage();
        }
    }

    static boolean isChar(KeyStroke k, char c) {
        return k.getKeyType() == KeyType.Character && k.getCharacter() == c && !k.isCtrlDown() && !k.isAltDown();
    }

    /** The keys every screen but a typing one shares: help, search, counts. */
    Keymap common(Keymap keys) {
        keys.bind("search every transcript (Enter on a hit opens it there)", "search", this::startSearch, Key.of('/'))
                .bind("code counts with bars (b: by attribute, u: documents / participants)", "counts", () -> push(new CountsScreen(this)), Key.of('#'));
        return helpKey(keys);
    }

    /** ? opens the help page of the screen: its keymaps. */
    Keymap helpKey(Keymap keys) {
        return keys.bind("this help (↑ ↓ PgUp PgDn scroll it); Esc closes it", "help", () -> {
            help = true;
            helpTop = 0;
        }, Key.of('?'));
    }

    void startSearch() {
        SearchScreen open = top() instanceof SearchScreen s ? s : null;
        ask("Search", lastQuery, q -> {
            if (q.isEmpty()) return;
            if (open != null) back();
            SearchScreen s = new SearchScreen(this, q);
            push(s);
        });
    }

    /**
     * Picks up what another process saved since the last look (a script, a second workbench, a
     * git pull): every screen reads again what it shows. True when the screen should be drawn again.
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
        for (Screen s : List.copyOf(screens)) s.reloaded();
        if (message.isEmpty()) message = "Reloaded what another process saved";
        return true;
    }

    /** Called by a screen whose document another process removed. */
    void closeRemoved(String docId) {
        while (screens.size() > 1) screens.pop();
        message = "'" + docId + "' was removed by another process";
    }

    // ------------------------------------------------------------ shared actions

    /** Undoes a step this workbench saved at once; a step another program saved (a script, another window) only when confirmed. */
    void undo() {
        History.Step s = History.load(project, coder).toUndo();
        if (s == null) message = "nothing to undo";
        else if (s.madeBy(project)) message = "undone: " + Codings.undo(project, coder, s);
        else question = Question.yesNo("undo '" + s.label() + "', saved by " + who(s.origin()) + " at " + s.time() + "? y/n", 'y',
                    () -> "undone: " + Codings.undo(project, coder, s), "not undone");
    }

    void redo() {
        History.Step s = History.load(project, coder).toRedo();
        if (s == null) message = "nothing to redo";
        else if (s.undone() != null && s.undone().madeBy(project)) message = "redone: " + Codings.redo(project, coder, s);
        else question = Question.yesNo("redo '" + s.label() + "', undone by " + (s.undone() == null ? "another program" : who(s.undone().origin()))
                    + (s.undone() == null || s.undone().time() == null ? "" : " at " + s.undone().time()) + "? y/n", 'y',
                    () -> "redone: " + Codings.redo(project, coder, s), "not redone");
    }

    /** Another program's name for the question; a step of this kind of program is another window's, or one before a restart. */
    private String who(String origin) {
        return origin.equals(project.origin()) ? "another session of " + origin : origin;
    }

    /** Pins a code to the first free number, or asks which number to take over when all nine are taken. */
    void pin(String code) {
        int at = Arrays.asList(pins).indexOf(code);
        if (at < 0) at = Arrays.asList(pins).indexOf(null);
        if (at >= 0) {
            setPin(at, code);
            return;
        }
        question = new Question("All nine numbers are pinned: press 1-9 to pin " + code + " there instead, another key keeps them", k -> {
            if (k.getKeyType() != KeyType.Character || k.getCharacter() < '1' || k.getCharacter() > '9') return "not pinned";
            return setPin(k.getCharacter() - '1', code);
        });
    }

    private String setPin(int at, String code) {
        String before = pins[at];
        pins[at] = code;
        Pins.save(project, coder, pins);
        message = "pinned " + code + " to " + (at + 1) + (before == null || before.equals(code) ? "" : " (was " + before + ")");
        return message;
    }

    /** After a code was renamed, merged or deleted: the pins follow (a deleted code's number is freed). */
    void repin(String from, String to) {
        boolean changed = false;
        for (int i = 0; i < pins.length; i++) {
            if (pins[i] != null && (pins[i].equals(from) || pins[i].startsWith(from + "/"))) {
                pins[i] = to == null ? null : to + pins[i].substring(from.length());
                changed = true;
            }
        }
        if (changed) Pins.save(project, coder, pins);
    }
}
