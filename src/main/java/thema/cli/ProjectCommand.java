package thema.cli;

import picocli.CommandLine;
import picocli.CommandLine.Parameters;
import thema.project.Project;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** What every command on a project shares: the DIR parameter and the output streams. */
abstract class ProjectCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "The project directory.")
    Path dir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private Project project;

    /** The command's --format, or null for a command without one. */
    final FormatOption output;

    /** A command whose output comes in {@code formats} (the first the default); none: no --format. */
    ProjectCommand(Format... formats) {
        output = formats.length == 0 ? null : new FormatOption(formats);
    }

    Project project() {
        if (project == null) {
            project = Project.open(dir).origin("thema " + spec.name());
            checkCoderOptions(project);
        }
        return project;
    }

    /** Every coder named by --coder, --coders or --compare passes the project's one coder-name rule, reading or writing. */
    private void checkCoderOptions(Project p) {
        for (String name : new String[]{"--coder", "--coders", "--compare"}) {
            CommandLine.Model.OptionSpec o = spec.findOption(name);
            Object v = o == null ? null : o.getValue();
            if (v instanceof String s) p.checkCoder(s.strip());
            if (v instanceof java.util.Collection<?> list) for (Object x : list) p.checkCoder(String.valueOf(x).strip());
        }
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** A usage error: wrong combination of options. Exit status 2, as picocli gives for bad usage. */
    CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
