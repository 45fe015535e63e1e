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
 * (2) keypress-to-redrawn-screen time in a 20,000-word transcript with 500 codings shown as
 * stripes, on a virtual 120×40 terminal (the work a real terminal adds is writing the changed
 * cells), beside a baseline in the same run: the same lines scrolled and drawn with Lanterna's
 * plain putString, no workbench (issue 19's goal: p50 under 2 ms, p99 under 16 ms).
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
        Bench.codedProject(one, 1, 20_000, 500, "anna");
        Project p = Project.open(one);
        DefaultVirtualTerminal vt = new DefaultVirtualTerminal(new TerminalSize(120, 40));
        TerminalScreen s = Tui.screen(vt);
        s.startScreen();
        Workbench w = new Workbench(p, "anna", false);
        w.resize(120, 40);
        w.key(new KeyStroke(KeyType.Enter));
        Tui.draw(w, s);
        List<KeyStroke> moves = List.of(new KeyStroke(KeyType.ArrowDown), new KeyStroke('(', false, false), new KeyStroke('v', false, false),
                new KeyStroke('w', false, false), new KeyStroke(')', false, false), new KeyStroke('}', false, false), new KeyStroke(KeyType.ArrowDown),
                new KeyStroke(KeyType.Escape), new KeyStroke(KeyType.PageDown), new KeyStroke('n', false, false), new KeyStroke('c', false, false));
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
        System.out.println("keypress + redraw, 20,000-word transcript, 500 codings as stripes (movement and selection keys): " + Bench.summary(keys));
        // baseline: the same text, a page of lines drawn per key with plain putString
        List<String> lines = new java.util.ArrayList<>(List.of(p.documents().iterator().next().text().string().split("(?<=\\G.{80})")));
        int[] top = {0};
        long[] plain = Bench.time(200, 2000, () -> {
            top[0] = (top[0] + 3) % Math.max(1, lines.size() - 40);
            var g = s.newTextGraphics();
            for (int y = 0; y < 40; y++) g.putString(0, y, y + top[0] < lines.size() ? lines.get(y + top[0]) : "");
            try {
                s.refresh(com.googlecode.lanterna.screen.Screen.RefreshType.DELTA);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        System.out.println("baseline, plain Lanterna putString of a page per key: " + Bench.summary(plain));
        System.out.printf("workbench p99 %.1f ms (goal < 16); ratio to the baseline: p50 %.1fx, p99 %.1fx%n", Bench.percentileMs(keys, 99),
                Bench.percentileMs(keys, 50) / Bench.percentileMs(plain, 50), Bench.percentileMs(keys, 99) / Bench.percentileMs(plain, 99));
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
