package thema.tui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static thema.tui.Motion.Unit.CHARACTER;
import static thema.tui.Motion.Unit.SENTENCE;
import static thema.tui.Motion.Unit.TURN;
import static thema.tui.Motion.Unit.WORD;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.project.Document;
import thema.project.Turn;

/** Selecting a sentence, a clause, a question with its answer from the keyboard. */
class MotionTest {
    private static final Locale EN = Locale.ENGLISH;

    @TempDir
    Path dir;

    private Document interview() {
        return Transcripts.of(dir,
                "Interviewer: How do you involve the parents?",
                "Teacher: We phone them first. Then, if nobody answers, a letter goes home. It usually works.",
                "Interviewer: And the mother?");
    }

    private static String text(Document d, Selection s) {
        return d.text().substring(s.start(), s.end());
    }

    @Test
    void theMiddleSentenceOfATurn() {
        Document d = interview();
        int body = d.turns().get(1).body();
        // to the end of the second sentence, then back to its start: the anchor goes there
        int p = Motion.move(d, body, SENTENCE, 1, EN);
        assertEquals(Transcripts.after(d, "first."), p, "forward ends the sentence without its trailing space");
        p = Motion.move(d, p, SENTENCE, 1, EN);
        p = Motion.move(d, p, SENTENCE, -1, EN);
        Selection s = Selection.at(p).moved(d, SENTENCE, 1, EN);
        assertEquals("Then, if nobody answers, a letter goes home.", text(d, s));
    }

    @Test
    void aClauseByWords() {
        Document d = interview();
        Selection s = Selection.at(Transcripts.at(d, "if nobody"));
        for (int i = 0; i < 3; i++) s = s.moved(d, WORD, 1, EN);
        assertEquals("if nobody answers", text(d, s), "word motions end on a word, never on the comma or a space");
        s = s.moved(d, WORD, -1, EN);
        assertEquals("if nobody ", text(d, s), "backward goes to the start of the word");
        assertEquals(Transcripts.at(d, "nobody"), Motion.move(d, Transcripts.at(d, "answers"), WORD, -1, EN));
    }

    @Test
    void aQuestionWithItsAnswerByTurns() {
        Document d = interview();
        Turn q = d.turns().get(0), a = d.turns().get(1);
        Selection s = Selection.at(q.body()).moved(d, TURN, 1, EN);
        assertEquals(q.end(), s.caret(), "the end of the question's words");
        s = s.moved(d, TURN, 1, EN);
        assertEquals(a.end(), s.caret(), "already there: the end of the answer");
        assertEquals("How do you involve the parents?\n\nTeacher: We phone them first. Then, if nobody answers, a letter goes home. It usually works.",
                text(d, s));
        assertEquals(a.body(), Motion.move(d, Transcripts.at(d, "letter"), TURN, -1, EN), "back: the start of the turn's words");
        assertEquals(q.body(), Motion.move(d, a.body(), TURN, -1, EN), "already there: the previous turn");
    }

    @Test
    void wordsAndSentencesCrossTurnsButNeverLandInALabel() {
        Document d = interview();
        Turn q = d.turns().get(0), a = d.turns().get(1);
        assertEquals(Transcripts.after(d, "We"), Motion.move(d, q.end(), WORD, 1, EN), "the first word of the next turn, not 'Teacher'");
        assertEquals(Transcripts.at(d, "parents?"), Motion.move(d, a.body(), WORD, -1, EN));
        assertEquals(Transcripts.after(d, "first."), Motion.move(d, q.end(), SENTENCE, 1, EN));
        assertEquals(Transcripts.at(d, "How do"), Motion.move(d, a.body(), SENTENCE, -1, EN));
        assertEquals(a.body(), Motion.move(d, a.start() - 1, CHARACTER, 1, EN), "a character step over a label lands on the words");
        assertEquals(a.start() - 1, Motion.move(d, a.body(), CHARACTER, -1, EN), "and back to just before the label");
    }

    @Test
    void motionsStopAtTheDocumentsEnds() {
        Document d = interview();
        Turn first = d.turns().get(0), last = d.turns().get(2);
        for (Motion.Unit u : new Motion.Unit[] {WORD, SENTENCE, TURN}) {
            assertEquals(last.end(), Motion.move(d, last.end(), u, 1, EN), u + " forward at the last word stays");
            assertEquals(first.body(), Motion.move(d, first.body(), u, -1, EN), u + " backward at the first word stays");
        }
        assertEquals(first.body(), Motion.move(d, first.body(), CHARACTER, -1, EN), "a label at the start: nothing before the words");
        assertEquals(d.length(), Motion.move(d, d.length(), CHARACTER, 1, EN));
        assertEquals(d.length(), Motion.move(d, d.length() + 5, CHARACTER, 1, EN), "a position past the end is brought back");
    }

    @Test
    void accentsCurlyQuotesEmojiAndCrlf() {
        Document d = Transcripts.joined(dir, "\r\n\r\n",
                "Interviewer: Qu’est-ce que l’école a fait ? « Rien », dit-elle.",
                "Élève: Ça m’a 😀 touché. C’était « génial » !\r\nPuis la mère 👩‍👧 est venue.");
        Locale fr = Locale.FRENCH;
        int p = Motion.move(d, d.turns().get(1).body(), WORD, 1, fr);
        assertEquals(Transcripts.after(d, "Ça"), p);
        assertEquals(Transcripts.after(d, "m’a"), Motion.move(d, p, WORD, 1, fr), "a curly apostrophe stays inside the word");
        int smile = Transcripts.at(d, "😀");
        assertEquals(smile + 1, Motion.move(d, smile, CHARACTER, 1, fr), "an emoji is one step");
        assertEquals(smile, Motion.move(d, smile + 1, CHARACTER, -1, fr));
        int family = Transcripts.at(d, "👩‍👧");
        assertEquals(family + 3, Motion.move(d, family, CHARACTER, 1, fr), "a joined emoji (woman, joiner, girl) is one step");
        String e = "e\u0301";
        Document combining = Transcripts.of(dir.resolve("b"), "Teacher: Caf" + e + " ok");
        int cafe = Transcripts.at(combining, e);
        assertEquals(cafe + 2, Motion.move(combining, cafe, CHARACTER, 1, EN), "a combining accent goes with its letter");
    }

    @Test
    void everyMotionStaysInTheTextOutsideLabelsAndCharacterStepsReturn() {
        Document d = Transcripts.joined(dir, "\r\n\r\n",
                "Interviewer: Was it “hard”? Tell me… everything.",
                "Mère: Oui 😀, c’était dur. Très dur!",
                "Nobody labels this paragraph",
                "Kid: 👩‍👧 e\u0301 ok. 中文字 fine.");
        Random r = new Random(19);
        int n = d.length();
        for (int i = 0; i < 3000; i++) {
            int pos = r.nextInt(n + 1);
            Motion.Unit u = Motion.Unit.values()[r.nextInt(4)];
            int dir = r.nextBoolean() ? 1 : -1;
            int to = Motion.move(d, Motion.move(d, pos, CHARACTER, 1, EN), u, dir, EN);
            assertTrue(to >= 0 && to <= n, "within the document: " + to);
            for (Turn t : d.turns()) assertTrue(to < t.start() || to >= t.body() || t.start() == t.body(), "not in the label of turn " + t.n() + ": " + to);
        }
        // from every position a character step reaches, one step on and one back returns there
        for (int p = Motion.move(d, 0, CHARACTER, 1, EN); p < n; p = Motion.move(d, p, CHARACTER, 1, EN)) {
            int on = Motion.move(d, p, CHARACTER, 1, EN);
            assertTrue(on > p);
            assertEquals(p, Motion.move(d, on, CHARACTER, -1, EN), "back from " + on);
        }
    }
}
