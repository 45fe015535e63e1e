package thema.cli;

import picocli.CommandLine.Option;
import thema.analysis.agreement.Bootstrap;
import thema.analysis.agreement.SpeakerFilter;
import thema.analysis.agreement.UnitKind;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What 'agree' and 'debrief' share: the unit, whose units are compared, and the bootstrap's draws and seed. */
final class AgreementOptions {
    /** Fewer draws make the percentile bounds themselves unstable (Efron and Tibshirani advise at least 1,000). */
    static final int MIN_DRAWS = 1000;

    /** The units picocli lists and converts: the core's {@link UnitKind}s by their labels. */
    enum Unit {
        turn, sentence, character;

        UnitKind kind() {
            return UnitKind.valueOf(name().toUpperCase(Locale.ROOT));
        }
    }

    @Option(names = "--unit", defaultValue = "turn", paramLabel = "UNIT", description = "Unit of analysis: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Unit unit;

    @Option(names = "--speaker", paramLabel = "NAME",
            description = "Compare only units of this speaker (repeatable; any case, one word of the name will do, as search's speaker:).")
    List<String> speakers = new ArrayList<>();

    @Option(names = "--exclude-speaker", paramLabel = "NAME",
            description = "Leave out units of this speaker, e.g. the interviewer's turns (repeatable).")
    List<String> excluded = new ArrayList<>();

    @Option(names = "--draws", paramLabel = "N",
            description = "Bootstrap draws for the 95%% confidence intervals (default: " + Bootstrap.DEFAULT_DRAWS + ", at least " + MIN_DRAWS + ").")
    Integer draws;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the bootstrap (default: a new one, printed with the intervals).")
    Long seed;

    SpeakerFilter speakerFilter() {
        return new SpeakerFilter(speakers, excluded);
    }

    boolean bootstrapOptionGiven() {
        return draws != null || seed != null;
    }

    int draws() {
        return draws == null ? Bootstrap.DEFAULT_DRAWS : draws;
    }

    /** What is wrong with --draws, as a usage message, or null. */
    String drawsProblem() {
        if (draws != null && (draws < MIN_DRAWS || draws > 1_000_000)) {
            return "--draws must lie between " + MIN_DRAWS + " and 1000000 (percentile intervals need at least " + MIN_DRAWS + " draws)";
        }
        return null;
    }

    long seed() {
        return seed != null ? seed : new SecureRandom().nextInt(1_000_000);
    }
}
