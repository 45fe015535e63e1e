package thema.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static thema.importing.TurnChecks.checkInvariants;
import static thema.importing.TurnChecks.label;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import thema.project.Turn;

/**
 * Random transcripts (labels real and fake, paragraphs, emoji, tabs, no-break spaces,
 * CRLF and lone CR) keep the turn invariants, and parsePlain never changes the text.
 */
class PlainTurnsProperties {
    private static final String[] LABELS = {
        "Interviewer:", "Respondent:", "I:", "R:", "Respondent 3:", "ZV:", "Int.:", "Jan Peeters:", "Dr. Melissa Ko:",
        "LEHRER:", "Abd Rabou:", "[SPEAKER_01]:", "S01:", "S02:", "  Onderzoeker:", "**I:**", "**R**:", "Date:",
        "she said:", "😀 Emoji:", "Zoë 👍:", "Deelnemer 2:", " \t R:",
    };
    private static final String[] WORDS = {
        "hello", "café", "“quoted”", "😀", "👍🏽", "said: no", "x", "\t", "\u00A0", "Note:", "10:30", "0:0:1.5 --> 0:0:2.0",
        "Some Body", "(CROSSTALK)", "https://example.org", "S01:", "[laughs]", "é", "漢字", " ",
    };

    @Provide
    Arbitrary<String> transcripts() {
        Arbitrary<String> line = Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(6).map(ws -> String.join(" ", ws));
        Arbitrary<String> label = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.just("")), net.jqwik.api.Tuple.of(5, Arbitraries.of(LABELS)));
        Arbitrary<String> unit = Combinators.combine(
                label,
                Arbitraries.of(" ", "\t", "  ", "\n", ""),
                line.list().ofMinSize(0).ofMaxSize(3),
                Arbitraries.of("\n", "\r\n", "\r"),
                Arbitraries.of("\n", "\n\n", "\r\n\r\n", "\n \n", "\n\n\n", ""))
                .as((l, gap, lines, nl, sep) -> (l.isEmpty() ? "" : l + gap) + String.join(nl, lines) + sep);
        return Combinators.combine(Arbitraries.of("", " ", "\n", "😀\n\n"), unit.list().ofMaxSize(12))
                .as((head, units) -> head + String.join("", units));
    }

    @Property(tries = 400)
    void parsePlainKeepsTheTextAndTheTurnInvariants(@ForAll("transcripts") String text) {
        ParsedTranscript p = checkInvariants(TranscriptParser.parsePlain(text));
        assertSame(text, p.text());
        // guard against a vacuous property: most generated texts must yield speaker turns
        Statistics.label("has a speaker turn").collect(p.turns().stream().anyMatch(t -> t.speaker() != null));
        Statistics.label("has a speaker turn").coverage(c -> c.check(true).percentage(pct -> pct > 40));
        for (Turn t : p.turns()) {
            if (t.speaker() != null) {
                assertTrue(label(p, t).contains(t.speaker()), () -> "the label region names the speaker: " + t);
            } else {
                assertEquals(t.start(), t.body(), "an unlabelled turn has no label part");
            }
        }
    }

    @Property(tries = 200)
    void decodingOnlyNormalisesNewlines(@ForAll("transcripts") String text) {
        String expected = text.replace("\r\n", "\n").replace('\r', '\n');
        if (expected.isBlank() || expected.chars().allMatch(c -> TurnChecks.isSpace(c))) return;
        String decoded = TextDecoding.decode(text.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(expected, decoded);
        checkInvariants(TranscriptParser.parsePlain(decoded));
    }
}
