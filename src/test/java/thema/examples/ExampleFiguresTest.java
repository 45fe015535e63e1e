package thema.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static thema.cli.CliRun.thema;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import thema.cli.CliRun;
import thema.project.TestProjects;

/**
 * Nothing silently changes a number: each coder's counts (overall, by attribute, within the exclusive
 * group), co-occurrence and the agreement of the example projects are the figures recorded in
 * src/test/resources/example-figures/ from the release before the counted coding (issue 15). Only the
 * new {@code counted} column is left out of the comparison.
 */
class ExampleFiguresTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"care-study", "zorg-studie"})
    void figuresOfOneCoderAndAgreementAreUnchanged(String example) throws Exception {
        TestProjects.copyExample(example, dir);
        List<String> recorded = Files.readAllLines(Path.of("src/test/resources/example-figures", example + ".txt"));
        List<String> now = new ArrayList<>();
        for (String line : recorded) {
            if (!line.startsWith("## ")) continue;
            List<String> args = new ArrayList<>(List.of(line.substring(3).split(" ")));
            args.add(1, dir.toString());
            args.addAll(List.of("--format", "csv"));
            CliRun r = thema(args.toArray());
            assertEquals(0, r.rc(), line + ": " + r.err());
            now.add(line);
            for (String out : r.out().split("\r\n")) now.add(out.replaceFirst(",counted$", "").replaceFirst(",\"?counted: .*$", ""));
        }
        assertEquals(String.join("\n", recorded), String.join("\n", now));
    }
}
