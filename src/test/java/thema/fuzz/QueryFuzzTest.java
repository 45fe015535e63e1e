package thema.fuzz;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.project.Project;
import thema.project.TestProjects;
import thema.search.Search;
import thema.search.TurnIndex;

/** The query language: any string typed is searched or refused in one line, never an exception of Lucene's. */
class QueryFuzzTest {
    @TempDir
    Path dir;

    static final List<String> PIECES = List.of("parents", "school", "letter", "café", " ", " ", "\"", "\"", "(", ")", "[", "]", "{", "}",
            " AND ", " OR ", " NOT ", " TO ", "&&", "||", "-", "+", "!", "*", "?", "~", "~2", "~-1", "~0.5", "~99999999999", "^2", "^-1",
            ":", "\\", "/", "speaker:", "doc:", "code:", "coder:", "text:", "exact:", "schooltype:", "region:", "care decisions/process",
            "code:\"care route\"", "doc:t0*", "interviewed:[2026-01-01 TO 2026-12-31]", "*:*", "a*b?c", "((", "))", "😊", "\u0000", "\uFFFD");

    @Test
    void queriesAreSearchedOrRefusedInOneLine() throws IOException {
        Project p = TestProjects.create(dir);
        TestProjects.addDocument(p, "t01", "Interviewer: How do you inform the parents?\n\nTeacher: By letter, then at the café near school 😊.\n",
                Map.of("schooltype", "regular", "interviewed", "2026-03-04"));
        try (TurnIndex index = TurnIndex.open(Project.open(dir))) {
            Fuzz.run("query", Fuzz.pieces(PIECES, 14), q -> Search.run(index, q, new Search.Options(50, false, null)));
            Fuzz.run("query with --rank and --coder", Fuzz.pieces(PIECES, 8), q -> Search.run(index, q, new Search.Options(5, true, "anna")));
        }
    }
}
