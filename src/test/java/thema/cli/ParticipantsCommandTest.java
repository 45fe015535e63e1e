package thema.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static thema.cli.CliRun.thema;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.coding.Codings;
import thema.project.Coding;
import thema.project.Document;
import thema.project.Json;
import thema.project.Project;
import thema.project.TestProjects;

/** thema participants: a sheet read back exactly, every bad row refused with nothing written; counts --per participant. */
class ParticipantsCommandTest {
    @TempDir
    Path tmp;
    Path dir;

    @BeforeEach
    void project() {
        dir = tmp.resolve("study");
        Project p = TestProjects.create(dir);
        Document fg = TestProjects.addDocument(p, "fg01", "Moderator: Welkom.\n\nAnna: De route is lang.\n\nBram: Ja.\n\nCarla: Bij ons ook de route.\n\nAnna: Nog iets.\n\nBram: Klopt.\n\nCarla: Ja.\n", Map.of("kind", "focus group"));
        Document t1 = TestProjects.addDocument(p, "t01", "Interviewer: Hoe?\n\nLeerkracht: De route.\n", Map.of("schooltype", "regular"));
        String cr = "care decisions/care route";
        Codings.add(p, "anna", List.of(coding(fg, 2, cr), coding(fg, 4, cr), coding(t1, 2, cr), coding(fg, 1, cr)), "test");
    }

    static Coding coding(Document d, int turn, String code) {
        int[] s = Codings.turnSpan(d, turn);
        return new Coding(d.id(), s[0], s[1], code, "anna", "2026-01-01T00:00:00Z");
    }

    Path sheet(String text) throws IOException {
        Path f = tmp.resolve("participants.csv");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void aSheetSetsSpeakersAndAttributesAndTheCsvListingReadsBack() throws IOException {
        Path f = sheet("\uFEFFdoc,speaker,participant,role\nfg01,Anna,cc1,coordinator\nfg01,Bram,cc2,coordinator\nfg01,Carla,t01,\nt01,Leerkracht,t01,teacher\n");
        CliRun set = thema("participants", dir, "--csv", f);
        assertEquals(0, set.rc(), set.err());
        assertEquals("Set the speakers of 2 documents; 3 participants (participants.yaml)", set.out().strip());
        assertEquals("""
                participants:
                  cc1:
                    role: coordinator
                  cc2:
                    role: coordinator
                  t01:
                    role: teacher
                speakers:
                  fg01:
                    Anna: cc1
                    Bram: cc2
                    Carla: t01
                """, Files.readString(dir.resolve("participants.yaml")));
        // t01's teacher is the document's one respondent, named after it anyway: not written
        CliRun list = thema("participants", dir);
        assertTrue(list.out().contains("t01          fg01 (Carla), t01 (Leerkracht)  role=teacher"), list.out());
        assertTrue(list.out().contains("not participants (interviewers and speakers set to none): Interviewer, Moderator."), list.out());
        CliRun csv = thema("participants", dir, "--format", "csv");
        assertEquals("doc,speaker,participant,role\r\nfg01,Moderator,,\r\nfg01,Anna,cc1,coordinator\r\nfg01,Bram,cc2,coordinator\r\n"
                + "fg01,Carla,t01,teacher\r\nt01,Interviewer,,\r\nt01,Leerkracht,t01,teacher\r\n", csv.out());
        // what the listing prints reads back to the same file
        String before = Files.readString(dir.resolve("participants.yaml"));
        assertEquals(0, thema("participants", dir, "--csv", sheet(csv.out())).rc());
        assertEquals(before, Files.readString(dir.resolve("participants.yaml")));
    }

    void refused(Path f, String message, String... more) throws IOException {
        List<Object> args = new java.util.ArrayList<>(List.of("participants", dir, "--csv", f));
        args.addAll(List.of(more));
        CliRun r = thema(args.toArray());
        assertEquals(1, r.rc(), r.out() + r.err());
        assertEquals("thema: " + f + ": " + message, r.err().strip());
        assertFalse(Files.exists(dir.resolve("participants.yaml")), "nothing written");
    }

    @Test
    void badRowsAreRefusedNamingTheRow() throws IOException {
        refused(sheet("doc,speaker,participant\nfg01,Anna\n"), "row 2 has 2 fields, the header has 3 (nothing was changed)");
        refused(sheet("doc,speaker,participant\nfg09,Anna,a1\n"), "row 2: document 'fg09' is not in the project (--skip-unknown skips such rows)");
        refused(sheet("doc,speaker,participant\nfg01,Anne,a1\n"), "row 2: document 'fg01' has no speaker 'Anne'");
        refused(sheet("doc,speaker,participant\nfg01,Anna,a1\nfg01,Anna,a2\n"), "row 3: speaker 'Anna' of fg01 is in row 2 too");
        refused(sheet("doc,speaker,participant,role\nfg01,Anna,a1,x\nfg01,Bram,a1,y\n"), "row 3: participant a1 has role 'y' here and 'x' in row 2");
        refused(sheet("id,who,participant\nfg01,Anna,a1\n"), "the header must start with doc,speaker,participant (it starts with id,who,participant)");
        Path bad = sheet("doc,speaker,participant\nfg01,Anna,a 1\n");
        CliRun r = thema("participants", dir, "--csv", bad);
        assertEquals(1, r.rc());
        assertTrue(r.err().contains("'a 1' is not a usable participant id"), r.err());
        CliRun skipped = thema("participants", dir, "--csv", sheet("doc,speaker,participant\nfg09,Anna,a1\nfg01,Anna,a1\n"), "--skip-unknown");
        assertEquals(0, skipped.rc(), skipped.err());
        assertTrue(skipped.out().contains("Skipped 1 row for documents not in the project: fg09"), skipped.out());
    }

    @Test
    void countsPerParticipantSayWhatTheyCount() throws IOException {
        CliRun table = thema("counts", dir, "--coder", "anna", "--per", "participant");
        assertEquals(0, table.rc(), table.err());
        // fg01/Anna, fg01/Carla and t01 of fg01/Anna, fg01/Bram, fg01/Carla, t01; the moderator's coded turn counts for nobody
        assertTrue(table.out().contains("3 of 4"), table.out());
        assertTrue(table.out().contains("interviewers not counted (Interviewer, Moderator)"), table.out());
        JsonNode json = Json.MAPPER.readTree(thema("counts", dir, "--coder", "anna", "--per", "participants", "--format", "json").out());
        JsonNode cr = null;
        for (JsonNode row : json.get("rows")) if (row.get("code").asText().equals("care decisions/care route")) cr = row;
        assertEquals(3, cr.get("participants").asInt());
        assertEquals(4, cr.get("participants_in_group").asInt());
        assertEquals(3, cr.get("segments").asInt(), "the moderator's segment is not a participant's");
        CliRun doc = thema("counts", dir, "--coder", "anna", "--format", "json");
        assertTrue(doc.out().contains("\"documents\" : 2"), doc.out());
        CliRun bad = thema("counts", dir, "--per", "person");
        assertEquals(2, bad.rc());
        assertEquals("thema: Invalid value for option '--per': document or participant, not 'person'; see thema counts --help", bad.err().strip());
        assertEquals(2, thema("counts", dir, "--per", "participant", "--within", "communication").rc());
    }
}
