package thema.writeup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static thema.cli.CliRun.thema;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import thema.cli.CliRun;
import thema.project.TestTrees;

/** The figures are well-formed SVG with the numbers they show, readable without colour. */
class FiguresTest {
    @TempDir
    Path tmp;

    static Document svg(Path file) throws Exception {
        var f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(file)));
    }

    static List<String> texts(Document d) {
        List<String> out = new ArrayList<>();
        NodeList t = d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        for (int i = 0; i < t.getLength(); i++) out.add(t.item(i).getTextContent());
        return out;
    }

    /** Relative luminance of #rrggbb, 0 (black) to 1 (white). */
    static double luminance(String hex) {
        int r = Integer.parseInt(hex.substring(1, 3), 16), g = Integer.parseInt(hex.substring(3, 5), 16), b = Integer.parseInt(hex.substring(5, 7), 16);
        return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    }

    @Test
    void saturationCurveMarksTheBaseTheRunsAndThePoint() throws Exception {
        Path p = TestTrees.copy(Path.of("examples/care-study"), tmp.resolve("p"), false);
        Path out = tmp.resolve("sat.svg");
        CliRun r = thema("figure", p, "saturation", out, "--coder", "anna");
        assertEquals(0, r.rc(), r.err());
        List<String> t = texts(svg(out));
        // anna's six interviews: 6, 8, 9, 9 distinct codes in the base, then a run of two with nothing new
        assertTrue(t.containsAll(List.of("6", "8", "9", "1", "2", "3", "4", "5", "6")), t.toString());
        assertTrue(t.contains("base: 4 interviews, 9 codes"), t.toString());
        assertTrue(t.contains("+0"), "the run's new codes: " + t);
        assertTrue(t.contains("saturation 4+2"), t.toString());
        assertTrue(t.contains("distinct codes"), "the y axis is labelled");
    }

    @Test
    void groupedBarsAreApartInGreyscaleAndLabelled() throws Exception {
        Path p = TestTrees.copy(Path.of("examples/care-study"), tmp.resolve("p"), false);
        Path out = tmp.resolve("bars.svg");
        CliRun r = thema("figure", p, "bars", out, "--coder", "anna", "--by", "schooltype");
        assertEquals(0, r.rc(), r.err());
        Document d = svg(out);
        List<String> t = texts(d);
        assertTrue(t.containsAll(List.of("priority (n = 2)", "regular (n = 2)", "special (n = 2)")), "a legend names the groups: " + t);
        assertEquals(3 * 12, t.stream().filter(x -> x.matches("\\d+ of \\d+")).count(), "every bar says its k of n");
        // the three groups' fills differ in lightness by a visible step, and each but the first has a pattern
        Set<String> fills = new HashSet<>();
        Set<String> patterns = new HashSet<>();
        NodeList rects = d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect");
        for (int i = 0; i < rects.getLength(); i++) {
            String fill = ((Element) rects.item(i)).getAttribute("fill");
            if (fill.startsWith("url(")) patterns.add(fill);
            else if (fill.matches("#[0-9a-f]{6}") && ((Element) rects.item(i)).getAttribute("width").matches("2\\d\\.0")) fills.add(fill);
        }
        List<Double> lum = fills.stream().map(FiguresTest::luminance).sorted().toList();
        assertEquals(3, lum.size(), "legend swatches: " + fills);
        for (int i = 1; i < lum.size(); i++) assertTrue(lum.get(i) - lum.get(i - 1) > 0.15, "greyscale steps: " + lum);
        assertEquals(2, patterns.size(), patterns.toString());
        assertTrue(new String(Files.readAllBytes(out), StandardCharsets.UTF_8).contains("fill=\"#1f77b4\""), "the codebook's colour of care decisions");
    }

    @Test
    void thematicMapJoinsEachThemeToItsCodes() throws Exception {
        Path p = TestTrees.copy(Path.of("examples/care-study"), tmp.resolve("p"), false);
        Path out = tmp.resolve("map.svg");
        CliRun r = thema("figure", p, "map", out, "--coder", "anna");
        assertEquals(0, r.rc(), r.err());
        Document d = svg(out);
        List<String> t = texts(d);
        // the example's themes.yaml: two themes of two codes and a sub-theme of one, each with anna's k of n
        assertTrue(t.containsAll(List.of("Parents as partners", "The school decides", "Barriers to involvement")), t.toString());
        assertTrue(t.containsAll(List.of("communication/two-way", "care decisions/home effort", "communication/one-way", "care decisions/care route", "barriers")), t.toString());
        assertEquals(3 + 5, t.stream().filter(x -> x.matches("\\d of 6")).count(), "every theme and code has its k of n: " + t);
        assertEquals(5, d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "line").getLength(), "a line from each theme to each of its codes");
        Path none = TestTrees.copy(Path.of("examples/focusgroep"), tmp.resolve("none"), false);
        CliRun noThemes = thema("figure", none, "map", tmp.resolve("x.svg"));
        assertEquals(1, noThemes.rc(), "a project without themes: an error, not an empty figure");
        assertTrue(noThemes.err().contains("themes.yaml: no themes yet"), noThemes.err());
    }

    @Test
    void badUsage() {
        assertEquals(2, thema("figure", tmp, "bars", tmp.resolve("x.svg")).rc(), "bars needs --by");
        assertEquals(2, thema("figure", tmp, "pie", tmp.resolve("x.svg")).rc());
    }
}
