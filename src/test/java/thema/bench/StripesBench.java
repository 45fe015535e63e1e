package thema.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import thema.project.Codebook;
import thema.project.Coding;
import thema.project.Document;
import thema.project.Project;
import thema.tui.Stripes;
import thema.tui.TranscriptLayout;

/**
 * {@code scripts/bench StripesBench}: laying out 500 codings as stripes over a 20,000-word
 * transcript (names beside in 22 columns, and below), as the transcript screen does when its
 * text, window or codings change.
 */
public final class StripesBench {
    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("thema-stripes-bench").resolve("long");
        Bench.codedProject(dir, 1, 20_000, 500, "anna");
        Project p = Project.open(dir);
        Document d = p.documents().iterator().next();
        List<Coding> codings = p.coder("anna").codings();
        List<TranscriptLayout.Line> lines = TranscriptLayout.of(d, 90);
        System.out.println(lines.size() + " lines, " + codings.size() + " codings");
        for (int labelWidth : new int[] {22, 0}) {
            long[] t = Bench.time(50, 500, () -> Stripes.layout(lines, codings, c -> Codebook.nameOf(c.code()), labelWidth, 90, 4));
            System.out.println("stripes, names " + (labelWidth > 0 ? "beside" : "below") + ": " + Bench.summary(t));
        }
    }
}
