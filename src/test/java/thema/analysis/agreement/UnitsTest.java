package thema.analysis.agreement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.project.Document;
import thema.project.Project;
import thema.project.TestProjects;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UnitsTest {
    @TempDir
    Path dir;

    @Test
    void sentencesAreCodePointSpansWithinTurnBodies() {
        Project p = TestProjects.create(dir);
        // role labels: the importer takes a name that speaks once for text, a role for a speaker
        String text = "Host: 😀 First one.  “Second” 😀!\n\nGuest: The doctor came. Ja.\n";
        Document d = TestProjects.addDocument(p, "d1", text, Map.of());
        List<int[]> s = Units.sentences(d, Locale.ENGLISH);
        List<String> got = s.stream().map(u -> d.text().substring(u[0], u[1])).toList();
        assertEquals(List.of("😀 First one.", "“Second” 😀!", "The doctor came.", "Ja."), got);
        // offsets are code points: the first sentence starts after "Host: " (6), the emoji counts once
        assertEquals(6, s.get(0)[0]);
        assertEquals(6 + "😀 First one.".codePointCount(0, "😀 First one.".length()), s.get(0)[1]);
        int guest = text.indexOf("Guest:");
        assertEquals(text.codePointCount(0, guest), Units.turns(d).get(1)[0]);
        assertEquals(0, Units.turns(d).get(0)[0]);
    }
}
