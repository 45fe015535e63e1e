package thema.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code thema} and {@code thema --help}: the list of commands, written from their {@code @Command}
 * annotations without building a picocli model. Picocli's own help of the top command took two
 * thirds of {@code thema --help}'s time; CommandLineTest checks this text byte for byte against
 * what picocli prints from every command's model ({@code thema help}).
 */
final class Overview {
    private static final int WIDTH = 79;

    private Overview() {
    }

    /** Whether these arguments ask for the overview: none, or only -h / --help. */
    static boolean asked(String[] args) {
        return args.length == 0 || args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"));
    }

    static String text() {
        String nl = System.lineSeparator();
        StringBuilder b = new StringBuilder("Usage: thema [-hV] [COMMAND]").append(nl);
        for (String line : Main.class.getAnnotation(Command.class).description()) b.append(line).append(nl);
        // picocli's lines for mixinStandardHelpOptions
        b.append("  -h, --help      Show this help message and exit.").append(nl);
        b.append("  -V, --version   Print version information and exit.").append(nl);
        return b.append("Commands:").append(nl).append(commandList()).toString();
    }

    /** "  name   description", wrapped as picocli wraps its command list. */
    private static String commandList() {
        List<Command> all = new ArrayList<>(Main.COMMANDS.size() + 1);
        for (Class<?> c : Main.COMMANDS.values()) all.add(c.getAnnotation(Command.class));
        all.add(CommandLine.HelpCommand.class.getAnnotation(Command.class));
        int nameWidth = 0;
        for (Command c : all) nameWidth = Math.max(nameWidth, c.name().length());
        nameWidth += 2;
        int indent = 2 + nameWidth;
        String nl = System.lineSeparator();
        StringBuilder b = new StringBuilder();
        for (Command c : all) {
            // as picocli lists a command: its header, else the first line of its description
            String[] first = c.header().length > 0 ? c.header() : c.description();
            String text = (first.length == 0 ? "" : first[0]).replace("%n", " ").replace("%%", "%").strip();
            StringBuilder line = new StringBuilder("  ").append(c.name()).append(" ".repeat(nameWidth - c.name().length()));
            int col = line.length();
            for (String word : text.split(" ")) {
                if (word.isEmpty()) continue;
                // picocli's table: the first line of a description ends a column short of a continuation line
                int limit = line.charAt(0) == ' ' && line.charAt(2) != ' ' ? WIDTH : WIDTH + 1;
                if (col + word.length() + (col > indent ? 1 : 0) > limit && col > indent) {
                    b.append(line).append(nl);
                    line = new StringBuilder(" ".repeat(indent + 2));
                    col = line.length();
                }
                if (col > indent && line.charAt(line.length() - 1) != ' ') {
                    line.append(' ');
                    col++;
                }
                line.append(word);
                col += word.length();
            }
            b.append(line).append(nl);
        }
        return b.toString();
    }
}
