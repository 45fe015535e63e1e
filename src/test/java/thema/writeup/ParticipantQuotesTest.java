package thema.writeup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static thema.cli.CliRun.thema;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.analysis.CountedCoding;
import thema.cli.CliRun;
import thema.project.FocusGroupProject;
import thema.project.Project;

/** Quotes name the participant who speaks, with the participant's attributes in the citation. */
class ParticipantQuotesTest {
    @TempDir
    Path dir;

    @Test
    void aCitationNamesTheParticipantAndTheirRole() {
        Project p = FocusGroupProject.create(dir);
        var config = p.config().copy();
        config.citation = "({participant}, {role}, {doc} turn {turn})";
        p.write(ch -> ch.config(config));
        p = Project.open(dir);
        List<Extracts.Extract> quotes = Extracts.of(p, new Extracts.Query(List.of(FocusGroupProject.CR), CountedCoding.ofCoder(p, "anna"), null, List.of(), false, 0));
        assertEquals(List.of("(cc1, coordinator, fg01 turn 2)", "(cc3, coordinator, fg01 turn 4)", "(gs1, guidance, fg01 turn 6)",
                        "(cc1, coordinator, fg01 turn 9)", "(tA, teacher, t01 turn 2)", "(tA, teacher, t02 turn 2)"),
                quotes.stream().map(Extracts.Extract::citation).toList());
        assertEquals("cc1", quotes.get(0).participant());
        // t03's role comes from its document; the moderator's quote names nobody
        List<Extracts.Extract> process = Extracts.of(p, new Extracts.Query(List.of(FocusGroupProject.PR), CountedCoding.ofCoder(p, "anna"), null, List.of(), false, 0));
        assertEquals(List.of("(, , fg01 turn 1)", "(t03, teacher, t03 turn 2)"), process.stream().map(Extracts.Extract::citation).toList());
        CliRun csv = thema("quotes", dir, "--coder", "anna", "--code", "care route", "--format", "csv");
        assertEquals("code,coded_as,attribute,value,doc,turn,speaker,participant,coder,start,end,key,memo,text,citation,counted", csv.out().lines().findFirst().orElseThrow());
    }

    @Test
    void quotesGroupByAParticipantAttribute() {
        Project p = FocusGroupProject.create(dir);
        List<Extracts.Extract> quotes = Extracts.of(p, new Extracts.Query(List.of(FocusGroupProject.CD), CountedCoding.ofCoder(p, "anna"), null, List.of("role"), false, 0));
        // care route and process: the coordinators' three, the guidance one, the teachers' three (tA twice, t03 from its document), the moderator's with no role last
        assertEquals(List.of("coordinator", "coordinator", "coordinator", "guidance", "teacher", "teacher", "teacher", "(none)"),
                quotes.stream().map(Extracts.Extract::value).toList());
        CliRun bad = thema("quotes", dir, "--coder", "anna", "--by", "colour");
        assertEquals(1, bad.rc());
        assertEquals("thema: no document or participant has the attribute 'colour' (attributes: kind, role, schooltype)", bad.err().strip());
        assertEquals("", bad.out(), "nothing written before the error, though quotes are written as they are found");
    }
}
