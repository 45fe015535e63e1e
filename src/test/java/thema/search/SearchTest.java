package thema.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.cli.Main;
import thema.coding.Codings;
import thema.importing.Importer;
import thema.project.Attributes;
import thema.project.Coding;
import thema.project.Document;
import thema.project.DocumentGroups;
import thema.project.Json;
import thema.project.Project;
import thema.project.TestProjects;
import thema.project.ThemaException;

class SearchTest {
    @TempDir
    Path dir;
    Project p;

    static final String D1 = "Interviewer: How do you inform the parents?\n\n"
            + "Teacher: I informed the parents by letter. Then I asked them in their own words what we agreed.\n\n"
            + "Interviewer: And the café?\n\n"
            + "Teacher: We met at the café 😊 near school. Zoë’s mother said her wishes were heard.\n";
    static final String D2 = "Interviewer: Tell me about communication.\n\n"
            + "Teacher: Communicating with families is hard; we communicate by phone. A letter is one-way.\n";

    @BeforeEach
    void project() {
        p = TestProjects.create(dir);
        TestProjects.addDocument(p, "d1", D1, Map.of("schooltype", "regular"));
        TestProjects.addDocument(p, "d2", D2, Map.of("schooltype", "special"));
    }

    SearchResult search(String q) {
        return search(q, null);
    }

    SearchResult search(String q, String coder) {
        try (TurnIndex i = TurnIndex.open(Project.open(dir))) {
            return Search.run(i, q, new Search.Options(1000, false, coder));
        }
    }

    static List<String> matches(SearchResult r) {
        return r.hits().stream().map(Hit::match).toList();
    }

    @Test
    void englishStemmingAndTheExactField() {
        assertEquals(List.of("parents", "parents"), matches(search("parent")));
        assertEquals(List.of("inform", "informed"), matches(search("informing")));
        assertEquals(List.of(), matches(search("exact:parent")));
        assertEquals(List.of("informed"), matches(search("exact:informed")));
    }

    @Test
    void dutchStemming() {
        Project nl = Project.init(dir.resolve("nl"), "nl", "nl", TestProjects.careCodebook());
        TestProjects.addDocument(nl, "n1", "Leerkracht: De ouders kwamen. Een ouder belde en de kinderen lazen.\n", Map.of());
        try (TurnIndex i = TurnIndex.open(nl)) {
            assertEquals(List.of("ouders", "ouder"), matches(Search.run(i, "ouder", Search.Options.all())));
            assertEquals(List.of("kinderen"), matches(Search.run(i, "kinder", Search.Options.all())));
        }
    }

    /** Stems and words as written share one field (Analyzers): each query form still finds what it did with two. */
    @Test
    void exactWordsAndPhrasesBesideStemmedOnesWithAccentsAndCurlyQuotes() {
        Project nl = Project.init(dir.resolve("nl"), "nl", "nl", TestProjects.careCodebook());
        TestProjects.addDocument(nl, "n1", "Leerkracht: De ouders’ wensen zijn gehoord. Een ouder zei: “Café’s zijn dicht.”\r\n\r\n"
                + "Moeder: De kinderen lazen 😊 met de ouder van Zoë. De coördinatoren ook; de Coördinator niet.\r\n", Map.of());
        try (TurnIndex i = TurnIndex.open(nl)) {
            java.util.function.Function<String, List<String>> find = q -> matches(Search.run(i, q, Search.Options.all()));
            assertEquals(List.of("ouders", "ouder", "ouder"), find.apply("ouder"), "stemmed: every word with the stem");
            assertEquals(List.of("ouder", "ouder"), find.apply("exact:ouder"));
            assertEquals(List.of("ouders"), find.apply("exact:ouders"));
            assertEquals(List.of("De ouders", "de ouder"), find.apply("\"de ouders\""), "a stemmed phrase");
            assertEquals(List.of("de ouder"), find.apply("exact:\"de ouder\""), "an exact phrase");
            assertEquals(List.of("Café’s zijn"), find.apply("exact:cafe OR exact:\"café’s zijn\""), "accents fold, ’s goes, overlapping hits merge");
            assertEquals(List.of(), find.apply("exact:cafes"));
            assertEquals(List.of("Zoë"), find.apply("exact:zoe"));
            // Dutch is stemmed with kp (docs/dutch-stemmer.md), which leaves coördinatoren (coordinatoor) apart from Coördinator
            assertEquals(List.of("Coördinator"), find.apply("coordinator"));
            assertEquals(List.of("coördinatoren", "Coördinator"), find.apply("coordinator OR coordinatoren"));
            assertEquals(List.of("coördinatoren"), find.apply("exact:coördinatoren"));
            assertEquals(List.of("coördinatoren", "Coördinator"), find.apply("coordinat*"), "a prefix of the words as written");
            assertEquals(List.of(), find.apply("coordinat"), "no word has that stem");
            assertEquals(List.of("kinderen"), find.apply("kinder"));
            assertEquals(List.of(), find.apply("kinde~"), "fuzzy words reach words as written, never a stem (kinderen's is kinder)");
            assertEquals(List.of(), find.apply("exact:kinder"));
            assertEquals(List.of("ouders", "ouder", "ouder"), find.apply("ouder exact:ouder"), "one word found stemmed and exact is one passage");
            // a phrase of words that are their own stems is counted from its frequency: the same total as its hits
            for (String q : List.of("ouder exact:ouder", "ouder OR exact:ouders", "\"de ouder\" OR ouder", "exact:\"de ouder\" ouders", "ouder*", "ouder~",
                    "\"de ouder\"", "\"de ouders\" OR \"de kinderen\"", "\"de ouder\" exact:ouder", "\"de ouder\" exact:ouders", "\"de ouder de\"")) {
                SearchResult r = Search.run(i, q, Search.Options.all());
                assertEquals(r.hits().size(), r.total(), q);
            }
        }
    }

    @Test
    void accentsFoldForMatchingButHitsShowAsWritten() {
        assertEquals(List.of("café", "café"), matches(search("cafe")));
        assertEquals(List.of("Zoë’s"), matches(search("zoe*")));
    }

    @Test
    void phrasesProximityBooleansPrefixesAndFuzzy() {
        SearchResult phrase = search("\"own words\"");
        assertEquals(List.of("own words"), matches(phrase), "a phrase is one hit");
        assertEquals(1, search("\"asked words\"~4").total());
        assertEquals(0, search("\"asked words\"").total());
        assertEquals(List.of("letter"), matches(search("letter -communicate")));
        assertEquals(2, search("letter AND NOT cafe").turns());
        assertEquals(4, search("cafe OR communication").turns(), "communication also finds communicating");
        assertEquals(List.of("communication", "Communicating", "communicate"), matches(search("commun*")));
        assertEquals(List.of("parents", "parents"), matches(search("parnets~")));
        assertEquals(List.of("informed"), matches(search("informe*")), "prefixes match words as written, not their stems");
    }

    @Test
    void filters() {
        assertEquals(2, search("speaker:interviewer doc:d1").total(), "a filter alone gives whole turns");
        assertEquals(List.of("d2"), search("letter schooltype:special").hits().stream().map(Hit::doc).toList());
        assertEquals(List.of("d1"), search("letter schooltype:REGULAR").hits().stream().map(Hit::doc).toList());
        assertEquals(1, search("doc:d2 speaker:teacher").total());
        Document d1 = p.document("d1");
        int[] t2 = Codings.turnSpan(d1, 2);
        Codings.add(p, "anna", List.of(new Coding("d1", t2[0], t2[1], "care decisions/process", "anna", Coding.now())), "x");
        Codings.add(p, "ben", List.of(new Coding("d1", t2[0], t2[0] + 5, "communication/one-way", "ben", Coding.now())), "x");
        assertEquals(List.of(2), search("code:care-decisions").hits().stream().map(Hit::turn).toList(), "a parent code finds its descendants");
        assertEquals(List.of(2), search("code:\"care decisions/process\"").hits().stream().map(Hit::turn).toList());
        assertEquals(List.of(2), search("code:care-decisions/process").hits().stream().map(Hit::turn).toList(), "a / in a path is not a regular expression");
        assertEquals(1, search("coder:ben").total());
        assertEquals(0, search("code:one-way", "anna").total(), "--coder limits code: to that coder");
        assertEquals(1, search("code:one-way", "ben").total());
        assertEquals(List.of("parents"), matches(search("parents code:process")));
    }

    @Test
    void offsetsAreCodePointsIntoTheDocumentText() throws Exception {
        JsonNode json = Json.MAPPER.readTree(run("search", dir.toString(), "mother", "--format", "json"));
        assertEquals(1, json.get("total").asInt());
        JsonNode h = json.get("hits").get(0);
        int start = h.get("start").asInt(), end = h.get("end").asInt();
        int[] cps = D1.codePoints().toArray();
        assertEquals("mother", new String(cps, start, end - start), "text[start:end] as Python counts it, after an emoji");
        assertEquals("d1", h.get("doc").asText());
        assertEquals(4, h.get("turn").asInt());
        assertEquals("Teacher", h.get("speaker").asText());
        assertTrue(h.get("kwic").asText().contains("Zoë’s mother said"), h.toString());
    }

    @Test
    void theIndexFollowsCodingsAttributesAndImportsIncrementally() {
        try (TurnIndex i = TurnIndex.open(p)) {
            assertEquals(2, i.reindexed(), "the first open indexes every document");
        }
        Document d2 = p.document("d2");
        int[] t = Codings.turnSpan(d2, 2);
        Codings.add(p, "anna", List.of(new Coding("d2", t[0], t[1], "communication/one-way", "anna", Coding.now())), "x");
        try (TurnIndex i = TurnIndex.open(Project.open(dir))) {
            assertEquals(1, i.reindexed(), "only the coded document is re-indexed");
            assertEquals(1, Search.run(i, "code:one-way", Search.Options.all()).total());
        }
        Attributes.set(p, Map.of("d1", Map.of("schooltype", "priority")));
        assertEquals(4, search("schooltype:priority").turns(), "all four turns of d1, now a priority school");
        TestProjects.addDocument(p, "d3", "Teacher: A new letter.\n", Map.of());
        assertEquals(3, search("letter").total());
        try (TurnIndex i = TurnIndex.open(Project.open(dir))) {
            assertEquals(0, i.reindexed(), "nothing changed, nothing re-indexed");
        }
    }

    /**
     * Opening trusts a file's stamp (time, size, inode) instead of reading it: a transcript changed
     * to one of the same size, its YAML's SHA-256 with it, is seen by its moved time, and re-indexed alone.
     */
    @Test
    void aTranscriptChangedWithTheSameSizeAndAMovedTimeIsReindexedAlone() throws IOException {
        for (int i = 0; i < 25; i++) TestProjects.addDocument(p, String.format("e%02d", i), "Teacher: a phone call " + i + ".\n", Map.of());
        java.nio.file.attribute.FileTime hourAgo = java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
        try (Stream<Path> files = Files.list(dir.resolve("documents"))) {
            for (Path f : files.toList()) Files.setLastModifiedTime(f, hourAgo); // settled: their stamps are kept
        }
        try (TurnIndex i = TurnIndex.open(Project.open(dir))) {
            assertEquals(27, i.reindexed());
        }
        try (TurnIndex i = TurnIndex.open(Project.open(dir))) {
            assertEquals(0, i.reindexed(), "nothing changed");
        }
        Path txt = dir.resolve("documents/d2.txt"), yaml = dir.resolve("documents/d2.yaml");
        long txtSize = Files.size(txt), yamlSize = Files.size(yaml);
        String before = Files.readString(txt), after = before.replace("phone", "fonez");
        Files.writeString(txt, after);
        Files.writeString(yaml, Files.readString(yaml).replace(Document.sha256(before.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                Document.sha256(after.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        java.nio.file.attribute.FileTime moved = java.nio.file.attribute.FileTime.fromMillis(hourAgo.toMillis() + 1000);
        Files.setLastModifiedTime(txt, moved);
        Files.setLastModifiedTime(yaml, moved);
        assertEquals(txtSize, Files.size(txt));
        assertEquals(yamlSize, Files.size(yaml), "the same size: only the time tells");
        try (TurnIndex i = TurnIndex.open(Project.open(dir))) {
            assertEquals(1, i.reindexed(), "exactly the changed document");
            assertEquals(List.of("fonez"), matches(Search.run(i, "fonez", Search.Options.all())));
            assertEquals(25, Search.run(i, "exact:phone", Search.Options.all()).total(), "the other documents as they were");
            assertEquals(0, Search.run(i, "phone doc:d2", Search.Options.all()).total());
        }
    }

    @Test
    void aDamagedIndexIsRebuilt() throws IOException {
        search("letter");
        try (Stream<Path> s = Files.list(TurnIndex.location(p))) {
            for (Path f : s.filter(Files::isRegularFile).toList()) Files.write(f, new byte[]{1, 2, 3});
        }
        assertEquals(2, search("letter").total());
    }

    @Test
    void malformedQueriesSayWhere() {
        assertTrue(assertThrows(ThemaException.class, () -> search("letter AND (")).getMessage().contains("column"));
        assertTrue(assertThrows(ThemaException.class, () -> search("\"own words")).getMessage().contains("quote is not closed"));
        assertTrue(assertThrows(ThemaException.class, () -> search("region:north")).getMessage().contains("unknown field 'region:'"));
        assertTrue(assertThrows(ThemaException.class, () -> search("code:nothing")).getMessage().contains("nothing"));
        assertTrue(assertThrows(ThemaException.class, () -> search("   ")).getMessage().contains("empty"));
        StringWriter err = new StringWriter();
        assertEquals(1, Main.run(new String[]{"search", dir.toString(), "a AND"}, new PrintWriter(new StringWriter()), new PrintWriter(err)));
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
    }

    @Test
    void aNegativeProximityAndThousandsOfBracketsAreOneLineNotACrash() {
        for (String q : List.of("\"parents school\"~-1", "(".repeat(5000) + "letter" + ")".repeat(5000))) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int rc = Main.run(new String[]{"search", dir.toString(), q}, new PrintWriter(out), new PrintWriter(err));
            assertEquals(1, rc, out + "" + err);
            String line = err.toString().strip();
            assertEquals(1, line.lines().count(), line);
            assertTrue(line.startsWith("thema: query"), line);
        }
        assertTrue(assertThrows(ThemaException.class, () -> search("\"parents school\"~-1")).getMessage().contains("0 or more"));
        assertTrue(assertThrows(ThemaException.class, () -> search("(".repeat(101) + "letter" + ")".repeat(101))).getMessage()
                .contains("nested more than 100 deep (column 101)"));
        // as deep as allowed still searches; brackets inside quotes do not count
        assertEquals(2, search("(".repeat(100) + "letter" + ")".repeat(100)).total());
        assertEquals(2, search("\"" + "(".repeat(200) + "letter\"").total());
    }

    @Test
    void autocodeByHitSentenceAndTurnAsOneUndoStep() {
        String dry = run("autocode", dir.toString(), "letter", "--coder", "anna", "--code", "one-way", "--unit", "sentence", "--dry-run");
        assertTrue(dry.contains("Would add 2"), dry);
        assertTrue(dry.contains("I informed the parents by letter."), dry);
        assertTrue(dry.contains("A letter is one-way."), dry);
        assertEquals(0, Project.open(dir).coder("anna").codings().size(), "a dry run saves nothing");

        assertTrue(run("autocode", dir.toString(), "letter", "--coder", "anna", "--code", "one-way", "--unit", "sentence").contains("Added 2"));
        Project q = Project.open(dir);
        List<String> coded = q.coder("anna").codings().stream().map(c -> q.document(c.doc()).text().substring(c.start(), c.end())).toList();
        assertEquals(List.of("I informed the parents by letter.", "A letter is one-way."), coded);
        assertTrue(run("autocode", dir.toString(), "letter", "--coder", "anna", "--code", "one-way", "--unit", "hit").contains("Added 0"),
                "hits inside passages already coded are skipped");
        assertTrue(run("autocode", dir.toString(), "cafe", "--coder", "anna", "--code", "process", "--unit", "turn").contains("Added 2"));
        assertEquals(4, Project.open(dir).coder("anna").codings().size());
        run("undo", dir.toString(), "--coder", "anna");
        assertEquals(2, Project.open(dir).coder("anna").codings().size(), "one undo removes the whole run");
        assertTrue(run("autocode", dir.toString(), "parents", "--coder", "ben", "--code", "process").contains("Added 2"));
        List<Coding> ben = Project.open(dir).coder("ben").codings();
        assertEquals("parents", q.document("d1").text().substring(ben.get(0).start(), ben.get(0).end()));
    }

    @Test
    void thePassageTotalCountedFromPostingsEqualsTheMatchesListed() {
        for (String q : List.of("parent", "commun*", "letter OR cafe", "informe*", "letter -communicate", "parnets~",
                "\"own words\"", "\"asked words\"~4", "speaker:teacher", "exact:informed OR informing",
                "\"own words\" OR letter", "\"the parents\" speaker:teacher", "parents \"the parents\"", "\"informed the parents\" AND letter",
                "\"the café\" OR \"the parents\" -letter", "(\"own words\" OR cafe) schooltype:regular")) {
            SearchResult r = search(q);
            assertEquals(r.hits().size(), r.total(), q);
        }
        SearchResult few = Search.run(TurnIndex.open(Project.open(dir)), "parent OR letter", new Search.Options(1, false, null));
        assertEquals(1, few.hits().size());
        assertEquals(search("parent OR letter").total(), few.total(), "all are counted, whatever the limit");
        assertEquals("d1", few.hits().get(0).doc());
        assertEquals(1, few.hits().get(0).turn(), "the first hit by document and turn");
    }

    @Test
    void emptyProjectsAndQueriesThatMatchNothing() {
        Project empty = TestProjects.create(dir.resolve("empty"));
        try (TurnIndex i = TurnIndex.open(empty)) {
            assertEquals(0, Search.run(i, "parents", Search.Options.all()).total());
        }
        assertEquals(0, search("zebra").total());
        assertTrue(run("search", dir.toString(), "zebra").startsWith("0 hits in 0 turns"));
    }

    @Test
    void crlfTranscriptsImportedThroughTheImporterGiveExactOffsets() throws IOException {
        Path f = dir.resolve("crlf.txt");
        Files.writeString(f, "Interviewer: Waar woont u?\r\n\r\nLeerkracht: In Zoëterwoude, bij de café’s.\r\n");
        Project nl = Project.init(dir.resolve("nl"), "nl", "nl", TestProjects.careCodebook());
        Importer.importFiles(nl, List.of(f), null, Map.of());
        try (TurnIndex i = TurnIndex.open(nl)) {
            Hit h = Search.run(i, "cafe", Search.Options.all()).hits().get(0);
            assertEquals("café’s", nl.document("crlf").text().substring(h.start(), h.end()));
            assertEquals("In Zoëterwoude, bij de ", h.before());
            assertEquals(".", h.after());
        }
    }

    @Test
    void wordFrequenciesLeaveStopWordsOut() {
        List<WordFrequencies.Word> words = WordFrequencies.of(p, DocumentGroups.of(p, List.of("schooltype")), 3);
        assertEquals("regular", words.get(0).value());
        assertEquals(List.of("café", "parents", "agreed"), words.stream().filter(w -> w.value().equals("regular")).map(WordFrequencies.Word::word).toList());
        assertEquals(2, words.get(0).count());
        assertTrue(words.stream().noneMatch(w -> w.word().equals("the") || w.word().equals("we")));
    }

    static String run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int rc = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, rc, err.toString());
        return out.toString();
    }
}
