package thema.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import thema.cli.Main;
import thema.project.Coding;
import thema.project.Document;
import thema.project.Project;
import thema.project.Turn;

/** The example projects README opens are whole and consistent: the first thing a new user sees. */
class ExamplesTest {
    @ParameterizedTest
    @CsvSource({"examples/care-study, en, Teacher, 6", "examples/zorg-studie, nl, Leerkracht, 3"})
    void exampleProjectIsComplete(String dir, String language, String respondent, int documents) {
        Project p = Project.open(Path.of(dir));
        assertEquals(language, p.language());
        assertEquals(documents, p.documents().size());
        for (Document d : p.documents()) {
            Set<String> speakers = new HashSet<>();
            for (Turn t : d.turns()) speakers.add(t.speaker());
            assertEquals(Set.of("Interviewer", respondent), speakers, d.id());
            assertTrue(d.turns().size() >= 10, d.id() + " has whole interview turns");
            assertTrue(List.of("regular", "priority", "special").contains(d.attributes().get("schooltype")), d.id());
        }
        assertEquals(Set.of("anna", "ben"), new HashSet<>(p.coders()));
        for (String coder : p.coders()) {
            assertEquals(documents, p.coder(coder).done().size(), coder + " finished every document");
            for (Coding c : p.coder(coder).codings()) {
                assertTrue(p.codebook().contains(c.code()), c.code());
                Turn t = p.document(c.doc()).turnAt(c.start());
                assertEquals(respondent, t.speaker(), "codings are on answers: " + c);
            }
        }
        assertTrue(p.coder("anna").codings().size() > 20);

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, Main.run(new String[]{"counts", dir, "--coder", "anna", "--format", "csv"}, new PrintWriter(out), new PrintWriter(err)), err.toString());
        assertTrue(out.toString().contains("\"care decisions/care route\","), out.toString());
        assertTrue(out.toString().contains("\"counted: anna on "), out.toString());
    }
}
