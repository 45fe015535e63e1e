package thema.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static thema.importing.TurnChecks.checkInvariants;
import static thema.importing.TurnChecks.label;
import static thema.importing.TurnChecks.speakers;
import static thema.importing.TurnChecks.spoken;
import static thema.importing.TurnChecks.spokenTexts;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import thema.project.Turn;

/** Turn detection in plain text (TranscriptParser.parsePlain): the .txt/.md/.docx rules. */
class PlainTurnsTest {
    private static ParsedTranscript plain(String text) {
        ParsedTranscript p = checkInvariants(TranscriptParser.parsePlain(text));
        assertSame(text, p.text(), "parsePlain stores the text unchanged");
        return p;
    }

    @Test
    void interviewerAndRespondentTurnsWithOffsetsInCodePoints() {
        ParsedTranscript p = plain("Interviewer: How are you?\nRespondent: Fine, thanks.\n");
        assertEquals(List.of("Interviewer", "Respondent"), speakers(p));
        Turn first = p.turns().get(0);
        assertEquals(new Turn(1, "Interviewer", 0, 13, 25), first);
        assertEquals("Interviewer: ", label(p, first));
        assertEquals(List.of("How are you?", "Fine, thanks."), spokenTexts(p));
        assertEquals("txt", p.format());
    }

    @Test
    void emojiBeforeATurnShiftsOffsetsByCodePointsNotChars() {
        String text = "Intro 😀🎉 notes\n\nI: Was it 😀 fun?\nR: Ja 👍\n";
        ParsedTranscript p = plain(text);
        assertEquals(Arrays.asList(null, "I", "R"), speakers(p));
        Turn i = p.turns().get(1);
        // "I:" is at char 18 but code point 16: the two emoji are 4 UTF-16 chars, 2 code points
        assertEquals(18, text.indexOf("I:"));
        assertEquals(16, i.start());
        assertEquals(19, i.body());
        assertEquals(List.of("Intro 😀🎉 notes", "Was it 😀 fun?", "Ja 👍"), spokenTexts(p));
    }

    @Test
    void colonInsideASentenceDoesNotStartATurn() {
        String text = """
                Interviewer: What did your mother say?
                Respondent: She was clear.
                She said: no.
                The rule was simple: ask first.
                Interviewer: And then?
                Respondent: Nothing.
                """;
        ParsedTranscript p = plain(text);
        assertEquals(List.of("Interviewer", "Respondent", "Interviewer", "Respondent"), speakers(p));
        assertEquals("She was clear.\nShe said: no.\nThe rule was simple: ask first.", spoken(p, p.turns().get(1)));
    }

    @Test
    void labelShapesFromRealTranscripts() {
        String text = """
                Jan Peeters: one
                Dr. Melissa Ko: two
                LEHRER: three
                Abd Rabou: four
                [SPEAKER_01]: five
                S01: six
                ZV: seven
                Int.: eight
                  Respondent 3: nine
                Jan Peeters: ten
                Dr. Melissa Ko: eleven
                LEHRER: twelve
                Abd Rabou: thirteen
                S01: fourteen
                ZV: fifteen
                Int.: sixteen
                """;
        ParsedTranscript p = plain(text);
        assertEquals(List.of("Jan Peeters", "Dr. Melissa Ko", "LEHRER", "Abd Rabou", "SPEAKER_01", "S01", "ZV", "Int.",
                "Respondent 3", "Jan Peeters", "Dr. Melissa Ko", "LEHRER", "Abd Rabou", "S01", "ZV", "Int."), speakers(p));
        Turn indented = p.turns().get(8);
        assertEquals("Respondent 3: ", label(p, indented), "start is the label, indentation excluded");
        assertEquals("nine", spoken(p, indented));
    }

    @Test
    void dutchRoleLabelsCountEvenWhenUsedOnce() {
        ParsedTranscript p = plain("Onderzoeker: Hoe gaat het op school?\n\nLeerkracht: Goed, dank je.\n\nOuder: Ik ben tevreden.\n");
        assertEquals(List.of("Onderzoeker", "Leerkracht", "Ouder"), speakers(p));
        assertEquals(List.of("Hoe gaat het op school?", "Goed, dank je.", "Ik ben tevreden."), spokenTexts(p));
    }

    @Test
    void titlePageMetadataUsedOnceIsNotASpeaker() {
        String text = """
                Interview 4

                Interviewer: Yasmine Hassan
                Date: 16/10/2014
                Place: Cairo

                Hassan: Could you tell me your name?

                Abd Rabou: Ahmad Abd Rabou.

                Hassan: Thank you.

                Abd Rabou: You are welcome.
                """;
        ParsedTranscript p = plain(text);
        assertEquals(Arrays.asList(null, null, "Hassan", "Abd Rabou", "Hassan", "Abd Rabou"), speakers(p));
        assertEquals("Interviewer: Yasmine Hassan\nDate: 16/10/2014\nPlace: Cairo", spoken(p, p.turns().get(1)));
    }

    @Test
    void aRoleUsedOnceNextToRealTurnsIsStillASpeaker() {
        ParsedTranscript p = plain("Moderator: Welcome, both.\nAnna: Hi.\nBob: Hey.\nAnna: Shall we?\nBob: Yes.\n");
        assertEquals(List.of("Moderator", "Anna", "Bob", "Anna", "Bob"), speakers(p));
    }

    @Test
    void aOneOffNameIsTextButANumberedSpeakerOfARecurringFamilyIsNot() {
        String text = "S01: a\nS00: b\nS01: c\nNote: this stays text\nS02: d\nS00: e\n";
        ParsedTranscript p = plain(text);
        assertEquals(List.of("S01", "S00", "S01", "S02", "S00"), speakers(p));
        assertEquals("c\nNote: this stays text", spoken(p, p.turns().get(2)));
    }

    @Test
    void continuationParagraphsBelongToTheLabelledTurnAndSameSpeakerLabelsStaySeparate() {
        String text = "ROMNEY: First.\n\nSecond paragraph.\n(CROSSTALK)\nROMNEY: Again.\nOBAMA: Me.\nOBAMA: Me again.\n";
        ParsedTranscript p = plain(text);
        assertEquals(List.of("ROMNEY", "ROMNEY", "OBAMA", "OBAMA"), speakers(p));
        assertEquals("First.\n\nSecond paragraph.\n(CROSSTALK)", spoken(p, p.turns().get(0)));
    }

    @Test
    void textWithoutLabelsIsOneTurnPerParagraph() {
        ParsedTranscript p = plain("\n\n  First paragraph,\nstill first.  \n \t\nSecond: with a colon.\n\n\nThird.");
        assertEquals(Arrays.asList(null, null, null), speakers(p));
        assertEquals(List.of("First paragraph,\nstill first.", "Second: with a colon.", "Third."), spokenTexts(p));
        Turn first = p.turns().get(0);
        assertEquals(first.start(), first.body(), "an unlabelled turn has no label");
    }

    @Test
    void labelWithTextOnTheNextLineOrNoTextAtAll() {
        ParsedTranscript p = plain("Interviewer:\nWhat happened next?\nRespondent:\nInterviewer: Nothing?\n");
        assertEquals(List.of("Interviewer", "Respondent", "Interviewer"), speakers(p));
        assertEquals(List.of("What happened next?", "", "Nothing?"), spokenTexts(p));
        Turn empty = p.turns().get(1);
        assertEquals("Respondent:", label(p, empty));
    }

    @Test
    void markdownBoldLabels() {
        ParsedTranscript p = plain("# Interview 2\n\n**I:** Hallo?\n\n**R**: Hoi.\n");
        assertEquals(Arrays.asList(null, "I", "R"), speakers(p));
        assertEquals(List.of("# Interview 2", "Hallo?", "Hoi."), spokenTexts(p));
        assertEquals("**I:** ", label(p, p.turns().get(1)));
    }

    @Test
    void teamsBlocksInTextCarrySpeakerAndTiming() {
        ParsedTranscript p = plain("0:0:0.0 --> 0:0:1.510\nSome Body\nOK. Yeah.\n0:0:3.27 --> 0:0:4.250\nJames Bond\nUmm.\n");
        assertEquals(List.of("Some Body", "James Bond"), speakers(p));
        Turn second = p.turns().get(1);
        assertEquals("00:00:03.270", second.from());
        assertEquals("00:00:04.250", second.until());
        assertEquals("Umm.", spoken(p, second));
        assertTrue(label(p, second).startsWith("0:0:3.27 --> 0:0:4.250\nJames Bond"));
    }

    @Test
    void teamsNamesWithCommaOrGuestSuffix() {
        ParsedTranscript p = plain("0:0:0.0 --> 0:0:1.0\nBond, James\nHi.\n\n0:0:1.0 --> 0:0:2.0\nAna Díaz (Guest)\nHola.\n");
        assertEquals(List.of("Bond, James", "Ana Díaz (Guest)"), speakers(p));
    }

    @Test
    void emptyAndBlankTextGiveNoTurns() {
        assertEquals(List.of(), plain("").turns());
        assertEquals(List.of(), plain(" \n\t\n").turns());
    }

    @Test
    void urlsAndClockTimesAreNotLabels() {
        ParsedTranscript p = plain("See https://example.org for more.\nAt 10:30 we met.\n");
        assertEquals(1, p.turns().size());
        assertNull(p.turns().get(0).speaker());
    }
}
