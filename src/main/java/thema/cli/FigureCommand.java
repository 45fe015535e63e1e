package thema.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import thema.analysis.CodeTable;
import thema.analysis.CountedCoding;
import thema.analysis.CountingUnits;
import thema.analysis.ThematicMap;
import thema.coding.Themes;
import thema.project.AtomicFiles;
import thema.project.Project;
import thema.project.ThemaException;
import thema.writeup.Figures;

@Command(name = "figure", mixinStandardHelpOptions = true,
        description = {"Write a figure for a paper as a standalone SVG file, readable in greyscale:",
                "saturation (the curve of distinct codes with the base, the runs and the point marked) or",
                "bars (code frequencies by the groups of --by, k of n per group, the codes in their colours) or",
                "map (the thematic map of themes.yaml: each theme joined to its codes, with k of n)."})
final class FigureCommand extends ProjectCommand {
    enum Kind { saturation, bars, map }

    @Parameters(index = "1", paramLabel = "KIND", description = "saturation, bars or map.")
    Kind kind;

    @Parameters(index = "2", paramLabel = "OUT.svg", description = "The file to write (its folder must exist).")
    Path out;

    @Option(names = "--by", paramLabel = "ATTRIBUTE", description = "bars: the groups (repeat for a cross).")
    List<String> by = new ArrayList<>();

    @Mixin
    PerOption per;

    @Mixin
    SaturationOptions check;

    @Mixin
    CoderOption.Counted coder;

    @Override
    public Integer call() {
        if (kind == Kind.bars && by.isEmpty()) throw usage("bars compares groups: give them with --by ATTRIBUTE");
        OutputFile.checked(out);
        Project p = project();
        CountedCoding counted = CountedCoding.choose(p, coder.name);
        String svg;
        if (kind == Kind.saturation) {
            svg = Figures.saturation(check.of(p, counted), p.name() + ": distinct codes by interview");
        } else if (kind == Kind.map) {
            Themes themes = Themes.load(p);
            if (themes.themes.isEmpty()) throw new ThemaException(p.dir().resolve(Themes.FILE) + ": no themes yet (see README, 'Writing up', for the file's shape)");
            List<ThematicMap.ThemeRow> rows = ThematicMap.of(p, themes, counted, CountingUnits.of(per.value, p, counted, List.of()));
            svg = Figures.thematicMap(rows, per.value.plural(), p.name() + ": thematic map", code -> p.codebook().get(code).color);
        } else {
            CountingUnits units = CountingUnits.of(per.value, p, counted, by);
            CodeTable t = CodeTable.of(p, counted, units);
            svg = Figures.groupedBars(t, p.name() + ": " + per.value.plural() + " with each code, by " + String.join(" × ", by), code -> p.codebook().get(code).color);
        }
        AtomicFiles.write(out, svg.getBytes(StandardCharsets.UTF_8));
        out().println("Wrote " + out + " (" + kind + ")");
        out().println(counted.describe());
        return 0;
    }
}
