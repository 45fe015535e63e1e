package thema.cli;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import thema.coding.Choice;
import thema.coding.Decision;
import thema.coding.reliability.Consensus;
import thema.project.ThemaException;

import java.util.List;

@Command(name = "consensus", mixinStandardHelpOptions = true,
        description = "Record a consensus decision on one turn; builds the 'consensus' coder.")
final class ConsensusCommand extends ProjectCommand {
    @Option(names = "--coders", required = true, split = ",", paramLabel = "A,B", description = "The two coders the consensus is built from.")
    List<String> coders;

    @Option(names = "--doc", required = true, paramLabel = "ID")
    String doc;

    @Option(names = "--turn", required = true, paramLabel = "N")
    int turn;

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    static final class What {
        @Option(names = "--accept", paramLabel = "A|B|both|neither", description = "Whose codings stand: A, B (or a coder's name), both or neither.")
        String accept;

        @Option(names = "--code", paramLabel = "PATH", description = "A new code over the turn, added to the codes both coders applied there.")
        String code;
    }

    @Option(names = "--replace", description = "With --code: the new code replaces every code of both coders on the turn.")
    boolean replace;

    @Option(names = "--note", paramLabel = "TEXT", description = "Why: kept in the debriefing record.")
    String note;

    @Override
    public Integer call() {
        if (coders.size() != 2) throw usage("--coders takes exactly two coders, e.g. --coders anna,ben");
        String a = coders.get(0), b = coders.get(1);
        if (replace && what.code == null) throw usage("--replace goes with --code PATH (the code that replaces the coders' codes)");
        Choice choice = what.code != null ? (replace ? Choice.REPLACE : Choice.CODE) : accept(a, b);
        Decision d = Consensus.decide(project(), a, b, doc, turn, choice, what.code, note);
        out().println("Decided " + d.doc() + " turn " + d.turn() + ": " + d.describe(coders) + (d.note() == null ? "" : " (" + d.note() + ")"));
        return 0;
    }

    /** The --accept value as a choice; the core's message says what it may be, this adds the flag. */
    private Choice accept(String a, String b) {
        try {
            return Choice.parseAccept(what.accept, a, b);
        } catch (ThemaException e) {
            throw new ThemaException("--accept " + e.getMessage(), e);
        }
    }
}
