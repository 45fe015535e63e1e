package thema.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import thema.project.ThemaException;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The thema command line: a thin shell over the core, one subcommand per task. */
@Command(name = "thema", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Code interview transcripts from the terminal.")
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Every subcommand by its name, in the order `thema --help` lists them. The names are written
     * here as well as in each @Command (a test holds them equal): reading a class's annotation costs
     * about half a millisecond at start-up, and finding a command by its annotation read up to 44.
     */
    static final Map<String, Class<?>> COMMANDS = byName(
            "init", InitCommand.class,
            "import", ImportCommand.class,
            "media", MediaCommand.class,
            "attributes", AttributesCommand.class,
            "participants", ParticipantsCommand.class,
            "docs", DocsCommand.class,
            "codebook", CodebookCommand.class,
            "code", CodeCommand.class,
            "uncode", UncodeCommand.class,
            "done", DoneCommand.class,
            "undo", UndoCommand.class,
            "redo", RedoCommand.class,
            "add-code", CodeEditCommands.AddCode.class,
            "rename-code", CodeEditCommands.RenameCode.class,
            "move-code", CodeEditCommands.MoveCode.class,
            "merge-code", CodeEditCommands.MergeCode.class,
            "delete-code", CodeEditCommands.DeleteCode.class,
            "delete-document", CodeEditCommands.DeleteDocument.class,
            "counts", CountsCommand.class,
            "table", TableCommand.class,
            "figure", FigureCommand.class,
            "cooccur", CooccurCommand.class,
            "report", ReportCommand.class,
            "search", SearchCommand.class,
            "autocode", AutocodeCommand.class,
            "words", WordsCommand.class,
            "tui", TuiCommand.class,
            "quotes", QuotesCommand.class,
            "key", KeyCommand.class,
            "saturation", SaturationCommand.class,
            "themes", ThemesCommand.class,
            "memo", MemoCommand.class,
            "memos", MemosCommand.class,
            "pseudonymize", PseudonymizeCommand.class,
            "names", NamesCommand.class,
            "check", CheckCommand.class,
            "agree", AgreeCommand.class,
            "compare", CompareCommand.class,
            "consensus", ConsensusCommand.class,
            "debrief", DebriefCommand.class,
            "sample", SampleCommand.class,
            "codings", CodingsCommand.class,
            "export", ExportCommand.class,
            "import-qdpx", ImportQdpxCommand.class);

    private static Map<String, Class<?>> byName(Object... nameThenClass) {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        for (int i = 0; i < nameThenClass.length; i += 2) m.put((String) nameThenClass[i], (Class<?>) nameThenClass[i + 1]);
        return Collections.unmodifiableMap(m);
    }

    /**
     * The command line with the subcommands a run needs: only the one named first, when it is one,
     * else all of them. Picocli builds a command's model by reflection; building 37 of them for one
     * command cost more start-up time than the command itself on a small project.
     */
    static CommandLine commandLine(String[] args) {
        // picocli looks up converters for the java.sql and java.time types by reflection at every
        // start (a tenth of its start-up); no option of thema takes such a value
        if (System.getProperty(CONVERTERS_EXCLUDED) == null) System.setProperty(CONVERTERS_EXCLUDED, "java\\.(sql|time)\\..*");
        CommandLine cl = new CommandLine(new Main());
        Class<?> named = args.length == 0 ? null : COMMANDS.get(args[0]);
        for (Class<?> c : named != null ? List.of(named) : COMMANDS.values()) cl.addSubcommand(c);
        for (CommandLine sub : cl.getSubcommands().values()) {
            if (sub.getCommand() instanceof ProjectCommand pc && pc.output != null) sub.getCommandSpec().addOption(pc.output.spec());
        }
        if (named == null) cl.addSubcommand(new CommandLine.HelpCommand());
        // an enum option (--unit, --format) takes its value in any case, as the core's parsers did
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    /** picocli's documented switch for built-in converters it need not register (regular expressions). */
    private static final String CONVERTERS_EXCLUDED = "picocli.converters.excludes";

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs a command line; what the process would exit with is returned (tests call this). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        if (Overview.asked(args)) {
            out.print(Overview.text());
            out.flush();
            return 0;
        }
        CommandLine cl = commandLine(args);
        // `thema DIR` opens the workbench on a project
        if (args.length >= 1 && !cl.getSubcommands().containsKey(args[0]) && !args[0].startsWith("-")
                && java.nio.file.Files.isDirectory(java.nio.file.Path.of(args[0]))) {
            String[] tui = new String[args.length + 1];
            tui[0] = "tui";
            System.arraycopy(args, 0, tui, 1, args.length);
            args = tui;
            cl = commandLine(args);
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler(Main::usageError);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof ThemaException t) {
                cmd.getErr().println("thema: " + ex.getMessage() + t.remedy().map(Remedies::text).orElse(""));
                return 1;
            }
            throw ex;
        });
        int rc = cl.execute(args);
        out.flush();
        err.flush();
        return rc;
    }

    /**
     * A usage error (unknown option, missing parameter, a wrong combination): one line naming the
     * problem and where the help is, not picocli's whole usage text, which buries the message.
     */
    private static int usageError(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        // one line, whatever picocli's message holds
        String message = plainUsage(ex.getMessage()).strip().replaceAll("\\s*\\R\\s*", " ");
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
            message += " (did you mean " + String.join(" or ", u.getSuggestions()) + "?)";
        }
        cmd.getErr().println("thema: " + message + "; see " + cmd.getCommandSpec().qualifiedName() + " --help");
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static final java.util.regex.Pattern ENUM_VALUE = java.util.regex.Pattern.compile(
            "Invalid value for option '([^']+)': expected one of \\[(.*)\\] \\(case-\\w+\\) but was '(.*)'");

    private static final java.util.regex.Pattern JAVA_TYPE = java.util.regex.Pattern.compile("is not an? ([\\w.$]+)");

    /** picocli's conversion errors name Java types ("'x' is not an int"); say what a value must be. */
    static String plainUsage(String message) {
        if (message == null) return "bad usage";
        java.util.regex.Matcher choice = ENUM_VALUE.matcher(message);
        if (choice.find()) return choice.replaceFirst("$1 '$3' is not one of $2");
        java.util.regex.Matcher m = JAVA_TYPE.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String what = switch (m.group(1)) {
                case "int", "long", "short", "byte", "java.lang.Integer", "java.lang.Long" -> "a whole number (or is too large)";
                case "double", "float", "java.lang.Double", "java.lang.Float" -> "a number";
                case "boolean", "java.lang.Boolean" -> "true or false";
                case "java.nio.file.Path", "java.io.File" -> "a usable file name";
                default -> m.group(1).contains(".") ? "valid here" : "a " + m.group(1);
            };
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement("is not " + what));
        }
        m.appendTail(out);
        return out.toString().replace("option option", "option");
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[]{"thema " + (v == null ? "development build" : v)};
        }
    }
}
