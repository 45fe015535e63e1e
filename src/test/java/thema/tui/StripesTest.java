package thema.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.project.Code;
import thema.project.Codebook;
import thema.project.Coding;
import thema.project.Document;

/** Coding stripes beside or below the text: every coding named near its passage, lanes never shared. */
class StripesTest {
    @TempDir
    Path dir;

    private static Coding coding(int start, int end, String code) {
        return new Coding("doc", start, end, code, "ab", "2026-01-01T00:00:00Z");
    }

    private static final String ANSWER = "Teacher: We phone them first, and if nobody answers a letter goes home with the child the same day. "
            + "The mother then calls us back, usually within the week, and we plan the next step together with her.";

    private Document doc() {
        return Transcripts.of(dir, "Interviewer: How do you involve the parents?", ANSWER, "Interviewer: Thank you.");
    }

    private List<Coding> threeOverlapping(Document d) {
        return List.of(coding(Transcripts.at(d, "We phone"), Transcripts.after(d, "same day."), "care decisions/care route"),
                coding(Transcripts.at(d, "The mother"), Transcripts.after(d, "with her."), "communication/two-way"),
                coding(Transcripts.at(d, "a letter"), Transcripts.after(d, "the week,"), "care decisions/process"));
    }

    /** Every coding is named exactly once, on a row of its own turn, and no lane holds two codings on a line. */
    private static void assertSound(List<Stripes.Row> rows, List<Coding> codings, int maxLanes) {
        Map<Coding, Integer> named = new IdentityHashMap<>();
        for (Stripes.Row r : rows) {
            for (Coding c : r.named()) {
                named.merge(c, 1, Integer::sum);
                assertTrue(r.label().contains(CODE_NAME.apply(c)) || r.label().contains("…"), "the row shows the name of " + c.code() + ": " + r.label());
            }
            if (r.kind() == Stripes.Kind.TEXT) assertEquals(maxLanes, r.lanes().size());
        }
        for (Coding c : codings) assertEquals(1, named.getOrDefault(c, 0), "named once: " + c);
        for (Stripes.Row r : rows) {
            for (Stripes.Lane l : r.lanes()) {
                if (l == null || l.coding() == null) continue;
                assertTrue(l.coding().start() < r.line().end() && r.line().start() < l.coding().end(), "a stripe only beside its own text");
            }
        }
    }

    private static final java.util.function.Function<Coding, String> CODE_NAME = c -> Codebook.nameOf(c.code());

    @Test
    void threeOverlappingCodingsAreAllNamedBelowAt80Columns() {
        Document d = doc();
        List<Coding> codings = threeOverlapping(d);
        List<TranscriptLayout.Line> lines = TranscriptLayout.of(d, 70);
        List<Stripes.Row> rows = Stripes.layout(lines, codings, CODE_NAME, 0, 70, 3);
        assertSound(rows, codings, 3);
        List<String> names = rows.stream().filter(r -> r.kind() == Stripes.Kind.NAMES).map(Stripes.Row::label).toList();
        assertEquals(List.of("▸ care route · process · two-way"), names, "in start order, after the answer");
        int after = rows.indexOf(rows.stream().filter(r -> r.kind() == Stripes.Kind.NAMES).findFirst().orElseThrow());
        assertEquals(1, rows.get(after - 1).turn(), "right after the answer's last line");
        assertEquals(2, rows.get(after + 1).turn());
        // lanes: care route 0, process 1 (starts inside care route), two-way 0 again (care route is over by then)
        Stripes.Row first = rows.stream().filter(r -> r.line() != null && r.line().text().startsWith("We phone")).findFirst().orElseThrow();
        assertEquals(Stripes.Part.START, first.lanes().get(0).part());
        assertEquals("care decisions/care route", first.lanes().get(0).coding().code());
        assertNull(first.lanes().get(2));
    }

    @Test
    void threeOverlappingCodingsAreNamedBesideAt120Columns() {
        Document d = doc();
        List<Coding> codings = threeOverlapping(d);
        List<Stripes.Row> rows = Stripes.layout(TranscriptLayout.of(d, 90), codings, CODE_NAME, 22, 90, 3);
        assertSound(rows, codings, 3);
        assertTrue(rows.stream().noneMatch(r -> r.kind() == Stripes.Kind.NAMES), "room for every name beside its span");
        for (Stripes.Row r : rows) {
            assertTrue(Draw.width(r.label()) <= 22, "labels fit their column: " + r.label());
            for (Coding c : r.named()) {
                assertTrue(c.start() < r.line().end() && r.line().start() < c.end(), "named beside its own span");
            }
        }
    }

    @Test
    void namesThatDoNotFitBesideGoBelowTheirTurn() {
        Document d = doc();
        int a = Transcripts.at(d, "We phone"), b = Transcripts.after(d, "phone");
        List<Coding> codings = new ArrayList<>();
        for (String code : List.of("care decisions/care route", "care decisions/process", "communication/one-way", "communication/two-way")) {
            codings.add(coding(a, b, code));
        }
        List<Stripes.Row> rows = Stripes.layout(TranscriptLayout.of(d, 60), codings, CODE_NAME, 12, 60, 2);
        assertSound(rows, codings, 2);
        Stripes.Row line = rows.stream().filter(r -> r.line() != null && r.line().text().startsWith("We phone")).findFirst().orElseThrow();
        assertEquals("care route", line.label(), "one fits beside the one-line span");
        assertEquals(Stripes.Part.OVERFLOW, line.lanes().get(1).part(), "four codings, two lanes: the last lane says there are more");
        List<Stripes.Row> below = rows.stream().filter(r -> r.kind() == Stripes.Kind.NAMES).toList();
        assertEquals(1, below.size());
        assertEquals("▸ process · one-way · two-way", below.get(0).label(), "ties in start: the order codings are kept in, by code");
        assertEquals(1, below.get(0).turn());
    }

    @Test
    void namesBelowWrapToTheTextWidth() {
        Document d = doc();
        int a = Transcripts.at(d, "We phone");
        List<Coding> codings = new ArrayList<>();
        for (int i = 0; i < 12; i++) codings.add(coding(a + i, a + i + 5, "code number " + i));
        List<Stripes.Row> rows = Stripes.layout(TranscriptLayout.of(d, 40), codings, c -> c.code(), 0, 40, 4);
        assertSound(rows, codings, 4);
        List<Stripes.Row> below = rows.stream().filter(r -> r.kind() == Stripes.Kind.NAMES).toList();
        assertTrue(below.size() > 1);
        for (Stripes.Row r : below) assertTrue(Draw.width(r.label()) <= 40, r.label());
        assertTrue(below.get(1).label().startsWith("  code number"), "continuation rows are indented");
    }

    @Test
    void fiveHundredCodingsOverTwentyThousandWords() {
        StringBuilder turn = new StringBuilder("Teacher:");
        Random r = new Random(5);
        String[] words = {"we", "phoned", "the", "mother", "and", "then", "a", "letter", "went", "home."};
        List<String> turns = new ArrayList<>();
        for (int t = 0; t < 200; t++) {
            turn.setLength(0);
            turn.append(t % 2 == 0 ? "Interviewer:" : "Teacher:");
            for (int w = 0; w < 100; w++) turn.append(' ').append(words[r.nextInt(words.length)]);
            turns.add(turn.toString());
        }
        Document d = Transcripts.of(dir, turns.toArray(String[]::new));
        List<Coding> codings = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            int s = r.nextInt(d.length() - 2000);
            codings.add(coding(s, s + 1 + r.nextInt(1500), "code " + (i % 40)));
        }
        List<TranscriptLayout.Line> lines = TranscriptLayout.of(d, 80);
        for (int labelWidth : new int[] {0, 22}) {
            List<Stripes.Row> rows = Stripes.layout(lines, codings, c -> c.code(), labelWidth, 80, 6);
            assertSound(rows, codings, 6);
            // a coding keeps one lane all along, so two never meet in a lane on a line
            Map<Coding, Integer> lane = new IdentityHashMap<>();
            for (Stripes.Row row : rows) {
                for (int k = 0; k < row.lanes().size(); k++) {
                    Stripes.Lane l = row.lanes().get(k);
                    if (l == null || l.coding() == null) continue;
                    Integer was = lane.putIfAbsent(l.coding(), k);
                    assertEquals(was == null ? k : was, k, "a coding stays in its lane");
                }
            }
        }
    }
    @Test
    void uniqueShortNamesTellCodesApartThatShareAnInitialOrAName() {
        Code home = new Code("home", List.of(new Code("time"), new Code("other")));
        Code school = new Code("school", List.of(new Code("trust"), new Code("other"), new Code("coordination")));
        Code comm = new Code("communication", List.of(new Code("two-way"), new Code("care route")));
        Codebook cb = new Codebook(new ArrayList<>(List.of(home, school, comm)), "test");
        List<String> paths = List.of("home/time", "school/trust", "communication/two-way", "communication/care route",
                "school/coordination", "home/other", "school/other");
        Map<String, String> names = Stripes.uniqueShortNames(paths, cb, 20);
        assertEquals(List.of("time", "trust", "two-way", "care route", "coordination", "home/other", "school/other"),
                paths.stream().map(names::get).toList());
        Map<String, String> cut = Stripes.uniqueShortNames(paths, cb, 8);
        assertEquals("time", cut.get("home/time"));
        assertEquals("coordin…", cut.get("school/coordination"));
        assertEquals(paths.size(), cut.values().stream().distinct().count(), "still distinct when cut: " + cut);
        for (String n : cut.values()) assertTrue(Draw.width(n) <= 8, n);
        assertEquals("home/o…", Stripes.uniqueShortNames(List.of("home/other", "school/other"), cb, 7).get("home/other"));
        Map<String, String> alike = Stripes.uniqueShortNames(List.of("coordination", "coordinator"), Codebook.empty(), 6);
        assertEquals(2, alike.values().stream().distinct().count(), "names alike in their first letters keep their endings: " + alike);
    }
}
