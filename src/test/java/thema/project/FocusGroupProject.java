package thema.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import thema.coding.Codings;

/**
 * A project for counts by participant, with tables worked out by hand.
 * fg01, a focus group: turns 1 Moderator, 2 Anna, 3 Bram, 4 Carla, 5 Dirk, 6 Eva, 7 Fatima,
 * 8 Moderator, 9 Anna, then 10-14 Bram to Fatima again (uncoded); participants.yaml maps Anna..Dirk to cc1..cc4 (role coordinator) and
 * Eva, Fatima to gs1, gs2 (role guidance). t01 and t02 are two interviews with one teacher,
 * mapped to tA (role teacher); t03's teacher is not named in the file (participant t03, role from
 * the document's attribute). Eight participants.
 * anna codes care route in fg01 turns 2, 4, 6, 9 and in t01, t02 (turn 2 each); process in the
 * moderator's turn 1 of fg01 and in t03's teacher turn; two-way on a span from turn 2 into turn 3.
 * care route: cc1, cc3, gs1, tA = 4 of 8, 6 segments; process: t03 only (the moderator's turn
 * counts for nobody), 1 segment; two-way: cc1 and cc2, 1 segment; care decisions: 5 of 8, 7 segments.
 * By role: coordinator n=4, guidance n=2, teacher n=2 (tA's own attribute, t03's document's).
 */
public final class FocusGroupProject {
    public static final String CD = "care decisions", CR = "care decisions/care route", PR = "care decisions/process",
            COM = "communication", TW = "communication/two-way";

    private FocusGroupProject() {
    }

    public static Project create(Path dir) {
        Project p = TestProjects.create(dir);
        Document fg = TestProjects.addDocument(p, "fg01", String.join("\n\n",
                "Moderator: Welcome, tell us about care routes.", "Anna: We plan the route with the parents.",
                "Bram: And then we wait.", "Carla: The route starts at school.", "Dirk: I agree with that.",
                "Eva: For us the route is longer.", "Fatima: Sometimes.", "Moderator: Anything else?",
                "Anna: Yes, the route again.",
                // a second round, uncoded: everyone speaks twice, as in a real focus group (and as the importer needs to find a name)
                "Bram: Agreed.", "Carla: Me too.", "Dirk: Fine.", "Eva: Yes.", "Fatima: Thank you.") + "\n", Map.of("kind", "focus group"));
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
        return p;
    }

    static Coding turn(Document d, int n, String code) {
        int[] s = Codings.turnSpan(d, n);
        return new Coding(d.id(), s[0], s[1], code, "anna", "2026-01-01T00:00:00Z");
    }
}
