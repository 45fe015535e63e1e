package thema.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.project.Project;
import thema.project.TestProjects;

/**
 * README's key table is made from the screens' keymaps, so it cannot drift from what the keys do.
 * {@code scripts/readme-keys} writes it again ({@code -Dthema.readme.write=true}).
 */
class ReadmeKeysTest {
    static final String START = "<!-- keys: made from the workbench's keymaps by scripts/readme-keys; edit the keymaps, not this table -->";
    static final String END = "<!-- /keys -->";

    @TempDir
    Path dir;

    /** Every keymap of the workbench, one of each title, in the order a researcher meets them. */
    List<Keymap> keymaps() throws IOException {
        Project p = TestProjects.create(dir);
        TestProjects.addDocument(p, "s1", "Teacher: One sentence. Another one.\n", Map.of());
        for (String coder : List.of("anna", "ben")) thema.coding.Codings.code(p, coder, "s1", 9, 22, "care decisions/process", null);
        Workbench w = new Workbench(p, "anna", false);
        List<Screen> screens = new ArrayList<>();
        screens.add(w.top());
        screens.add(w.open(p.document("s1")));
        screens.add(new SearchScreen(w, "sentence"));
        screens.add(new CountsScreen(w));
        screens.add(CompareScreen.of(w, "anna", "ben"));
        screens.add(new ExtractsScreen(w, "care decisions"));
        Map<String, Keymap> out = new LinkedHashMap<>();
        for (Screen s : screens) for (Keymap k : s.help()) out.putIfAbsent(k.title(), k);
        return List.copyOf(out.values());
    }

    String table() throws IOException {
        StringBuilder b = new StringBuilder(START).append("\n\n| screen | keys | what they do |\n|---|---|---|\n");
        for (Keymap k : keymaps()) {
            String screen = k.title();
            for (Binding x : k.bindings()) {
                b.append("| ").append(screen).append(" | ").append(cell("`" + x.keysText().replace("  ", " ") + "`")).append(" | ").append(cell(x.help())).append(" |\n");
                screen = "";
            }
            List<String> lines = k.helpLines();
            if (lines.size() > k.bindings().size() + 1) b.append("| ").append(screen).append(" | letters | ").append(cell(lines.get(lines.size() - 1).substring(Keymap.helpLine("letters", "").length()))).append(" |\n");
        }
        return b.append('\n').append(END).toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|");
    }

    @Test
    void theReadmesKeyTableIsTheKeymaps() throws IOException {
        Path readme = Path.of("README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int a = text.indexOf(START), b = text.indexOf(END);
        assertTrue(a >= 0 && b > a, "README.md has the key table's markers");
        String now = text.substring(a, b + END.length()), made = table();
        if (Boolean.getBoolean("thema.readme.write") && !now.equals(made)) {
            Files.writeString(readme, text.substring(0, a) + made + text.substring(b + END.length()), StandardCharsets.UTF_8);
            return;
        }
        assertEquals(made, now, "README's key table differs from the keymaps: run scripts/readme-keys");
    }
}
