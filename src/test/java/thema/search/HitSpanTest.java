package thema.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.project.Document;
import thema.project.Project;
import thema.project.TestProjects;

/** What of a hit is coded (autocode --unit, and 1-9 on the workbench's search screen): one rule. */
class HitSpanTest {
    @TempDir
    Path dir;

    Hit hit(Document d, int turn, String word) {
        String text = d.text().string();
        int at = d.text().toCodePoint(text.indexOf(word));
        return new Hit(d.id(), turn, null, at, at + word.codePointCount(0, word.length()), "", word, "", 1f);
    }

    @Test
    void aHitIsCodedAsItselfItsSentenceOrItsTurn() {
        Project p = TestProjects.create(dir);
        Document d = TestProjects.addDocument(p, "s1", "Interviewer: How do you involve the parents?\n\n"
                + "Teacher: We phone them first. Then, if nobody answers, a letter goes home. It usually works.\n\n"
                + "Interviewer: And the mother?\n", Map.of());
        Hit letter = hit(d, 2, "letter");
        assertEquals("letter", substring(d, Autocode.span(p, letter, Autocode.Unit.hit)));
        assertEquals("Then, if nobody answers, a letter goes home.", substring(d, Autocode.span(p, letter, Autocode.Unit.sentence)));
        assertEquals("We phone them first. Then, if nobody answers, a letter goes home. It usually works.", substring(d, Autocode.span(p, letter, Autocode.Unit.turn)));
        Hit mother = hit(d, 3, "mother");
        assertEquals("And the mother?", substring(d, Autocode.span(p, mother, Autocode.Unit.sentence)), "the last sentence, its line end left out");
    }

    @Test
    void accentsCurlyQuotesAndEmojiInTheSentence() {
        Project p = TestProjects.create(dir);
        Document d = TestProjects.addDocument(p, "s1", "Interviewer: Et alors ?\n\nÉlève: Ça m’a 😀 touché. C’était « génial » !\nPuis la mère 👩‍👧 est venue.\n\n"
                + "Interviewer: Oui ?\n\nÉlève: Bon.\n", Map.of());
        assertEquals("Puis la mère 👩‍👧 est venue.", substring(d, Autocode.span(p, hit(d, 2, "mère"), Autocode.Unit.sentence)));
        assertEquals("Ça m’a 😀 touché.", substring(d, Autocode.span(p, hit(d, 2, "touché"), Autocode.Unit.sentence)));
        assertEquals("C’était « génial » !", substring(d, Autocode.span(p, hit(d, 2, "génial"), Autocode.Unit.sentence)), "a line end ends the sentence and is left out");
    }

    static String substring(Document d, int[] span) {
        return d.text().substring(span[0], span[1]);
    }
}
