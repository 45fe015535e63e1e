package thema.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import thema.project.Text;
import thema.project.Turn;

/** Times written in a .txt transcript ([00:01:23] Interviewer:, noScribe's (00:01:23)) become the turns' from. */
class TimestampedTextTest {
    static String body(String text, Turn t) {
        Text cps = new Text(text);
        return cps.substring(t.body(), t.end());
    }

    @Test
    void aBracketedTimeBeforeTheLabel() {
        String text = "[00:01:23] Interviewer: Hoe begon het?\n[00:01:30] Respondent: Met een brief 😊.\n[1:02:03.5] Interviewer: En daarna?\n";
        List<Turn> turns = TranscriptParser.parsePlain(text).turns();
        assertEquals(3, turns.size());
        assertEquals("Interviewer", turns.get(0).speaker());
        assertEquals("00:01:23.000", turns.get(0).from());
        assertEquals("00:01:30.000", turns.get(1).from());
        assertEquals("01:02:03.500", turns.get(2).from());
        assertEquals(0, turns.get(0).start(), "the turn starts at its time");
        assertEquals("Met een brief 😊.", body(text, turns.get(1)));
        assertNull(turns.get(0).until());
    }

    @Test
    void noScribesParenthesisedTimes() {
        String before = "(00:00:05) S00: Goedemorgen.\n\n(00:00:09) S01: Dag.\n\n(00:00:12) S00: Hoe gaat het?\n";
        List<Turn> a = TranscriptParser.parsePlain(before).turns();
        assertEquals(List.of("S00", "S01", "S00"), a.stream().map(Turn::speaker).toList());
        assertEquals(List.of("00:00:05.000", "00:00:09.000", "00:00:12.000"), a.stream().map(Turn::from).toList());
        String after = "S00: (00:00:05) Goedemorgen.\n\nS01: (01:09) Dag.\n\nS00: Hoe gaat het?\n";
        List<Turn> b = TranscriptParser.parsePlain(after).turns();
        assertEquals(Arrays.asList("00:00:05.000", "00:01:09.000", null), b.stream().map(Turn::from).toList());
        assertEquals("Goedemorgen.", body(after, b.get(0)), "the time is not part of what was said");
    }

    @Test
    void timesThatAreNotTimesStayText() {
        String text = "Interviewer: (99:99) kwam ik binnen.\nInterviewer: [zie bijlage] ook.\n";
        List<Turn> turns = TranscriptParser.parsePlain(text).turns();
        assertEquals(2, turns.size());
        assertNull(turns.get(0).from());
        assertEquals("(99:99) kwam ik binnen.", body(text, turns.get(0)));
    }
}
