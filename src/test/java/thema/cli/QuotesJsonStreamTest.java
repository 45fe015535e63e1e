package thema.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static thema.cli.CliRun.thema;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.analysis.CountedCoding;
import thema.coding.Themes;
import thema.project.Json;
import thema.project.Project;
import thema.project.TestProjects;
import thema.writeup.Extracts;

/**
 * {@code thema quotes --format json} writes its extracts code by code as they are found; the text is
 * byte for byte the document built whole in memory, as it was before it streamed.
 */
class QuotesJsonStreamTest {
    @TempDir
    Path tmp;

    /** The streamed output of {@code thema quotes DIR --format json} with these options, beside the whole document written at once. */
    private static void sameAsInMemory(Project p, String coder, List<String> codes, String theme, String doc, List<String> by, boolean key, int context) {
        List<Object> args = new ArrayList<>(List.of("quotes", p.dir(), "--format", "json"));
        if (coder != null) args.addAll(List.of("--coder", coder));
        for (String c : codes) args.addAll(List.of("--code", c));
        if (theme != null) args.addAll(List.of("--theme", theme));
        if (doc != null) args.addAll(List.of("--doc", doc));
        for (String b : by) args.addAll(List.of("--by", b));
        if (key) args.add("--key");
        if (context > 0) args.addAll(List.of("--context", context));
        CliRun run = thema(args.toArray());
        assertEquals(0, run.rc(), run.err());

        CountedCoding counted = CountedCoding.choose(p, coder);
        List<String> all = new ArrayList<>(codes);
        if (theme != null) all.addAll(Themes.load(p).find(theme).allCodes());
        Extracts.Query q = new Extracts.Query(all, counted, doc, by, key, context);
        String whole = Json.write(RowPrinter.withCounted(Extracts.of(p, q), "extracts", counted));
        assertEquals(whole + System.lineSeparator(), run.out(), String.join(" ", args.stream().map(String::valueOf).toList()));
    }

    @Test
    void streamedJsonIsTheWholeDocumentByteForByte() throws Exception {
        Project p = TestProjects.copyExample("care-study", tmp.resolve("care-study"));
        List<String> none = List.of();
        sameAsInMemory(p, "anna", none, null, null, none, false, 0);
        sameAsInMemory(p, "ben", none, null, null, none, false, 0);
        sameAsInMemory(p, "anna", List.of("two-way"), null, null, none, false, 0);
        sameAsInMemory(p, "anna", List.of("communication"), null, null, none, false, 0);
        sameAsInMemory(p, "anna", none, null, null, List.of("schooltype"), false, 0);
        sameAsInMemory(p, "anna", none, null, null, List.of("schooltype", "experience"), false, 2);
        sameAsInMemory(p, "anna", none, null, null, none, false, 1);
        sameAsInMemory(p, "anna", none, null, null, none, true, 0);
        sameAsInMemory(p, "anna", none, "Parents as partners", null, none, false, 0);
        sameAsInMemory(p, "anna", none, "The school decides", "t02", List.of("schooltype"), false, 1);
        // two coders who have not settled their disagreements: no document is counted, no extracts
        sameAsInMemory(p, null, none, null, null, none, false, 0);
        String empty = thema("quotes", p.dir(), "--format", "json").out();
        assertTrue(empty.contains("\"extracts\" : [ ]"), empty);
    }

    @Test
    void aBadQueryWritesNothingAndOneLineOfError() throws Exception {
        Project p = TestProjects.copyExample("care-study", tmp.resolve("care-study"));
        for (String[] bad : new String[][]{
                {"--by", "nosuch", "no document or participant has the attribute 'nosuch' (attributes: experience, interviewed, schooltype)"},
                {"--code", "nosuch", "code 'nosuch' is not in the codebook"}}) {
            CliRun run = thema(Stream.concat(Stream.of("quotes", p.dir(), "--format", "json", "--coder", "anna"), Stream.of(bad[0], bad[1])).toArray());
            assertNotEquals(0, run.rc());
            assertEquals("", run.out(), "nothing on stdout for " + bad[0]);
            assertEquals("thema: " + bad[2] + System.lineSeparator(), run.err());
        }
    }
}
