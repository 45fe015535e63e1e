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
import thema.coding.Codings;
import thema.project.Coding;
import thema.project.Document;
import thema.project.ParticipantMap;
import thema.project.Participants;
import thema.project.Project;
import thema.project.TestProjects;
import thema.project.ThemaException;

/**
 * Counts by participant against tables worked out by hand.
 * fg01, a focus group: turns 1 Moderator, 2 Anna, 3 Bram, 4 Carla, 5 Dirk, 6 Eva, 7 Fatima,
 * 8 Moderator, 9 Anna; participants.yaml maps Anna..Dirk to cc1..cc4 (role coordinator) and
 * Eva, Fatima to gs1, gs2 (role guidance). t01 and t02 are two interviews with one teacher,
 * mapped to tA (role teacher); t03's teacher is not named in the file (participant t03, role from
 * the document's attribute). Eight participants.
 * anna codes care route in fg01 turns 2, 4, 6, 9 and in t01, t02 (turn 2 each); process in the
 * moderator's turn 1 of fg01 and in t03's teacher turn; two-way on a span from turn 2 into turn 3.
 * care route: cc1, cc3, gs1, tA = 4 of 8, 6 segments; process: t03 only (the moderator's turn
 * counts for nobody), 1 segment; two-way: cc1 and cc2, 1 segment; care decisions: 5 of 8, 7 segments.
 * By role: coordinator n=4, guidance n=2, teacher n=2 (tA's own attribute, t03's document's).
 */
class ParticipantCountsTest {
    static final String CD = "care decisions", CR = "care decisions/care route", PR = "care decisions/process",
            COM = "communication", TW = "communication/two-way";

    @TempDir
    Path dir;
    Project p;

    @BeforeEach
    void project() {
        p = TestProjects.create(dir);
        Document fg = TestProjects.addDocument(p, "fg01", String.join("\n\n",
                "Moderator: Welcome, tell us about care routes.", "Anna: We plan the route with the parents.",
                "Bram: And then we wait.", "Carla: The route starts at school.", "Dirk: I agree with that.",
                "Eva: For us the route is longer.", "Fatima: Sometimes.", "Moderator: Anything else?",
                "Anna: Yes, the route again.") + "\n", Map.of("kind", "focus group"));
        Document t1 = TestProjects.addDocument(p, "t01", "Interviewer: How was it?\n\nTeacher: The route was clear.\n", Map.of("schooltype", "regular"));
        Document t2 = TestProjects.addDocument(p, "t02", "Interviewer: And now?\n\nTeacher: The route changed.\n", Map.of("schooltype", "special"));
        Document t3 = TestProjects.addDocument(p, "t03", "Interviewer: Tell me.\n\nTeacher: It was a process.\n", Map.of("role", "teacher"));
        Participants file = Participants.NONE
                .withSpeaker("fg01", "Anna", "cc1").withSpeaker("fg01", "Bram", "cc2").withSpeaker("fg01", "Carla", "cc3")
                .withSpeaker("fg01", "Dirk", "cc4").withSpeaker("fg01", "Eva", "gs1").withSpeaker("fg01", "Fatima", "gs2")
                .withSpeaker("t01", "Teacher", "tA").withSpeaker("t02", "Teacher", "tA");
        for (String id : List.of("cc1", "cc2", "cc3", "cc4")) file = file.withAttribute(id, "role", "coordinator");
        file = file.withAttribute("gs1", "role", "guidance").withAttribute("gs2", "role", "guidance").withAttribute("tA", "role", "teacher");
        Participants.save(p, file);
        List<Coding> cs = new ArrayList<>();
        for (int turn : new int[]{2, 4, 6, 9}) cs.add(turn(fg, turn, CR));
        cs.add(turn(t1, 2, CR));
        cs.add(turn(t2, 2, CR));
        cs.add(turn(fg, 1, PR));
        cs.add(turn(t3, 2, PR));
        int[] anna = Codings.turnSpan(fg, 2), bram = Codings.turnSpan(fg, 3);
        cs.add(new Coding("fg01", anna[0] + 5, bram[0] + 4, TW, "anna", "2026-01-01T00:00:00Z"));
        Codings.add(p, "anna", cs, "test");
    }

    static Coding turn(Document d, int n, String code) {
        int[] s = Codings.turnSpan(d, n);
        return new Coding(d.id(), s[0], s[1], code, "anna", "2026-01-01T00:00:00Z");
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
        TestProjects.addDocument(p, "fg02", "Facilitator: Hi.\n\nJan: One.\n\nKees: Two.\n", Map.of());
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
}
