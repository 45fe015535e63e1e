package thema.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static thema.importing.TurnChecks.checkInvariants;
import static thema.importing.TurnChecks.label;
import static thema.importing.TurnChecks.speakers;
import static thema.importing.TurnChecks.spoken;
import static thema.importing.TurnChecks.spokenTexts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.project.ThemaException;
import thema.project.Turn;

/** .vtt and .srt files: cues, tags, entities, speakers, merging, timestamps. */
class SubtitleImportTest {
    @TempDir
    Path dir;

    private ParsedTranscript parse(String name, String content) throws IOException {
        Path f = Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        return checkInvariants(TranscriptParser.parse(f));
    }

    @Test
    void webvttWithHeaderNoteStyleVoicesTagsAndEntities() throws IOException {
        String vtt = """
                WEBVTT - interview 3
                Kind: captions

                NOTE
                exported by hand: not a cue

                STYLE
                ::cue(.loud) { color: red; }

                intro-1
                00:00:01.000 --> 00:00:02.500 align:left line:-1
                <v Dr. Ana Díaz>Hola,
                <c.loud>¿qué tal?</c></v>

                00:02.500 --> 00:04.000
                <v Dr. Ana Díaz>Todo &lt;bien&gt; &amp; tú&nbsp;?

                3
                00:00:04.000 --> 00:00:06.000
                <v.fast Ben>I'm <i>fine</i> &#8220;really&#x201D; 😀

                00:00:06.000 --> 00:00:07.000
                and you?
                """;
        ParsedTranscript p = parse("a.vtt", vtt);
        assertEquals("vtt", p.format());
        assertEquals("Dr. Ana Díaz: Hola, ¿qué tal? Todo <bien> & tú ?\n\nBen: I'm fine “really” 😀 and you?\n", p.text());
        assertEquals(List.of("Dr. Ana Díaz", "Ben"), speakers(p));
        Turn ana = p.turns().get(0);
        assertEquals("00:00:01.000", ana.from());
        assertEquals("00:00:04.000", ana.until());
        assertEquals("Dr. Ana Díaz: ", label(p, ana));
        Turn ben = p.turns().get(1);
        assertEquals("I'm fine “really” 😀 and you?", spoken(p, ben));
        assertEquals("00:00:07.000", ben.until(), "an unlabelled cue continues the previous turn");
    }

    @Test
    void nameAndBracketPrefixesAndLeadingUnlabelledCues() throws IOException {
        String vtt = """
                WEBVTT

                00:00.000 --> 00:01.000
                (music)

                00:01.000 --> 00:02.000
                Dr. Melissa Ko: Hi!

                00:02.000 --> 00:03.000
                Conor Healy: Hello: welcome.

                00:03.000 --> 00:04.000
                Dr. Melissa Ko: Thanks.

                00:04.000 --> 00:05.000
                Conor Healy: Next: the data.

                00:05.000 --> 00:06.000
                [SPEAKER_01]: Bon dia.
                """;
        ParsedTranscript p = parse("zoomish.vtt", vtt);
        assertEquals(Arrays.asList(null, "Dr. Melissa Ko", "Conor Healy", "Dr. Melissa Ko", "Conor Healy", "SPEAKER_01"), speakers(p));
        assertEquals(List.of("(music)", "Hi!", "Hello: welcome.", "Thanks.", "Next: the data.", "Bon dia."), spokenTexts(p));
        assertNull(p.turns().get(0).speaker());
        assertEquals("00:00:00.000", p.turns().get(0).from());
    }

    @Test
    void srtWithBomCrlfCommaTimestampsAndMergedCues() throws IOException {
        String srt = "\uFEFF1\r\n00:00:00,000 --> 00:00:02,000\r\n[SPEAKER_01]: Hola, bon dia,\r\ncom et dius?\r\n\r\n"
                + "2\r\n00:00:02,000 --> 00:00:04,000\r\n[SPEAKER_00]: Em dic Carme.\r\n\r\n"
                + "3\r\n00:00:04,000 --> 00:00:06,500\r\n[SPEAKER_00]: I tu?\r\n\r\n"
                + "4\r\n01:00:06,000 --> 01:00:08,000\r\n{\\an8}<font color=\"#fff\">D'acord.</font>\r\n";
        ParsedTranscript p = parse("a.srt", srt);
        assertEquals("srt", p.format());
        assertEquals("SPEAKER_01: Hola, bon dia, com et dius?\n\nSPEAKER_00: Em dic Carme. I tu? D'acord.\n", p.text());
        Turn carme = p.turns().get(1);
        assertEquals("00:00:02.000", carme.from());
        assertEquals("01:00:08.000", carme.until());
    }

    @Test
    void teamsNonCompliantTimestampsAndVoiceNamesWithSlashes() throws IOException {
        String vtt = "WEBVTT\n\n0:0:0.0 --> 0:0:0.57\n<v Yuri Bakulin>There you go.</v>\n\n"
                + "0:0:0.210 --> 0:0:1.130\n<v //S02>Why hello there.\n";
        ParsedTranscript p = parse("teams.vtt", vtt);
        assertEquals(List.of("Yuri Bakulin", "S02"), speakers(p));
        assertEquals("00:00:00.000", p.turns().get(0).from());
        assertEquals("00:00:00.570", p.turns().get(0).until());
    }

    @Test
    void dialogueDashesAndOneOffColonsAreNotSpeakers() throws IOException {
        String vtt = "WEBVTT\n\n1\n00:02:15.000 --> 00:02:20.000\n- Ta en kopp varmt te.\n- Det är inte varmt.  \n\n"
                + "2\n00:02:20.000 --> 00:02:25.000\nNote: this is one line\n";
        ParsedTranscript p = parse("dash.vtt", vtt);
        assertEquals(1, p.turns().size());
        assertEquals("- Ta en kopp varmt te. - Det är inte varmt. Note: this is one line\n", p.text());
    }

    @Test
    void filesWithoutCuesAreRefused() throws IOException {
        Path f = Files.writeString(dir.resolve("empty.vtt"), "WEBVTT\n\nNOTE nothing here\n");
        assertEquals("empty.vtt: no subtitle cues with text found (expected blocks with a 'start --> end' line)",
                assertThrows(ThemaException.class, () -> TranscriptParser.parse(f)).getMessage());
        Path blank = Files.writeString(dir.resolve("blank.srt"), "\n\n");
        assertEquals("blank.srt: the file has no text",
                assertThrows(ThemaException.class, () -> TranscriptParser.parse(blank)).getMessage());
    }

    @Test
    void timestampForms() {
        assertEquals("00:01:02.500", Timestamps.normalise("00:01:02.500"));
        assertEquals("00:01:02.500", Timestamps.normalise("01:02.5"));
        assertEquals("00:01:02.500", Timestamps.normalise("00:01:02,500"));
        assertEquals("00:00:01.510", Timestamps.normalise("0:0:1.51"));
        assertEquals("123:00:00.000", Timestamps.normalise("123:00:00"));
        assertNull(Timestamps.normalise("00:61:00.000"));
        assertNull(Timestamps.normalise("soon"));
    }
}
