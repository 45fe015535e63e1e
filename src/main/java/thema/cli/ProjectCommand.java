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

    Project project() {
        if (project == null) project = Project.open(dir).origin("thema " + spec.name());
        return project;
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
