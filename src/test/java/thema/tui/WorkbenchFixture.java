package thema.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.coding.Codings;
import thema.coding.Memos;
import thema.coding.reliability.Consensus;
import thema.coding.reliability.Sample;
import thema.project.Coding;
import thema.project.Document;
import thema.project.Project;
import thema.project.TestProjects;

/** A workbench on a virtual terminal with a two-document project: keys in, the screen a researcher would see out. */
abstract class WorkbenchFixture {
    @TempDir
    Path dir;
    Project p;
    Workbench w;
    DefaultVirtualTerminal vt;
    TerminalScreen screen;

    @BeforeEach
    void open() throws IOException {
        p = TestProjects.create(dir);
        TestProjects.addDocument(p, "school01", "Interviewer: How do you involve the parents?\n\n"
                + "Teacher: I call Zoë’s mother 😊 first. Then we meet and I ask what she wants. We agree on a plan together.\n\n"
                + "Interviewer: And then?\n\n"
                + "Teacher: I send a letter.\n", Map.of("schooltype", "regular"));
        TestProjects.addDocument(p, "school02", "Teacher: Short one.\n", Map.of("schooltype", "special"));
        w = new Workbench(p, "anna", false);
        vt = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        screen = new TerminalScreen(vt);
        screen.startScreen();
        Tui.draw(w, screen);
    }

    @AfterEach
    void close() throws IOException {
        screen.stopScreen();
    }

    void type(Object... keys) throws IOException {
        TestScreens.type(w, screen, keys);
    }

    void ctrl(char c) throws IOException {
        w.key(new KeyStroke(c, true, false));
        Tui.draw(w, screen);
    }

    List<String> rows() {
        List<String> out = new ArrayList<>();
        TerminalSize size = vt.getTerminalSize();
        for (int y = 0; y < size.getRows(); y++) {
            StringBuilder b = new StringBuilder();
            for (int x = 0; x < size.getColumns(); x++) {
                TextCharacter c = vt.getBufferCharacter(x, y);
                if (c.isDoubleWidth()) x++;
                b.append(c.getCharacterString());
            }
            out.add(b.toString());
        }
        return out;
    }

    TranscriptScreen t() {
        return w.transcript();
    }

    /** The selected text as a coding would take it (without the spaces at its ends). */
    String selected() {
        int[] span = t().trimmed();
        return span == null ? "" : t().doc.text().substring(span[0], span[1]);
    }

    String screenText() {
        return String.join("\n", rows());
    }

    String row(String containing) {
        return rows().stream().filter(r -> r.contains(containing)).findFirst().orElseThrow(() -> new AssertionError("no row with '" + containing + "':\n" + screenText()));
    }

}
