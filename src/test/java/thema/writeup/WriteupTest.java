package thema.writeup;

import thema.analysis.Saturation;
import thema.analysis.ThematicMap;
import static thema.cli.CliRun.thema;
import thema.cli.CliRun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.analysis.CountedCoding;
import thema.coding.Codings;
import thema.coding.Memos;
import thema.coding.Themes;
import thema.project.Code;
import thema.project.Codebook;
import thema.project.Coding;
import thema.project.DocumentGroups;
import thema.project.Json;
import thema.project.Project;
import thema.project.ProjectConfig;
import thema.project.TestProjects;
import thema.project.ThemaException;

class WriteupTest {
    @TempDir
    Path dir;



    /** Interviews i1..iN, each coded by anna with the given flat codes on its one turn, and marked done. */
    Project sequence(String... codesPerInterview) {
        List<Code> roots = new ArrayList<>();
        for (String c : "a b c d e f g".split(" ")) roots.add(new Code(c));
        Project p = Project.init(dir.resolve("sat"), "sat", "en", new Codebook(roots, "t"));
        List<Coding> cs = new ArrayList<>();
        for (int i = 0; i < codesPerInterview.length; i++) {
            String id = "i" + (i + 1);
            TestProjects.addDocument(p, id, "R: words " + id, Map.of("date", "2026-01-" + (10 + i)));
            for (String c : codesPerInterview[i].split(" ")) if (!c.isEmpty()) cs.add(new Coding(id, 3, 8, c, "anna", "t"));
        }
        Codings.add(p, "anna", cs, "x");
        Codings.done(p, "anna", p.documents().stream().map(d -> d.id()).toList(), true);
        return p;
    }

    @Test
    void saturationNotReached() {
        Project p = sequence("a b", "c d", "e", "a", "f", "a");
        Saturation.Result r = Saturation.of(p, CountedCoding.ofCoder(p, "anna"), null, 2, 2, 0.05);
        assertEquals(4, r.baseSize());
        assertEquals(List.of(1, 1, 1), r.runs().stream().map(Saturation.Run::newCodes).toList());
        assertEquals(0.25, r.runs().get(0).ratio(), 1e-9);
        assertEquals(List.of(3, 4, 5), r.runs().stream().map(Saturation.Run::from).toList());
        assertEquals(-1, r.saturatedAt());
        assertEquals(List.of(2, 4, 5, 5, 6, 6), java.util.Arrays.stream(r.cumulative()).boxed().toList());
    }

    @Test
    void saturationExactlyAtTheThreshold() {
        Project p = sequence("a b", "c d", "e", "a", "b", "c");
        Saturation.Result r = Saturation.of(p, CountedCoding.ofCoder(p, "anna"), null, 2, 2, 0.25);
        assertEquals(2, r.saturatedAt(), "run 3-4 adds 1 of 4 = 0.25, at the threshold: saturated at 2, confirmed by the run");
        assertEquals("2+2", r.reported());
        Saturation.Result strict = Saturation.of(p, CountedCoding.ofCoder(p, "anna"), null, 2, 2, 0.2);
        assertEquals("3+2", strict.reported(), "below 0.25 only run 4-5 (no new code) qualifies");
    }

    @Test
    void saturationNeedsEnoughInterviewsAndOrdersByAttribute() {
        Project p = sequence("a", "b", "c");
        ThemaException e = assertThrows(ThemaException.class, () -> Saturation.of(p, CountedCoding.ofCoder(p, "anna"), null, 2, 2, 0.05));
        assertTrue(e.getMessage().contains("at least base + run = 4 finished interviews; 3 of the project's 3 are coded and marked done"), e.getMessage());
        assertEquals(List.of("i1", "i2", "i3"), Saturation.order(p, CountedCoding.ofCoder(p, "anna"), "date", new ArrayList<>()).stream().map(d -> d.id()).toList());
        CliRun r = thema("saturation", dir.resolve("sat").toString(), "--order", "region");
        assertEquals(1, r.rc());
        assertTrue(r.err().contains("no attribute 'region'"), r.err());
    }

    /** Issue 15.3: only the counted coding's finished interviews enter; the paper's "base+run" form. */
    @Test
    void saturationLeavesOutUnfinishedInterviewsAndReportsBasePlusRun() throws Exception {
        Project p = sequence("a b", "c", "d", "e", "f", "a", "b", "a", "g");
        Codings.done(p, "anna", List.of("i9"), false);
        String d = dir.resolve("sat").toString();
        CliRun r = thema("saturation", d, "--coder", "anna");
        assertEquals(0, r.rc(), r.err());
        // base i1-i4 (a-e); run 5-6 adds f (20%), run 6-7 nothing: saturated after 5, confirmed by 6-7
        assertTrue(r.out().contains("Saturation: 5+2 (reached at interview 5, i5; interviews 6-7 confirm it)."), r.out());
        assertTrue(r.out().contains("Left out (not finished in the counted coding): i9 (anna: in progress)"), r.out());
        assertTrue(r.out().lines().noneMatch(l -> l.matches("9\\s+i9\\s.*")), "i9 is not in the order: " + r.out());
        var json = Json.MAPPER.readTree(thema("saturation", d, "--format", "json").out());
        assertEquals("5+2", json.get("saturation").asText());
        assertEquals(8, json.get("order").size());
        assertEquals("i9", json.get("left_out").get(0).get("doc").asText());

        // four finished interviews (the others in progress): not enough for base 4 + run 2
        Codings.done(p, "anna", List.of("i5", "i6", "i7", "i8"), false);
        CliRun few = thema("saturation", d);
        assertEquals(1, few.rc());
        assertTrue(few.err().contains("saturation needs at least base + run = 6 finished interviews; 4 of the project's 9 are coded and marked done"), few.err());
        assertEquals(1, few.err().strip().lines().count(), few.err());

        Codings.done(p, "anna", List.of("i5", "i6", "i7", "i8"), true);
        Path html = dir.resolve("sat.html");
        assertEquals(0, thema("report", d, html).rc());
        String page = java.nio.file.Files.readString(html);
        assertTrue(page.contains("Saturation 5+2: reached at interview 5 (i5), confirmed by interviews 6-7."), page);
        assertTrue(page.contains(">distinct codes</text>") && page.contains(">interviews in order"), "labelled axes: " + page);
    }

    Project quotes() {
        Project p = TestProjects.create(dir.resolve("q"));
        TestProjects.addDocument(p, "d1", "Interviewer: Who decides?\n\nTeacher: We decide with the parents.\n\nInterviewer: And?\n\nTeacher: Then I write it down.\n", Map.of("schooltype", "regular"));
        TestProjects.addDocument(p, "d2", "Teacher: I only send a letter, “as usual”.\n", Map.of("schooltype", "special"));
        var d1 = p.document("d1");
        int[] t2 = Codings.turnSpan(d1, 2);
        int[] u1 = Codings.turnSpan(p.document("d2"), 1);
        Codings.add(p, "anna", List.of(new Coding("d1", t2[0], t2[1], "care decisions/process", "agreed together", null, "anna", "t"),
                new Coding("d2", u1[0], u1[1], "care decisions/care route", "anna", "t"),
                new Coding("d2", u1[0], u1[1], "communication/one-way", "anna", "t")), "x");
        p.write(ch -> {
            ProjectConfig c = p.config().copy();
            c.citation = "({schooltype} school, {doc}, turn {turn})";
            ch.config(c);
            return null;
        });
        return Project.open(dir.resolve("q"));
    }

    @Test
    void extractsOfACodeAndItsDescendantsGroupedByAttributeWithCitations() {
        Project p = quotes();
        List<Extracts.Extract> list = Extracts.of(p, new Extracts.Query(List.of("care decisions"), CountedCoding.ofCoder(p, "anna"), null, List.of("schooltype"), false, 1));
        assertEquals(2, list.size());
        Extracts.Extract first = list.get(0);
        assertEquals("regular", first.value());
        assertEquals("We decide with the parents.", first.text());
        assertEquals("(regular school, d1, turn 2)", first.citation());
        assertEquals("care decisions/process", first.codedAs());
        assertEquals(List.of(1), first.before().stream().map(Extracts.Context::turn).toList());
        assertEquals("Who decides?", first.before().get(0).text());
        assertEquals(List.of(3), first.after().stream().map(Extracts.Context::turn).toList());
        assertEquals("I only send a letter, “as usual”.", list.get(1).text());

        String md = thema("quotes", dir.resolve("q").toString(), "--code", "care decisions", "--by", "schooltype").out();
        assertTrue(md.contains("## care decisions (2 extracts)"), md);
        assertTrue(md.contains("### schooltype: special"), md);
        assertTrue(md.contains("> Teacher: We decide with the parents. (regular school, d1, turn 2)"), md);
        assertTrue(md.contains("Memo (anna): agreed together"), md);
        String csv = thema("quotes", dir.resolve("q").toString(), "--code", "one-way", "--format", "csv").out();
        assertTrue(csv.contains("\"I only send a letter, “as usual”.\""), csv);
    }

    @Test
    void keyQuotesAreMarkedAndFiltered() {
        Project p = quotes();
        CliRun k = thema("key", dir.resolve("q").toString(), "--coder", "anna", "--doc", "d2", "--turn", "1", "--code", "one-way");
        assertEquals(0, k.rc(), k.err());
        List<Extracts.Extract> keys = Extracts.of(Project.open(dir.resolve("q")), new Extracts.Query(List.of(), CountedCoding.ofCoder(Project.open(dir.resolve("q")), "anna"), null, List.of(), true, 0));
        assertEquals(1, keys.size());
        assertEquals("communication/one-way", keys.get(0).code());
        assertTrue(thema("quotes", dir.resolve("q").toString(), "--key").out().contains("> ★ Teacher: I only send a letter"));
        CliRun none = thema("key", dir.resolve("q").toString(), "--coder", "anna", "--doc", "d1", "--turn", "1");
        assertEquals(1, none.rc());
        assertTrue(none.err().contains("has no coding"), none.err());
    }

    @Test
    void badInputsAreOneLineErrors() {
        quotes();
        String d = dir.resolve("q").toString();
        for (String[] args : List.of(new String[]{"quotes", d, "--code", "nothing"}, new String[]{"quotes", d, "--by", "region"},
                new String[]{"quotes", d, "--doc", "d9"}, new String[]{"quotes", d, "--coder", "zed"})) {
            CliRun r = thema(args);
            assertEquals(1, r.rc(), String.join(" ", args));
            assertEquals(1, r.err().strip().lines().count(), r.err());
        }
        assertTrue(assertThrows(ThemaException.class, () -> Citation.format("({region})", Map.of("doc", "d1"))).getMessage().contains("{region}"));
    }

    void writeThemes(String yaml) throws java.io.IOException {
        java.nio.file.Files.writeString(dir.resolve("q").resolve("themes.yaml"), yaml);
    }

    @Test
    void thematicMapCountsThemesAndTheirCodes() throws Exception {
        quotes();
        writeThemes("themes:\n  - name: Deciding\n    definition: How decisions are made.\n    codes: [care decisions]\n"
                + "    themes:\n      - name: Informing\n        codes: [communication/one-way]\n");
        Project p = Project.open(dir.resolve("q"));
        List<ThematicMap.ThemeRow> rows = ThematicMap.of(p, Themes.load(p), CountedCoding.ofCoder(p, "anna"), DocumentGroups.of(p, List.of("schooltype")));
        // Deciding covers care decisions (2 segments) and its sub-theme's one-way (1): 3 distinct segments
        ThematicMap.ThemeRow regular = rows.get(0), special = rows.get(1);
        assertEquals(List.of("Deciding", "regular", 1, 1, 1), List.of(regular.theme().name, regular.value(), regular.segments(), regular.documents(), regular.documentsInGroup()));
        assertEquals(List.of("special", 2, 1), List.of(special.value(), special.segments(), special.documents()), "care route and one-way on d2: two segments, one document");
        assertEquals(1, special.codes().get(0).segmentsTotal());
        assertEquals("Informing", rows.get(2).theme().name);
        String tree = thema("themes", dir.resolve("q").toString()).out();
        assertTrue(tree.contains("theme: 3 segments, 2 of 2 documents"), tree);
        thema("key", dir.resolve("q").toString(), "--coder", "anna", "--doc", "d1", "--turn", "2");
        String md = thema("themes", dir.resolve("q").toString(), "--format", "md").out();
        assertTrue(md.contains("## Deciding") && md.contains("How decisions are made."), md);
        assertTrue(md.contains("> Teacher: We decide with the parents. (regular school, d1, turn 2)"), "key quotes under their theme\n" + md);
        String byTheme = thema("quotes", dir.resolve("q").toString(), "--theme", "informing").out();
        assertTrue(byTheme.contains("## communication/one-way (1 extract)") && !byTheme.contains("We decide"), byTheme);
        CliRun noTheme = thema("quotes", dir.resolve("q").toString(), "--theme", "nothing");
        assertEquals(1, noTheme.rc());
        assertTrue(noTheme.err().contains("no theme 'nothing'"), noTheme.err());
        Path html = dir.resolve("report.html");
        assertEquals(0, thema("report", dir.resolve("q").toString(), html.toString()).rc());
        String page = java.nio.file.Files.readString(html);
        assertTrue(page.contains("<h3>Thematic map</h3>") && page.contains("<b>Deciding</b>") && page.contains("<td class=\"n\">3</td><td class=\"n\">2 of 2</td>"), "the report gains the thematic map");
    }

    @Test
    void themesAndMemosFollowARenameAndItsUndo() throws Exception {
        quotes();
        writeThemes("themes:\n  - name: Deciding\n    codes: [care decisions/process]\n");
        assertEquals(0, thema("memo", dir.resolve("q").toString(), "--coder", "anna", "--code", "process", "--text", "central code").rc());
        assertEquals(0, thema("rename-code", dir.resolve("q").toString(), "care decisions/process", "deciding process", "--coder", "anna").rc());
        Project p = Project.open(dir.resolve("q"));
        assertEquals(List.of("care decisions/deciding process"), Themes.load(p).find("deciding").codes);
        assertEquals("central code", Memos.load(p, "anna").text(Memos.About.code("care decisions/deciding process")));
        assertEquals(0, thema("undo", dir.resolve("q").toString(), "--coder", "anna").rc());
        p = Project.open(dir.resolve("q"));
        assertEquals(List.of("care decisions/process"), Themes.load(p).find("Deciding").codes);
        assertEquals("central code", Memos.load(p, "anna").text(Memos.About.code("care decisions/process")));
    }

    @Test
    void badThemesAndMemosAreOneLineErrors() throws Exception {
        quotes();
        String d = dir.resolve("q").toString();
        writeThemes("themes:\n  - name: Deciding\n    codes: [care decisions/nothing]\n");
        CliRun r = thema("themes", d);
        assertEquals(1, r.rc());
        assertTrue(r.err().contains("theme 'Deciding' names code 'care decisions/nothing'"), r.err());
        assertEquals(1, thema("check", d).rc(), "check finds it too");
        writeThemes("themes:\n  - name: Deciding\n    colour: red\n");
        assertTrue(thema("themes", d).err().contains("unknown key 'colour' (line 3)"));
        writeThemes("themes: [unclosed\n");
        r = thema("themes", d);
        assertEquals(1, r.rc());
        assertTrue(r.err().endsWith("themes.yaml: malformed YAML (line 1): expected a mapping ('key: value' lines), found the text 'unclosed'\n"), r.err());
        writeThemes("themes:\n  - name: A\n  - name: a\n");
        assertTrue(thema("themes", d).err().contains("defined twice"));
        writeThemes("themes:\n  - name: A\n");
        assertTrue(thema("themes", d, "--theme-nope").rc() == 2);
        r = thema("memo", d, "--coder", "anna", "--doc", "d9", "--text", "x");
        assertEquals(1, r.rc());
        assertTrue(r.err().contains("d9"), r.err());
        assertTrue(java.nio.file.Files.notExists(dir.resolve("q/memos/anna.yaml")), "nothing written");
        assertEquals(2, thema("memo", d, "--coder", "anna", "--doc", "d1", "--journal", "--text", "x").rc(), "one target only");
    }

    @Test
    void memosReplaceJournalAppendsAndEmptyTextRemoves() {
        quotes();
        String d = dir.resolve("q").toString();
        thema("memo", d, "--coder", "anna", "--doc", "d1", "--text", "first");
        thema("memo", d, "--coder", "anna", "--doc", "d1", "--text", "second");
        thema("memo", d, "--coder", "anna", "--journal", "--text", "day one");
        thema("memo", d, "--coder", "anna", "--journal", "--text", "day two");
        thema("memo", d, "--coder", "ben", "--code", "one-way", "--text", "ben's view");
        Project p = Project.open(dir.resolve("q"));
        var anna = Memos.load(p, "anna").memos;
        assertEquals(List.of("second", "day one", "day two"), anna.stream().map(x -> x.text).toList());
        thema("memo", d, "--coder", "anna", "--doc", "d1", "--text", "");
        assertEquals(2, Memos.load(Project.open(dir.resolve("q")), "anna").memos.size());
        String md = thema("memos", d).out();
        assertTrue(md.contains("## Memos of ben") && md.contains("ben's view") && md.contains("day two"), md);
        String quotes = thema("quotes", d, "--code", "one-way").out();
        assertTrue(quotes.contains("Code memo (ben): ben's view"), quotes);
    }
}
