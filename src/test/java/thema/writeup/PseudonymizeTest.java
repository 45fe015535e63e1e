package thema.writeup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.cli.CliRun;
import thema.cli.Main;
import thema.coding.Codings;
import thema.project.Coding;
import thema.project.Document;
import thema.project.Project;
import thema.project.TestProjects;
import thema.project.TestTrees;

class PseudonymizeTest {
    @TempDir
    Path dir;

    /** Jan speaks twice: the importer takes a name for a speaker label when it recurs (or is a role). */
    static final String TEXT = "Interviewer: Did Jan Peeters call?\n\nJan: Yes, Jan called Fleur’s mother. Janssen and jan did not. Ask Jan, or Fleur!"
            + "\n\nInterviewer: Thanks.\n\nJan: Bye.\n";

    static String run(Path dir, Object... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        String[] all = Stream.concat(Stream.of(String.valueOf(args[0]), dir.toString()), Stream.of(args).skip(1).map(String::valueOf)).toArray(String[]::new);
        int rc = Main.run(all, new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, rc, err.toString());
        return out.toString();
    }

    String coded(Project p, Coding c) {
        return p.document(c.doc()).text().substring(c.start(), c.end());
    }

    @Test
    void namesAreReplacedAsWholeWordsAndCodingsKeepTheirWords() throws Exception {
        Project p = TestProjects.create(dir);
        TestProjects.addDocument(p, "d1", TEXT, Map.of());
        Document d = p.document("d1");
        String t = d.text().string();
        int yes = t.indexOf("Yes"), mother = t.indexOf("mother"), jan2 = t.indexOf("Jan called"), ask = t.indexOf("Ask"), fleur2 = t.indexOf("Fleur!");
        List<Coding> cs = List.of(
                new Coding("d1", d.text().toCodePoint(yes), d.text().toCodePoint(yes + 3), "care decisions", "anna", "t"),               // before names
                new Coding("d1", d.text().toCodePoint(jan2), d.text().toCodePoint(jan2 + 3), "care decisions/process", "anna", "t"),   // exactly a name
                new Coding("d1", d.text().toCodePoint(jan2 + 1), d.text().toCodePoint(mother + 6), "communication/one-way", "anna", "t"), // starts inside a name, across another
                new Coding("d1", d.text().toCodePoint(ask), d.text().toCodePoint(fleur2 + 7), "communication/two-way", "anna", "t"));   // after, to the end of the turn
        Codings.add(p, "anna", cs, "x");
        Path map = dir.resolve("map.csv");
        Files.writeString(map, "original,replacement\nJan Peeters,[teacher B]\nJan,[teacher A]\nFleur,[pupil 1]\n");

        String dry = run(dir, "pseudonymize", "--map", map.toString(), "--dry-run");
        assertTrue(dry.contains("[Jan Peeters → [teacher B]]"), dry);
        assertTrue(dry.contains("7 replacements in 1 documents"), dry);
        assertEquals(TEXT, Project.open(dir).document("d1").text().string(), "a dry run changes nothing");

        run(dir, "pseudonymize", "--map", map.toString());
        Project q = Project.open(dir);
        String after = q.document("d1").text().string();
        assertEquals("Interviewer: Did [teacher B] call?\n\n[teacher A]: Yes, [teacher A] called [pupil 1]’s mother. Janssen and jan did not. Ask [teacher A], or [pupil 1]!"
                + "\n\nInterviewer: Thanks.\n\n[teacher A]: Bye.\n", after);
        assertEquals("[teacher A]", q.document("d1").turn(2).speaker(), "the speaker label is pseudonymised too");
        assertEquals("Yes, [teacher A] called", after.substring(0, 0) + q.document("d1").text().substring(q.document("d1").turn(2).body(), q.document("d1").turn(2).body() + 23));
        List<String> texts = q.coder("anna").codings().stream().map(c -> coded(q, c)).toList();
        assertTrue(texts.contains("Yes"));
        assertTrue(texts.contains("[teacher A]"), "a coding of exactly a name covers its replacement");
        assertTrue(texts.contains("[teacher A] called [pupil 1]’s mother"), "one starting inside a name grows to the whole replacement: " + texts);
        assertTrue(texts.contains("Ask [teacher A], or [pupil 1]!\n"), texts.toString());
        assertEquals(Document.sha256(after.getBytes(java.nio.charset.StandardCharsets.UTF_8)), q.document("d1").meta().sha256);
        assertTrue(run(dir, "check").startsWith("OK"));
        String record = Files.readString(dir.resolve(Pseudonymizer.RECORD));
        assertTrue(record.contains("d1: 7"), record);
        assertTrue(!record.contains("Jan") && !record.contains("Fleur"), "the record never keeps the names: " + record);
        assertTrue(run(dir, "search", "teacher").contains("hits"));
    }

    @Test
    void countsAgreementAndQuotesAreTheSameApartFromTheNames() throws Exception {
        Path copy = dir.resolve("care-study");
        TestProjects.copyExample("care-study", copy);
        String counts = run(copy, "counts", "--format", "csv"), agree = run(copy, "agree", "--coders", "anna,ben", "--format", "csv");
        String quotes = run(copy, "quotes", "--coder", "anna", "--format", "txt");
        Path map = dir.resolve("map.csv");
        Files.writeString(map, "Daan,[pupil 1]\nNoor,[pupil 2]\nMarieke,[coach]\nMr Haddou,[coordinator]\n");
        run(copy, "pseudonymize", "--map", map.toString());
        assertEquals(counts, run(copy, "counts", "--format", "csv"));
        assertEquals(agree, run(copy, "agree", "--coders", "anna,ben", "--format", "csv"));
        String expected = quotes.replace("Daan", "[pupil 1]").replace("Noor", "[pupil 2]").replace("Marieke", "[coach]").replace("Mr Haddou", "[coordinator]");
        assertEquals(expected, run(copy, "quotes", "--coder", "anna", "--format", "txt"));
    }

    /** Whole-word, case-exact occurrences of {@code name} in {@code text}, as the pseudonymisation matches them. */
    static boolean holds(String text, String name) {
        return java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}_])" + java.util.regex.Pattern.quote(name) + "(?![\\p{L}\\p{N}_])").matcher(text).find();
    }

    /** Every file under the project, derived data included, that still holds one of the names. */
    static List<String> filesHolding(Path project, List<String> names) throws java.io.IOException {
        List<String> out = new ArrayList<>();
        for (Path f : TestTrees.files(project)) {
            String text = new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.UTF_8);
            for (String n : names) if (holds(text, n)) out.add(project.relativize(f) + " holds " + n);
        }
        return out;
    }

    @Test
    void noNameRemainsInAnyProjectFileOrTheIndex() throws Exception {
        Path copy = dir.resolve("care-study");
        TestProjects.copyExample("care-study", copy);
        List<String> originals = List.of("Daan", "Noor", "Marieke", "Mr Haddou");
        // every place a researcher writes free text, each naming a participant
        run(copy, "memo", "--coder", "anna", "--doc", "t02", "--text", "Noor's teacher was careful; ask Marieke about it.");
        run(copy, "memo", "--coder", "ben", "--code", "care route", "--text", "Mr Haddou decides the route in t02.");
        run(copy, "memo", "--coder", "ben", "--journal", "--text", "Coding Daan's story made me rethink one-way.");
        run(copy, "code", "--coder", "anna", "--code", "process", "--doc", "t02", "--turn", 4, "--memo", "Noor falls behind: the first signal");
        run(copy, "add-code", "barriers/distance", "--description", "Parents far from school, like Daan's father.", "--coder", "editor");
        Files.writeString(copy.resolve("codebook.yaml"), "# Daan's story gave us barriers/distance.\n" + Files.readString(copy.resolve("codebook.yaml")));
        Files.writeString(copy.resolve("themes.yaml"), Files.readString(copy.resolve("themes.yaml"))
                .replace("# Themes of", "# Daan and Noor are the clearest cases.\n# Themes of")
                .replace("shape the plan.", "shape the plan, as with Noor.") + "    memo: the view of Marieke\n");
        Files.createDirectories(copy.resolve("reliability"));
        Files.writeString(copy.resolve("reliability/decisions.yaml"),
                "coders: [anna, ben]\ndecisions:\n  - doc: t02\n    turn: 4\n    decision: a\n    note: Noor's case is about the route\n    first: [care decisions/care route]\n    second: [care decisions/process]\n");
        Files.writeString(copy.resolve("thema.yaml"), "name: care study (Daan, Noor)\n" + Files.readString(copy.resolve("thema.yaml")));
        Path attrs = dir.resolve("attrs.csv");
        Files.writeString(attrs, "id,interviewer\nt01,Marieke\n");
        run(copy, "attributes", "--csv", attrs.toString());
        Path source = dir.resolve("interview Daan.txt");
        Files.writeString(source, "Interviewer: Who helped?\n\nMarieke: I did.\n\nInterviewer: And then?\n\nMarieke: Daan's mother and Mr Haddou.\n");
        run(copy, "import", source.toString(), "--as", "t07");
        assertTrue(run(copy, "search", "Noor").contains("hits"), "the index is built with the names");
        assertTrue(filesHolding(copy, originals).size() > 10, filesHolding(copy, originals).toString());

        Path map = dir.resolve("map.csv");
        Files.writeString(map, "original,replacement\nDaan,[pupil 1]\nNoor,[pupil 2]\nMarieke,[coach]\nMr Haddou,[coordinator]\n");
        String dry = run(copy, "pseudonymize", "--map", map.toString(), "--dry-run");
        assertTrue(dry.contains("memos/anna.yaml: 2 in free text"), dry);
        String out = run(copy, "pseudonymize", "--map", map.toString());
        assertTrue(out.contains("other files"), out);
        assertEquals(List.of(), filesHolding(copy, originals), "no original in any file under the project, derived data included");
        assertTrue(Files.notExists(copy.resolve(".thema/index")), "the index that held the old texts is dropped");
        String search = run(copy, "search", "Noor");
        assertTrue(search.startsWith("0 hits"), search);
        assertTrue(run(copy, "search", "\"pupil 2\"").contains("t02"), "the index is rebuilt from the new texts");
        assertEquals(List.of(), filesHolding(copy, originals), "nor in the rebuilt index");
        assertTrue(run(copy, "check").startsWith("OK"));
        assertTrue(Files.readString(copy.resolve("themes.yaml")).startsWith("# [pupil 1] and [pupil 2] are the clearest cases.\n# Themes of"),
                "a hand-written file keeps its comments: " + Files.readString(copy.resolve("themes.yaml")));
        assertTrue(Files.readString(copy.resolve("codebook.yaml")).startsWith("# [pupil 1]'s story gave us barriers/distance.\n"), "the codebook keeps its comments too");
        assertTrue(run(copy, "memos", "--coder", "ben").contains("[coordinator] decides the route"));
        Project q = Project.open(copy);
        assertEquals("interview [pupil 1].txt", q.document("t07").meta().source);
        assertEquals("[coach]", q.document("t01").attributes().get("interviewer"));
        assertEquals("[coach]", q.document("t07").turn(2).speaker());
        assertTrue(q.codebook().get("barriers/distance").description.contains("[pupil 1]'s father"));
        assertEquals("care study ([pupil 1], [pupil 2])", q.name());
    }

    @Test
    void theCacheOfParsedFilesKeepsNoName() throws Exception {
        Project p = TestProjects.create(dir);
        for (int i = 0; i < 25; i++) TestProjects.addDocument(p, "d" + i, TEXT, Map.of());
        Project.open(dir);
        assertTrue(filesHolding(dir, List.of("Jan")).stream().anyMatch(f -> f.startsWith(".thema")), "a large project caches parsed speaker labels");
        Path map = dir.resolve("map.csv");
        Files.writeString(map, "Jan Peeters,[teacher B]\nJan,[teacher A]\nFleur,[pupil 1]\n");
        run(dir, "pseudonymize", "--map", map.toString());
        Files.delete(map);
        assertEquals(List.of(), filesHolding(dir, List.of("Jan", "Fleur", "Jan Peeters")));
        Project.open(dir);
        assertEquals(List.of(), filesHolding(dir, List.of("Jan", "Fleur", "Jan Peeters")), "the cache made afresh holds the new labels only");
    }

    @Test
    void anOriginalInADocumentIdIsReportedNotHidden() throws Exception {
        Project p = TestProjects.create(dir);
        TestProjects.addDocument(p, "Fleur", TEXT, Map.of());
        Path map = dir.resolve("map.csv");
        Files.writeString(map, "Fleur,[pupil 1]\n");
        StringWriter out = new StringWriter(), err = new StringWriter();
        assertEquals(0, Main.run(new String[]{"pseudonymize", dir.toString(), "--map", map.toString()}, new PrintWriter(out), new PrintWriter(err)));
        assertTrue(err.toString().contains("documents/Fleur.yaml still holds Fleur outside free text"), err.toString());
        assertTrue(!Project.open(dir).document("Fleur").text().string().contains("Fleur"));
    }

    @Test
    void badMapsChangeNothing() throws Exception {
        Project p = TestProjects.create(dir);
        TestProjects.addDocument(p, "d1", TEXT, Map.of());
        for (String bad : List.of("Jan\n", "Jan,A\nJan,B\n", ",x\n", "\"unclosed,x\n", " - ,x\n")) {
            Path map = dir.resolve("bad.csv");
            Files.writeString(map, bad);
            StringWriter err = new StringWriter();
            int rc = Main.run(new String[]{"pseudonymize", dir.toString(), "--map", map.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
            assertEquals(1, rc, bad);
            assertTrue(err.toString().startsWith("thema: " + map), err.toString());
            assertEquals(1, err.toString().strip().lines().count());
            assertEquals(TEXT, Project.open(dir).document("d1").text().string());
        }
    }

    @Test
    void nameCandidatesLeaveSentenceStartsAndRolesOut() {
        Project p = TestProjects.create(dir);
        TestProjects.addDocument(p, "d1", "Interviewer: Did Jan Peeters call?\n\nJan: Yes. Then Fleur came, and Fleur’s mother.\n\nJan: Bye.\n", Map.of());
        List<NameCandidates.Candidate> c = NameCandidates.of(p, 10);
        List<String> names = c.stream().map(NameCandidates.Candidate::name).toList();
        assertEquals("Jan", names.get(0), "a speaker label comes first: " + names);
        assertEquals(2, c.get(names.indexOf("Fleur")).count());
        assertTrue(names.contains("Jan Peeters") && names.contains("Jan"), names.toString());
        assertTrue(!names.contains("Yes") && !names.contains("Then") && !names.contains("Interviewer") && !names.contains("Did"), names.toString());
    }

    @Test
    void likelyNamesComeFirstWithTheirReasons() {
        Project p = TestProjects.create(dir);
        // capitalised common words mid-sentence, more often than any name
        String common = "Interviewer: What happened?\n\nTeacher: Then the Care Team met, and the Care Team said the School would wait."
                + " The school and the care team agree, as the School said to the Care Team again and again.\n\n";
        TestProjects.addDocument(p, "d1", common + "Interviewer: And?\n\nTeacher: I asked Noor again.\n\nDaan: I was there.\n\nDaan: Yes.\n", Map.of());
        TestProjects.addDocument(p, "d2", common + "Interviewer: And?\n\nTeacher: I told Noor no.\n\nDaan: Yes.\n\nDaan: Yes.\n", Map.of());
        CliRun r = CliRun.thema("names", dir, "--top", 3);
        assertEquals(0, r.rc(), r.err());
        List<String> rows = r.out().lines().skip(2).toList();
        assertTrue(rows.get(0).startsWith("Daan ") && rows.get(0).contains("speaker label") && rows.get(0).contains("in 2 documents"), r.out());
        assertTrue(rows.get(1).startsWith("Noor ") && rows.get(1).contains("capital mid-sentence ×2; never in lower case; in 2 documents"), r.out());
        assertTrue(r.out().lines().findFirst().orElse("").contains("why"), r.out());
        List<String> all = NameCandidates.of(p, 50).stream().map(NameCandidates.Candidate::name).toList();
        assertTrue(all.indexOf("Care Team") > all.indexOf("Noor") && all.indexOf("School") > all.indexOf("Noor"), all.toString());
    }

    static boolean cutsWord(String t, int i) {
        return i > 0 && i < t.length() && Character.isLetterOrDigit(t.codePointBefore(i)) && Character.isLetterOrDigit(t.codePointAt(i));
    }

    /** Random texts and names: every coding's text afterwards is its text before with the names replaced. */
    @Property(tries = 300)
    void codedTextFollowsTheReplacement(@ForAll @IntRange(min = 0, max = 10_000) int seed) {
        java.util.Random r = new java.util.Random(seed);
        String[] words = {"the", "Anna", "Bo", "Anna Smit", "😊", "café", "Smit", "x", "Bo’s", "Annabel"};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 30; i++) b.append(words[r.nextInt(words.length)]).append(r.nextInt(5) == 0 ? ". " : " ");
        String text = b.toString();
        Map<String, String> map = new LinkedHashMap<>();
        map.put("Anna", r.nextBoolean() ? "[A]" : "[a longer name]");
        map.put("Anna Smit", "[AS]");
        map.put("Bo", "");
        Pseudonymizer ps = new Pseudonymizer(map);
        List<Pseudonymizer.Edit> edits = ps.find("d", text);
        String after = Pseudonymizer.apply(text, edits);
        Pseudonymizer.OffsetMap m = new Pseudonymizer.OffsetMap(text, edits);
        int cps = text.codePointCount(0, text.length());
        for (int k = 0; k < 30; k++) {
            int s = r.nextInt(cps), e = s + 1 + r.nextInt(cps - s);
            int cs = text.offsetByCodePoints(0, s), ce = text.offsetByCodePoints(0, e);
            boolean inside = false;
            for (Pseudonymizer.Edit ed : edits) inside |= (cs > ed.start() && cs < ed.end()) || (ce > ed.start() && ce < ed.end());
            // a span that cuts a word in two would see a whole name where the text has a longer word
            inside |= cutsWord(text, cs) || cutsWord(text, ce);
            if (inside) continue;
            String before = text.substring(cs, ce);
            String expected = Pseudonymizer.apply(before, ps.find("d", before));
            int ns = m.start(s), ne = m.end(e);
            String got = after.substring(after.offsetByCodePoints(0, ns), after.offsetByCodePoints(0, ne));
            assertEquals(expected, got, "seed " + seed + " [" + s + "," + e + ") of: " + text);
        }
    }
}
