package thema.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.analysis.CountingUnits.Per;
import thema.coding.Themes;
import thema.coding.Codings;
import thema.project.Coding;
import thema.project.Document;
import thema.project.ParticipantMap;
import thema.project.Participants;
import thema.project.Project;
import thema.project.FocusGroupProject;
import thema.project.TestProjects;
import thema.project.ThemaException;

/** Counts by participant against tables worked out by hand: see {@link FocusGroupProject}. */
class ParticipantCountsTest {
    static final String CD = FocusGroupProject.CD, CR = FocusGroupProject.CR, PR = FocusGroupProject.PR,
            COM = FocusGroupProject.COM, TW = FocusGroupProject.TW;

    @TempDir
    Path dir;
    Project p;

    @BeforeEach
    void project() {
        p = FocusGroupProject.create(dir);
    }

    List<CodeCounts.Row> counts(Per per, List<String> by) {
        CountedCoding counted = CountedCoding.ofCoder(p, "anna");
        return CodeCounts.of(p, counted, CountingUnits.of(per, p, counted, by));
    }

    static void check(CodeCounts.Row r, int segments, int total, int k, int n) {
        assertEquals(List.of(segments, total, k, n), List.of(r.segments(), r.segmentsTotal(), r.documents(), r.documentsInGroup()), r.toString());
    }

    @Test
    void aFocusGroupCountsEachSpeakerAndATeacherInTwoInterviewsOnce() {
        List<CodeCounts.Row> rows = counts(Per.PARTICIPANT, List.of());
        check(CountsTest.row(rows, CR, ""), 6, 6, 4, 8);
        check(CountsTest.row(rows, PR, ""), 1, 1, 1, 8);
        check(CountsTest.row(rows, TW, ""), 1, 1, 2, 8);
        check(CountsTest.row(rows, CD, ""), 0, 7, 5, 8);
        check(CountsTest.row(rows, COM, ""), 0, 1, 2, 8);
        // the same codings by document: fg01, t01, t02 of the four
        check(CountsTest.row(counts(Per.DOCUMENT, List.of()), CR, ""), 6, 6, 3, 4);
        check(CountsTest.row(counts(Per.DOCUMENT, List.of()), PR, ""), 2, 2, 2, 4);
    }

    @Test
    void byAParticipantAttributeOwnOrFromTheDocument() {
        List<CodeCounts.Row> rows = counts(Per.PARTICIPANT, List.of("role"));
        assertEquals(List.of("coordinator", "guidance", "teacher"), rows.stream().filter(r -> r.code().equals(CR)).map(CodeCounts.Row::value).toList());
        check(CountsTest.row(rows, CR, "coordinator"), 3, 3, 2, 4);
        check(CountsTest.row(rows, CR, "guidance"), 1, 1, 1, 2);
        check(CountsTest.row(rows, CR, "teacher"), 2, 2, 1, 2);
        check(CountsTest.row(rows, PR, "teacher"), 1, 1, 1, 2);
        check(CountsTest.row(rows, PR, "coordinator"), 0, 0, 0, 4);
        // a segment across Anna's and Bram's turns: both counted, the segment once in their group
        check(CountsTest.row(rows, TW, "coordinator"), 1, 1, 2, 4);
        // by the documents' attribute: the focus group's six, of whom Anna, Carla and Eva mention care route
        List<CodeCounts.Row> byKind = counts(Per.PARTICIPANT, List.of("kind"));
        check(CountsTest.row(byKind, CR, "focus group"), 4, 4, 3, 6);
    }

    @Test
    void theInterviewerIsNeverAParticipant() {
        ParticipantMap m = ParticipantMap.of(p);
        assertEquals(List.of("cc1", "cc2", "cc3", "cc4", "gs1", "gs2", "t03", "tA"), m.people().stream().map(ParticipantMap.Person::id).toList());
        Document fg = p.document("fg01");
        assertEquals(null, m.of("fg01", fg.turn(1)));
        assertEquals(null, m.of("fg01", fg.turn(8)));
        int[] mod = Codings.turnSpan(fg, 1);
        assertEquals(Set.of(), m.in(fg, mod[0], mod[1]));
        assertEquals(Map.of("t01", List.of("Teacher"), "t02", List.of("Teacher")), m.person("tA").speakers());
        for (String label : List.of("Interviewer", "interviewer 2", "I", "I.", "Int", "Moderator", "Facilitator", "Onderzoeker")) {
            assertTrue(m.isInterviewer(label), label);
        }
        for (String label : List.of("Teacher", "Anna", "Respondent", "Ingrid")) assertTrue(!m.isInterviewer(label), label);
    }

    @Test
    void speakersTheFileDoesNotNameGetTheDocumentsNameOrDocSlashLabel() {
        TestProjects.addDocument(p, "fg02", "Facilitator: Hi.\n\nJan: One.\n\nKees: Two.\n\nJan: Three.\n\nKees: Four.\n", Map.of());
        TestProjects.addDocument(p, "notes", "Just a monologue without labels.\n", Map.of());
        ParticipantMap m = ParticipantMap.of(p);
        Document fg2 = p.document("fg02");
        assertEquals("fg02/Jan", m.of("fg02", fg2.turn(2)));
        assertEquals("fg02/Kees", m.of("fg02", fg2.turn(3)));
        assertEquals(null, m.of("fg02", fg2.turn(1)));
        assertEquals("t03", m.of("t03", p.document("t03").turn(2)));
        assertEquals(Set.of("notes"), m.in(p.document("notes"), 0, 5));
    }

    @Test
    void interviewersAreSetPerProject() throws Exception {
        var config = p.config().copy();
        config.interviewers = List.of("Teacher");
        p.write(ch -> ch.config(config));
        ParticipantMap m = ParticipantMap.of(Project.open(dir));
        assertTrue(m.isInterviewer("teacher 2"));
        assertTrue(!m.isInterviewer("Interviewer"), "the project's list replaces the default one");
    }

    @Test
    void aParticipantWhoseDocumentsDisagreeCannotBeGrouped() {
        ThemaException e = assertThrows(ThemaException.class, () -> counts(Per.PARTICIPANT, List.of("schooltype")));
        assertEquals("participant tA speaks in documents with schooltype 'regular' (t01) and 'special' (t02): set schooltype for tA in participants.yaml", e.getMessage());
        ThemaException unknown = assertThrows(ThemaException.class, () -> counts(Per.PARTICIPANT, List.of("colour")));
        assertTrue(unknown.getMessage().startsWith("no participant or document has the attribute 'colour'"), unknown.getMessage());
    }

    @Test
    void aFileNamingAMissingDocumentOrSpeakerIsRefused() {
        ThemaException doc = assertThrows(ThemaException.class, () -> Participants.save(p, Participants.NONE.withSpeaker("t09", "Teacher", "x1")));
        assertEquals(dir.resolve("participants.yaml") + ": no document 't09' in the project", doc.getMessage());
        ThemaException label = assertThrows(ThemaException.class, () -> Participants.save(p, Participants.NONE.withSpeaker("t01", "Teachr", "x1")));
        assertEquals(dir.resolve("participants.yaml") + ": document 't01' has no speaker 'Teachr' (speakers: Interviewer, Teacher)", label.getMessage());
    }

    @Test
    void cooccurrencePerParticipant() {
        CountedCoding counted = CountedCoding.ofCoder(p, "anna");
        List<Cooccurrence.Cell> people = Cooccurrence.of(p, counted, CountingUnits.of(Per.PARTICIPANT, p, counted, List.of()), List.of(CR, PR, TW));
        List<Cooccurrence.Cell> docs = Cooccurrence.of(p, counted, CountingUnits.of(Per.DOCUMENT, p, counted, List.of()), List.of(CR, PR, TW));
        // Anna's care route in turn 2 overlaps the two-way span; only cc1 has both codes in their own turns
        assertEquals(List.of(1, 1), cell(people, CR, TW));
        assertEquals(List.of(1, 1), cell(people, TW, CR));
        // care route and process meet in fg01 only through the moderator's turn: one document, no participant
        assertEquals(List.of(0, 0), cell(people, CR, PR));
        assertEquals(List.of(0, 1), cell(docs, CR, PR));
        List<Cooccurrence.Cell> byRole = Cooccurrence.of(p, counted, CountingUnits.of(Per.PARTICIPANT, p, counted, List.of("role")), List.of(CR, TW));
        assertEquals(List.of(1, 1), byRole.stream().filter(c -> c.code().equals(CR) && c.value().equals("coordinator")).map(c -> List.of(c.segments(), c.documents())).findFirst().orElseThrow());
        assertEquals(List.of(0, 0), byRole.stream().filter(c -> c.code().equals(CR) && c.value().equals("teacher")).map(c -> List.of(c.segments(), c.documents())).findFirst().orElseThrow());
    }

    static List<Integer> cell(List<Cooccurrence.Cell> cells, String a, String b) {
        return cells.stream().filter(c -> c.code().equals(a) && c.with().equals(b)).map(c -> List.of(c.segments(), c.documents())).findFirst().orElseThrow();
    }

    @Test
    void aThemeCountsTheParticipantsOfAnyOfItsCodes() {
        CountedCoding counted = CountedCoding.ofCoder(p, "anna");
        Themes themes = new Themes(List.of(new Themes.Theme("deciding", "How care is decided.", List.of(CR, PR), null, List.of())));
        List<ThematicMap.ThemeRow> rows = ThematicMap.of(p, themes, counted, CountingUnits.of(Per.PARTICIPANT, p, counted, List.of()));
        // care route: cc1, cc3, gs1, tA; process: t03 (the moderator's segment counts for nobody)
        assertEquals(List.of(7, 5, 8), List.of(rows.get(0).segments(), rows.get(0).documents(), rows.get(0).documentsInGroup()));
        List<ThematicMap.ThemeRow> docs = ThematicMap.of(p, themes, counted, CountingUnits.of(Per.DOCUMENT, p, counted, List.of()));
        assertEquals(List.of(8, 4, 4), List.of(docs.get(0).segments(), docs.get(0).documents(), docs.get(0).documentsInGroup()));
    }
}
