package thema.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import thema.analysis.CountedCoding;
import thema.project.AtomicFiles;
import thema.project.Coding;
import thema.project.Project;
import thema.writeup.HtmlReport;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write one self-contained HTML page (no network, no scripts) with the codebook, counts, bars and co-occurrence heat map.")
final class ReportCommand extends ProjectCommand {
    @Parameters(index = "1", paramLabel = "OUT.html")
    Path out;

    @Mixin
    CoderOption.Counted coder;

    @Override
    public Integer call() {
        OutputFile.checked(out);
        Project p = project();
        String html = HtmlReport.of(p, CountedCoding.choose(p, coder.name), Coding.now());
        AtomicFiles.write(out.toAbsolutePath(), html.getBytes(StandardCharsets.UTF_8));
        out().println("Wrote " + out);
        return 0;
    }
}
