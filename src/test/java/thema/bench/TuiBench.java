package thema.bench;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import thema.project.Project;
import thema.tui.Tui;
import thema.tui.Workbench;

/**
 * {@code scripts/bench TuiBench}: (1) open a 2,000-document project and draw the first screen;
 * (2) keypress-to-redrawn-screen time in a 20,000-word transcript with 400 codings, on a
 * virtual 120×40 terminal (the work a real terminal adds is writing the changed cells).
 */
public final class TuiBench {
    public static void main(String[] args) throws Exception {
        Path big = Files.createTempDirectory("thema-tui-bench").resolve("many");
        Bench.codedProject(big, 2000, 300, 20_000, "anna");
        long[] first = Bench.time(1, 5, () -> {
            try {
                Project p = Project.open(big);
                DefaultVirtualTerminal vt = new DefaultVirtualTerminal(new TerminalSize(120, 40));
                TerminalScreen s = new TerminalScreen(vt);
                s.startScreen();
                Workbench w = new Workbench(p, "anna", false);
                w.resize(120, 40);
                Tui.draw(w, s);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        System.out.println("open a 2,000-document project to the first screen: " + Bench.summary(first));

        Path one = Files.createTempDirectory("thema-tui-bench").resolve("long");
        Bench.codedProject(one, 1, 20_000, 400, "anna");
        Project p = Project.open(one);
        DefaultVirtualTerminal vt = new DefaultVirtualTerminal(new TerminalSize(120, 40));
        TerminalScreen s = new TerminalScreen(vt);
        s.startScreen();
        Workbench w = new Workbench(p, "anna", false);
        w.resize(120, 40);
        w.key(new KeyStroke(KeyType.Enter));
        Tui.draw(w, s);
        List<KeyStroke> moves = List.of(new KeyStroke(KeyType.ArrowDown), new KeyStroke(']', false, false), new KeyStroke('[', false, false),
                new KeyStroke(KeyType.PageDown), new KeyStroke('n', false, false), new KeyStroke('c', false, false));
        int[] i = {0};
        long[] keys = Bench.time(200, 2000, () -> {
            w.key(moves.get(i[0]++ % moves.size()));
            if (w.turnIndex() >= p.documents().iterator().next().turns().size() - 3) w.key(new KeyStroke(KeyType.Home));
            try {
                Tui.draw(w, s);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        System.out.println("keypress + redraw, 20,000-word transcript (movement keys): " + Bench.summary(keys));
        long[] code = Bench.time(5, 40, () -> {
            w.key(new KeyStroke('2', false, false));
            w.key(new KeyStroke('u', false, false));
            try {
                Tui.draw(w, s);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        System.out.println("apply a code and undo it (two saves) + redraw: " + Bench.summary(code));
    }
}
