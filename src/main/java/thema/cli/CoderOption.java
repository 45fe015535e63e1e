package thema.cli;

import picocli.CommandLine.Option;

/**
 * The --coder option, one declaration per role, mixed into the commands ({@code @Mixin}). Every
 * coder it names passes the project's coder-name rule when the command opens the project
 * ({@link ProjectCommand}).
 */
final class CoderOption {
    private CoderOption() {
    }

    /** Who works: the command reads or changes this coder's codings, memos and undo history. */
    static final class Required {
        @Option(names = "--coder", required = true, paramLabel = "NAME", description = "The coder: codings/NAME.yaml, memos/NAME.yaml and their undo history.")
        String name;
    }

    /** Who works, else the default coder (the one rule in LastCoder.orDefault). */
    static final class OrDefault {
        @Option(names = "--coder", paramLabel = "NAME",
                description = "Whose undo history records the change (default: the last coder to open the workbench on this machine, else your login name).")
        String name;
    }

    /** Counts one coder instead of the project's final coding. */
    static final class Counted {
        @Option(names = "--coder", paramLabel = "NAME", description = "One coder's documents (default: the final coding, see counts).")
        String name;
    }

    /** Narrows what the command looks at to one coder's work (optional). */
    static final class Only {
        @Option(names = "--coder", paramLabel = "NAME", description = "Only this coder's work: their memos, or the codings code: filters look at.")
        String name;
    }

    /** Who codes one coding (not with a batch file, whose rows name their coders). */
    static final class Codes {
        @Option(names = "--coder", paramLabel = "NAME", description = "Who codes (a codings/CODER.yaml file).")
        String name;
    }
}
