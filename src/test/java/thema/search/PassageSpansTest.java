package thema.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.project.Project;
import thema.project.TestProjects;

/** Passages that can overlap, counted from spans in one pass: the count is the number of hits listed from Matches. */
class PassageSpansTest {
    @TempDir
    Path dir;

    static final String TEXT = "Leerkracht: Ja ja ja, zei ik. Nee nee. De ouder de ouder de ouders belden.\n\n"
            + "Moeder: Ja ja. De ouders wilden het weten, ja.\n\n"
            + "Leerkracht: Nee. Ja, nee, ja ja ja ja.\n";

    @Test
    void repeatedWordsAndWordsBesideTheirStemsCountTheMergedPassagesListed() {
        Project nl = Project.init(dir.resolve("nl"), "nl", "nl", TestProjects.careCodebook());
        TestProjects.addDocument(nl, "n1", TEXT, Map.of("schooltype", "regular"));
        try (TurnIndex i = TurnIndex.open(nl)) {
            assertEquals(List.of("Ja ja ja", "Ja ja", "ja ja ja ja"), hits(i, "\"ja ja\""), "overlapping occurrences are one passage");
            assertEquals(3, Search.run(i, "\"ja ja\"", Search.Options.all()).total());
            assertEquals(List.of("De ouder de ouder de"), hits(i, "\"de ouder de\""));
            assertEquals(List.of("ouder", "ouder", "ouders", "ouders"), hits(i, "ouder exact:ouders OR exact:ouder"));
            for (String q : List.of("\"ja ja\"", "\"ja ja\" OR nee", "\"ja ja\" speaker:moeder", "\"nee nee\" OR \"ja ja\"",
                    "\"ja ja\" -moeder", "ja \"ja ja\"", "\"de ouder de\"", "\"de ouder\" exact:ouder", "ouder exact:ouders",
                    "(\"ja ja\" OR nee) schooltype:regular", "(ja AND nee) OR \"ja ja\"", "\"ja ja\"~1", "\"ja ja ja\" OR ja*")) {
                SearchResult r = Search.run(i, q, Search.Options.all());
                assertEquals(r.hits().size(), r.total(), q);
            }
        }
    }

    @Test
    void onlyQueriesWhoseEveryWordMatchesListsWheneverItOccursAreCountedFromSpans() throws IOException {
        Project nl = Project.init(dir.resolve("nl"), "nl", "nl", TestProjects.careCodebook());
        TestProjects.addDocument(nl, "n1", TEXT, Map.of("schooltype", "regular"));
        try (TurnIndex i = TurnIndex.open(nl)) {
            for (String q : List.of("\"ja ja\"", "\"ja ja\" speaker:moeder", "\"ja ja\" OR nee", "(\"ja ja\" OR nee) schooltype:regular", "\"ja ja\" -nee")) {
                assertNotNull(spans(i, q), q);
            }
            // ja may occur in a turn without nee, where the AND does not match and Matches lists no ja
            assertNull(spans(i, "(ja AND nee) OR \"ja ja\""));
            assertNull(spans(i, "\"ja ja\"~1"), "a sloppy phrase is left to Matches");
        }
    }

    /** Random turns of a few repeated words and random queries of words, phrases, exact words, AND, OR and NOT. */
    @Test
    void randomQueriesCountWhatTheyList() {
        String[] words = {"ja", "nee", "de", "ouder", "ouders", "belde", "belden"};
        java.util.Random r = new java.util.Random(7);
        StringBuilder text = new StringBuilder();
        for (int t = 0; t < 40; t++) {
            text.append(t % 2 == 0 ? "Leerkracht:" : "Moeder:");
            for (int w = 0, n = 1 + r.nextInt(12); w < n; w++) text.append(' ').append(words[r.nextInt(words.length)]);
            text.append(".\n\n");
        }
        Project nl = Project.init(dir.resolve("nl"), "nl", "nl", TestProjects.careCodebook());
        TestProjects.addDocument(nl, "n1", text.toString(), Map.of("schooltype", "regular"));
        try (TurnIndex i = TurnIndex.open(nl)) {
            for (int k = 0; k < 300; k++) {
                String q = part(r, words) + switch (r.nextInt(4)) {
                    case 0 -> " OR " + part(r, words);
                    case 1 -> " " + part(r, words);
                    case 2 -> " -" + words[r.nextInt(words.length)];
                    default -> "";
                };
                SearchResult found = Search.run(i, q, Search.Options.all());
                assertEquals(found.hits().size(), found.total(), q);
            }
        }
    }

    private static String part(java.util.Random r, String[] words) {
        String w = words[r.nextInt(words.length)];
        return switch (r.nextInt(4)) {
            case 0 -> w;
            case 1 -> "exact:" + w;
            case 2 -> "\"" + w + " " + words[r.nextInt(words.length)] + "\"";
            default -> "\"" + w + " " + w + (r.nextBoolean() ? " " + w : "") + "\"";
        };
    }

    @Test
    void overlappingRunsMerge() {
        long[] found = {run(4, 6), run(0, 2), run(1, 3), run(6, 7), run(5, 6)};
        List<int[]> runs = new java.util.ArrayList<>();
        assertEquals(3, PassageSpans.merge(found.clone(), found.length, null), "[0,3) [4,6) [6,7): touching is not overlapping");
        assertEquals(3, PassageSpans.merge(found, found.length, runs));
        assertEquals(List.of("0-3", "4-6", "6-7"), runs.stream().map(r -> r[0] + "-" + r[1]).toList());
        assertEquals(0, PassageSpans.merge(new long[0], 0, null));
    }

    private static long run(int start, int end) {
        return PassageSpans.occurrence(start, end);
    }

    private static PassageSpans spans(TurnIndex i, String q) throws IOException {
        var parsed = QueryLanguage.parse(i.project(), i.queryAnalyzers(), i.attributeNames(), q, null, false);
        parsed = QueryLanguage.withoutAbsentTerms(parsed, i.searcher().getIndexReader());
        return PassageSpans.of(i.searcher(), i.searcher().rewrite(parsed));
    }

    private static List<String> hits(TurnIndex i, String q) {
        return Search.run(i, q, Search.Options.all()).hits().stream().map(Hit::match).toList();
    }
}
