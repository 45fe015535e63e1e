package thema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import thema.project.TestTrees;

/**
 * The packages form a stack (issue 18):
 * {@code project < coding < {importing, search, analysis, coding.reliability} < {interchange, writeup} < {cli, tui}}.
 * The rule: a package may use its own subpackages and any package of a lower tier; it may not use a
 * package of a higher tier; in one tier siblings do not use each other, except the few edges in
 * {@link #SIBLING_EDGES}, which keep one order inside the tier (coding.reliability < search < analysis,
 * cli over tui). An edge is every {@code thema.x.Y} a main source file imports or names inline
 * (comments and strings left out). A package the table does not know fails too: place it first.
 */
class LayeringTest {
    private static final Path MAIN = Path.of("src/main/java/thema");

    /** Each unit's tier; a subpackage belongs to its longest listed prefix (analysis.agreement is analysis). */
    private static final Map<String, Integer> TIERS = Map.of(
            "project", 0,
            "coding", 1,
            "importing", 2, "search", 2, "analysis", 2, "coding.reliability", 2,
            "interchange", 3, "writeup", 3,
            "cli", 4, "tui", 4);

    /** Allowed uses between siblings of one tier, each with its reason; none goes the other way. */
    private static final Set<String> SIBLING_EDGES = Set.of(
            "analysis -> coding.reliability", // counts apply the consensus decisions
            "analysis -> search",             // agreement by speaker uses the query language's speaker rule
            "search -> coding.reliability",   // blind mode of code:/coder: queries
            "cli -> tui");                    // the tui command starts the workbench

    private static final Pattern PACKAGE = Pattern.compile("^package\\s+thema(?:\\.([\\w.]+))?\\s*;", Pattern.MULTILINE);
    /** A qualified name: lower-case package parts, then a class (or a wildcard import). */
    private static final Pattern REFERENCE = Pattern.compile("\\bthema((?:\\.[a-z]\\w*)+)\\.(?:[A-Z]|\\*)");

    @Test
    void everyEdgeGoesDownTheStack() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path f : sources()) {
            String code = withoutCommentsAndStrings(Files.readString(f, StandardCharsets.UTF_8));
            Matcher pm = PACKAGE.matcher(code);
            assertTrue(pm.find(), f + " has no thema package");
            String from = unit(pm.group(1) == null ? "" : pm.group(1), f);
            Set<String> seen = new TreeSet<>();
            Matcher m = REFERENCE.matcher(code);
            while (m.find()) {
                String to = unit(m.group(1).substring(1), f);
                if (!to.equals(from) && !allowed(from, to) && seen.add(to)) {
                    violations.add(MAIN.relativize(f) + ": " + from + " -> " + to);
                }
            }
        }
        assertEquals(List.of(), violations, "uses against the order " + TIERS);
    }

    @Test
    void siblingEdgesGoOneWay() {
        for (String e : SIBLING_EDGES) {
            String[] ends = e.split(" -> ");
            assertEquals(TIERS.get(ends[0]), TIERS.get(ends[1]), e + " joins siblings");
            assertTrue(!SIBLING_EDGES.contains(ends[1] + " -> " + ends[0]), e + " goes both ways");
        }
    }

    private static boolean allowed(String from, String to) {
        int a = TIERS.get(from), b = TIERS.get(to);
        return b < a || (a == b && SIBLING_EDGES.contains(from + " -> " + to));
    }

    private static String unit(String pkg, Path file) {
        String best = null;
        for (String u : TIERS.keySet()) {
            if ((pkg.equals(u) || pkg.startsWith(u + ".")) && (best == null || u.length() > best.length())) best = u;
        }
        assertTrue(best != null, file + ": package thema." + pkg + " has no place in the stack");
        return best;
    }

    private static List<Path> sources() throws IOException {
        List<Path> out = TestTrees.files(MAIN).stream().filter(p -> p.toString().endsWith(".java")).toList();
        assertTrue(out.size() > 100, "the main sources are read from " + MAIN.toAbsolutePath());
        return out;
    }

    /** The code with comments, string and char literals blanked, so a Javadoc link is not an edge. */
    static String withoutCommentsAndStrings(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0, n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (s.startsWith("//", i)) {
                while (i < n && s.charAt(i) != '\n') i++;
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                out.append(' ');
            } else if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                i = end < 0 ? n : end + 3;
                out.append("\"\"");
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < n && s.charAt(i) != c) i += s.charAt(i) == '\\' ? 2 : 1;
                i++;
                out.append(c).append(c);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
