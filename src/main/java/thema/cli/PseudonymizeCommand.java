package thema.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import thema.project.Coding;
import thema.project.Project;
import thema.project.ThemaException;
import thema.writeup.Pseudonymizer;

@Command(name = "pseudonymize", mixinStandardHelpOptions = true,
        description = {"Replace names in every transcript (whole words, case as given, longest first) from a CSV of",
                "original,replacement pairs; every coding moves with its words. One atomic step; --dry-run shows each replacement."})
final class PseudonymizeCommand extends ProjectCommand {
    @Option(names = "--map", required = true, paramLabel = "FILE.csv")
    Path map;

    @Option(names = "--dry-run", description = "Show every replacement in context; change nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        Project p = project();
        Map<String, String> pairs = read(map);
        Pseudonymizer.problem(pairs).ifPresent(m -> {
            throw new ThemaException(map + ": " + m);
        });
        Pseudonymizer ps = new Pseudonymizer(pairs);
        if (dryRun) {
            List<Pseudonymizer.Edit> edits = ps.plan(p);
            for (Pseudonymizer.Edit e : edits) {
                String text = p.document(e.doc()).text().string();
                String before = text.substring(Math.max(0, e.start() - 30), e.start()).replaceAll("\\s+", " ");
                String after = text.substring(e.end(), Math.min(text.length(), e.end() + 30)).replaceAll("\\s+", " ");
                out().println(e.doc() + ": …" + before + "[" + e.original() + " → " + e.replacement() + "]" + after + "…");
            }
            Pseudonymizer.Result r = ps.preview(p);
            r.files().forEach((file, n) -> out().println(file + ": " + n + " in free text (memos, notes, definitions)"));
            out().println(edits.size() + " replacements in " + edits.stream().map(Pseudonymizer.Edit::doc).distinct().count() + " documents"
                    + (r.total() > edits.size() ? ", " + (r.total() - edits.size()) + " more in labels, sources, attributes and other files" : "")
                    + " (dry run: nothing changed)");
            return 0;
        }
        Pseudonymizer.Result r = ps.run(p, Coding.now());
        int inFiles = r.files().values().stream().mapToInt(Integer::intValue).sum();
        out().println("Replaced " + (r.total() - inFiles) + " names in " + r.documents().size() + " documents and " + inFiles + " in "
                + r.files().size() + " other files (memos, notes, definitions); codings moved with their words; the search index was dropped."
                + " Recorded in " + Pseudonymizer.RECORD + " (counts only).");
        r.remaining().forEach((file, names) -> err().println("thema: " + file + " still holds " + String.join(", ", names)
                + " outside free text (a document id, code or coder name): rename it by hand"));
        return 0;
    }

    /** original,replacement rows (a header row with those names is skipped); every row checked. */
    static Map<String, String> read(Path file) {
        if (!Files.isRegularFile(file)) throw new ThemaException(file + ": file not found");
        Map<String, String> out = new LinkedHashMap<>();
        CsvMapper m = new CsvMapper();
        m.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> it = m.readerFor(List.class).readValues(file.toFile())) {
            int line = 0;
            while (it.hasNext()) {
                line++;
                List<String> row = it.next();
                if (row.isEmpty() || row.stream().allMatch(String::isBlank)) continue;
                String o = row.get(0).replace("\uFEFF", "").strip();
                if (line == 1 && o.equalsIgnoreCase("original")) continue;
                if (row.size() != 2) throw new ThemaException(file + ": row " + line + ": expected two columns, original,replacement");
                String r = row.get(1).strip();
                if (o.isEmpty()) throw new ThemaException(file + ": row " + line + ": the original name is empty");
                if (out.containsKey(o)) throw new ThemaException(file + ": row " + line + ": '" + o + "' is listed twice");
                out.put(o, r);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ThemaException t) throw t;
            throw new ThemaException(file + ": not a readable CSV file (" + String.valueOf(e.getMessage()).split("\n")[0] + ")");
        }
        if (out.isEmpty()) throw new ThemaException(file + ": no names to replace");
        return out;
    }
}
