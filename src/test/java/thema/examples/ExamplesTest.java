package thema.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import thema.cli.Main;
import thema.project.Coding;
import thema.project.Document;
import thema.project.ParticipantMap;
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

    /** The focus-group example: a moderator and six care staff, each a participant with a role; the interviews' teachers by default. */
    @Test
    void focusGroupExampleCountsParticipants() {
        Project p = Project.open(Path.of("examples/focusgroep"));
        assertEquals("nl", p.language());
        Set<String> speakers = new HashSet<>();
        for (Turn t : p.document("fg01").turns()) speakers.add(t.speaker());
        assertEquals(Set.of("Moderator", "Joost", "Fatma", "Ruud", "Ingrid", "Karim", "Els"), speakers);
        var m = ParticipantMap.of(p);
        assertEquals(List.of("els", "fatma", "ingrid", "joost", "karim", "l01", "l02", "ruud"), m.people().stream().map(ParticipantMap.Person::id).toList());
        assertEquals("leerkracht", m.value("l01", "role"), "a teacher's role from the interview's document");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, Main.run(new String[]{"counts", "examples/focusgroep", "--coder", "anna", "--per", "participant", "--format", "csv"}, new PrintWriter(out), new PrintWriter(err)), err.toString());
        // care route: Joost (turn 2), Ruud (turn 4) and the two teachers; two-way: Fatma, Ingrid, Els and l01's teacher (three turns)
        assertTrue(out.toString().contains("\"care decisions/care route\",,,4,4,4,8,"), out.toString());
        assertTrue(out.toString().contains("communication/two-way,,,6,6,4,8,"), out.toString());
    }
}
