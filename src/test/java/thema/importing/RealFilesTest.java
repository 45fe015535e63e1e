package thema.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static thema.importing.TurnChecks.checkInvariants;
import static thema.importing.TurnChecks.distinctSpeakers;
import static thema.importing.TurnChecks.speakerTurns;
import static thema.importing.TurnChecks.spoken;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.project.ThemaException;
import thema.project.Turn;

/**
 * The importers against the 14 real files in ../shared/realfiles, whose facts are in its
 * PROVENANCE.md. We assert our own speaker-turn counts, distinct speakers, first speaker
 * and first 40 characters of that turn (white space collapsed, as PROVENANCE counts them);
 * where our rules give other numbers than PROVENANCE, the test says which and why.
 * The files are never copied into the repository; without the folder these tests skip.
 */
class RealFilesTest {
    private static final Path DIR = Path.of("../shared/realfiles");

    @TempDir
    Path tmp;

    private static Path real(String name) {
        Assumptions.assumeTrue(Files.isDirectory(DIR), "../shared/realfiles absent: skipping real-file import tests");
        Path f = DIR.resolve(name);
        Assumptions.assumeTrue(Files.isRegularFile(f), name + " absent: skipping");
        return f;
    }

    private static ParsedTranscript parse(String name) {
        return checkInvariants(TranscriptParser.parse(real(name)));
    }

    private static Turn firstSpeakerTurn(ParsedTranscript p) {
        return p.turns().stream().filter(t -> t.speaker() != null).findFirst().orElseThrow();
    }

    /** The first 40 code points of the first speaker turn's spoken text, white-space runs collapsed. */
    private static String first40(ParsedTranscript p) {
        String s = spoken(p, firstSpeakerTurn(p)).replaceAll("\\s+", " ");
        return new String(s.codePoints().limit(40).toArray(), 0, (int) s.codePoints().limit(40).count());
    }

    /** Speaker turns after merging consecutive turns of the same speaker (PROVENANCE's "continuation"). */
    private static int mergedSpeakerTurns(ParsedTranscript p) {
        List<String> runs = new ArrayList<>();
        for (Turn t : p.turns()) {
            if (t.speaker() != null && (runs.isEmpty() || !runs.get(runs.size() - 1).equals(t.speaker()))) runs.add(t.speaker());
        }
        return runs.size();
    }

    private static void assertFacts(ParsedTranscript p, long speakerTurns, Set<String> speakers, String first, String first40) {
        assertEquals(speakerTurns, speakerTurns(p), "speaker turns");
        assertEquals(speakers, distinctSpeakers(p), "distinct speakers");
        assertEquals(first, firstSpeakerTurn(p).speaker(), "first speaker");
        assertEquals(first40, first40(p), "first 40 characters of the first speaker turn");
    }

    @Test
    void zoomTranscript() {
        ParsedTranscript p = parse("zoom_GMT20240124-202901_Recording.transcript.vtt");
        // exact: 25 turns, all with a speaker (the unlabelled "Hmm." cue continues a turn)
        assertEquals(25, p.turns().size());
        assertFacts(p, 25, Set.of("Srijani Ghosh", "Conor Healy", "Dr. Melissa Ko", "Shreeharsh Kelkar", "Ryan Sloan"),
                "Srijani Ghosh", "Hi!");
        assertEquals("00:00:00.050", p.turns().get(0).from());
    }

    @Test
    void teamsCurrentFormatFourCuesOneTurn() {
        ParsedTranscript p = parse("teams_transcript-cleanup.vtt");
        assertEquals(1, p.turns().size());
        assertFacts(p, 1, Set.of("Jean Lescure"), "Jean Lescure", "Y vamos a compartir la pantalla acá ay, ");
        Turn t = p.turns().get(0);
        assertEquals("00:00:04.795", t.from());
        assertEquals("00:00:27.235", t.until());
    }

    @Test
    void teamsOldTimeframeFormat() {
        ParsedTranscript p = parse("teams_webvtt-py_timeframe.vtt");
        assertEquals(2, p.turns().size());
        assertFacts(p, 2, Set.of("Yuri Bakulin", "Adrian Petrescu"), "Yuri Bakulin", "There you go.");
        assertEquals("00:00:00.570", p.turns().get(0).until());
        assertEquals("00:00:00.210", p.turns().get(1).from());
    }

    @Test
    void noScribeVttStripsTheOverlapMarkerFromVoiceNames() {
        ParsedTranscript p = parse("noscribe_interview.vtt");
        // Deviation, on purpose: PROVENANCE takes the voice names literally (5 speakers incl.
        // "//S02" and "//S00", 55 speaker turns). Those are noScribe's overlap marker leaking into
        // the voice name; we strip the "//", giving the 3 real speaker codes the .txt export has.
        // Cue 20 "S02" then joins cue 21 "S02", and cues 39-41 are all "S00": 3 merges, 55 - 3 = 52.
        assertFacts(p, 52, Set.of("S00", "S01", "S02"), "S01", "Guten Tag, ich habe heute die große, ein");
        Turn pause = p.turns().get(0);
        assertNull(pause.speaker());
        assertEquals("(12 seconds pause)", spoken(p, pause));
        assertEquals(53, p.turns().size());
    }

    @Test
    void noScribeTxtAcceptsTheOneLineS02ByItsFamily() {
        ParsedTranscript p = parse("noscribe_interview.txt");
        // exact: 55 speaker turns, 3 speakers; "S02:" occurs once at a line start and counts
        // because S00/S01 recur. The title, the header paragraph and "(12 seconds pause)" are
        // three unlabelled turns (one per paragraph; PROVENANCE counts them as one).
        assertFacts(p, 55, Set.of("S00", "S01", "S02"), "S01", "Guten Tag, ich habe heute die große, ein");
        assertEquals("00:00:12.000", firstSpeakerTurn(p).from(), "noScribe's [00:00:12] after the label is the turn's time");
        assertEquals(58, p.turns().size());
        assertTrue(spoken(p, p.turns().get(1)).startsWith("Transcribed with noScribe vers. 0.7\nAudio file:"),
                "'Audio file:' (once) is not a speaker");
    }

    @Test
    void whisperVttBracketSpeakers() {
        ParsedTranscript p = parse("whisper-ctranslate2_dosparlants.vtt");
        assertEquals(11, p.turns().size());
        assertFacts(p, 11, Set.of("SPEAKER_00", "SPEAKER_01"), "SPEAKER_01", "Hola, bon dia, com et dius?");
    }

    @Test
    void whisperSrtUnlabelledHallucinationContinuesTheLastTurn() {
        ParsedTranscript p = parse("whisper-ctranslate2_dosparlants.srt");
        // exact (continuation count): cues 16-26 have no label and join the SPEAKER_01 turn of
        // cues 14-15, so the last turn repeats Whisper's hallucination 13 times
        assertEquals(11, p.turns().size());
        assertFacts(p, 11, Set.of("SPEAKER_00", "SPEAKER_01"), "SPEAKER_01", "Hola, bon dia, com et dius?");
        String last = spoken(p, p.turns().get(10));
        assertEquals(13, last.split("D'acord, moltes gràcies\\.", -1).length - 1, last);
        assertEquals("00:00:32.000", p.turns().get(10).from());
        assertEquals("00:00:58.000", p.turns().get(10).until());
    }

    @Test
    void webvttStylesHaveNoSpeakers() {
        ParsedTranscript p = parse("webvtt-py_styles2.vtt");
        assertEquals(1, p.turns().size());
        assertNull(p.turns().get(0).speaker());
        assertEquals("Musique douce --- Some italic and normal coloured text. By the way, 2 < 3 ! --- "
                + "-Stéphane ? Où on se gare ? -Euh, là-bas, au chêne.", spoken(p, p.turns().get(0)));
    }

    @Test
    void webvttCommentsAreSkipped() {
        ParsedTranscript p = parse("webvtt-py_comments.vtt");
        assertEquals(1, p.turns().size());
        assertNull(p.turns().get(0).speaker());
        assertEquals("- Ta en kopp varmt te. - Det är inte varmt. - Har en kopp te. - Det smakar som te. - Ta en kopp",
                spoken(p, p.turns().get(0)));
    }

    @Test
    void yasmineDocxTitlePageIsNotASpeaker() {
        ParsedTranscript p = parse("textreadr_Yasmine_Interview_Transcript.docx");
        // exact: speakers are exactly Hassan and Abd Rabou, 15 speaker turns. "Interviewer:" and
        // "Narrator:" are role words but occur once, before the first Hassan turn, next to other
        // one-off labels (Date:, Place:): title-page metadata, kept as unlabelled text. The five
        // title-page paragraphs are five unlabelled turns (PROVENANCE merges them into one).
        assertFacts(p, 15, Set.of("Hassan", "Abd Rabou"), "Hassan", "Could you please tell me your name, your");
        assertEquals(20, p.turns().size());
        assertTrue(p.turns().stream().filter(t -> t.speaker() == null)
                .anyMatch(t -> spoken(p, t).contains("Interviewer: Yasmine Hassan\nNarrator: Ahmad Abd Rabou\nDate: 16/10/2014")));
        assertEquals("docx", p.format());
    }

    @Test
    void debateDocxOneTurnPerLabel() {
        ParsedTranscript p = parse("textreadr_pres.deb1.docx");
        // Deviation, on purpose: every "NAME:" paragraph starts its own turn (the transcriber's
        // boundary), so 109 labelled paragraphs give 109 speaker turns. PROVENANCE's 94
        // additionally merges consecutive turns of the same speaker across the unlabelled
        // "(CROSSTALK)" and continuation paragraphs; merging our turns that way gives exactly 94.
        assertFacts(p, 109, Set.of("LEHRER", "ROMNEY", "OBAMA"), "LEHRER", "We'll talk about -- specifically about h");
        assertEquals(94, mergedSpeakerTurns(p));
        assertEquals(109, p.turns().size(), "no unlabelled text before the first label");
    }

    @Test
    void teamsChatDocxBlocks() {
        ParsedTranscript p = parse("unstructured_teams_chat.docx");
        // exact: 2 speaker turns; the table cells after the last block continue James Bond's turn
        assertEquals(2, p.turns().size());
        assertFacts(p, 2, Set.of("Some Body", "James Bond"), "Some Body", "OK. Yeah.");
        assertEquals("00:00:03.270", p.turns().get(1).from());
        assertEquals("00:00:04.250", p.turns().get(1).until());
    }

    @Test
    void nvivoEmptyDocxHaveNoText() {
        for (String name : List.of("nvivo_d097e6fd-7671-4d95-a8b6-7795fa4a72e1.docx", "nvivo_e65f5ee2-9a55-47f1-bb0b-4921d8ce15c4.docx")) {
            Path f = real(name);
            assertEquals(name + ": the file has no text", assertThrows(ThemaException.class, () -> TranscriptParser.parse(f)).getMessage());
        }
    }

    @Test
    void bomAndCrlfCopiesImportLikeTheOriginals() throws IOException {
        for (String name : List.of("zoom_GMT20240124-202901_Recording.transcript.vtt", "noscribe_interview.txt",
                "whisper-ctranslate2_dosparlants.srt")) {
            ParsedTranscript original = parse(name);
            String content = Files.readString(real(name), StandardCharsets.UTF_8);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            bytes.writeBytes(content.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
            Path copy = Files.write(tmp.resolve(name), bytes.toByteArray());
            ParsedTranscript p = checkInvariants(TranscriptParser.parse(copy));
            assertEquals(original, p, name);
        }
    }
}
