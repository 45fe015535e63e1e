package thema.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import thema.coding.Codings;
import thema.project.Coding;
import thema.project.Document;
import thema.project.Project;
import thema.project.ThemaException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Command(name = "code", mixinStandardHelpOptions = true,
        description = {"Apply a code to a turn or a span of a document, or many codings from a CSV file.",
                "Offsets are Unicode code points into the document text, end exclusive."})
final class CodeCommand extends ProjectCommand {
    @Mixin
    CoderOption.Codes coder;

    @Option(names = "--code", paramLabel = "PATH", description = "Code path, e.g. 'care decisions/care route'.")
    String code;

    @Option(names = "--doc", paramLabel = "ID", description = "Document id.")
    String doc;

    @ArgGroup(exclusive = false)
    Span span;

    @Option(names = "--memo", paramLabel = "TEXT", description = "A memo on the coding.")
    String memo;

    @Option(names = "--batch", paramLabel = "FILE.csv",
            description = "Many codings in one atomic step; columns coder,code,doc,turn or coder,code,doc,start,end (memo optional).")
    Path batch;

    @Override
    public Integer call() {
        Project p = project();
        if (batch != null) {
            if (coder.name != null || code != null || doc != null || span != null) throw usage("--batch takes no other coding options");
            Map<String, List<Coding>> byCoder = readBatch(p, batch);
            int rows = byCoder.values().stream().mapToInt(List::size).sum();
            int added;
            try {
                added = Codings.addBatch(p, byCoder, "batch " + batch.getFileName());
            } catch (ThemaException e) {
                throw new ThemaException(batch + ": " + e.getMessage());
            }
            out().println("Added " + added + " codings (" + (rows - added) + " already present) from " + batch);
            return 0;
        }
        if (coder.name == null || code == null || doc == null || span == null) {
            throw usage("give --coder, --code, --doc and --turn N or --start N --end M (or --batch FILE.csv)");
        }
        Document d = p.document(doc);
        int[] s = span.resolve(this, d);
        Optional<Coding> added = Codings.code(p, coder.name, d.id(), s[0], s[1], code, memo);
        if (added.isEmpty()) out().println("Already coded: " + code + " on " + d.id() + " [" + s[0] + ", " + s[1] + ")");
        else out().println("Coded " + added.get().code() + " on " + d.id() + " [" + s[0] + ", " + s[1] + ") for " + coder.name);
        return 0;
    }

    /** Reads a batch CSV; every row is checked before anything is written. */
    static Map<String, List<Coding>> readBatch(Project p, Path file) {
        if (!Files.isRegularFile(file)) throw new ThemaException(file + ": file not found");
        CsvMapper m = new CsvMapper();
        m.enable(CsvParser.Feature.TRIM_SPACES);
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        Map<String, List<Coding>> out = new LinkedHashMap<>();
        try (MappingIterator<Map<String, String>> it = m.readerFor(Map.class).with(schema).readValues(csvBytes(file))) {
            int line = 1;
            boolean rows = it.hasNext();
            checkHeader(file, (CsvSchema) it.getParserSchema());
            while (rows && it.hasNext()) {
                line++;
                Map<String, String> r = it.next();
                String where = file + ": row " + line;
                String coder = need(r, "coder", where), code = need(r, "code", where), doc = need(r, "doc", where);
                Document d = p.findDocument(doc).orElseThrow(() -> new ThemaException(where + ": document '" + doc + "' is not in the project"));
                int[] s;
                try {
                    if (r.get("turn") != null && !r.get("turn").isBlank()) {
                        s = Codings.turnSpan(d, Integer.parseInt(r.get("turn").strip()));
                    } else {
                        s = new int[]{Integer.parseInt(need(r, "start", where).strip()), Integer.parseInt(need(r, "end", where).strip())};
                        Codings.checkSpan(d, s[0], s[1]);
                    }
                    p.codebook().resolve(code);
                } catch (NumberFormatException e) {
                    throw new ThemaException(where + ": turn, start and end must be whole numbers");
                } catch (ThemaException e) {
                    throw new ThemaException(where + ": " + e.getMessage());
                }
                out.computeIfAbsent(coder, k -> new ArrayList<>()).add(Codings.draft(coder, d.id(), s[0], s[1], code, r.get("memo")));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ThemaException t) throw t;
            throw new ThemaException(file + ": not a readable CSV file (" + e.getMessage().split("\n")[0] + ")");
        }
        return out;
    }

    /** The file's bytes; a binary file (NUL bytes: a spreadsheet, an image) is not taken for a CSV. */
    private static byte[] csvBytes(Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        for (byte x : b) {
            if (x == 0) throw new ThemaException(file + ": looks like a binary file, not a CSV file (export the sheet as CSV)");
        }
        return b;
    }

    /** The header must name the columns a coding needs, so a file of something else is not read as no rows. */
    private static void checkHeader(Path file, CsvSchema header) {
        java.util.Set<String> names = new java.util.HashSet<>();
        if (header != null) for (CsvSchema.Column c : header) names.add(c.getName());
        boolean span = names.contains("turn") || names.contains("start") && names.contains("end");
        if (!names.containsAll(List.of("coder", "code", "doc")) || !span) {
            throw new ThemaException(file + ": the first line is not a header coder,code,doc,turn or coder,code,doc,start,end"
                    + " (it has " + (names.isEmpty() ? "no columns" : String.join(",", header.getColumnNames())) + ")");
        }
    }

    private static String need(Map<String, String> row, String column, String where) {
        String v = row.get(column);
        if (v == null || v.isBlank()) throw new ThemaException(where + ": column '" + column + "' is missing or empty");
        return v.strip();
    }
}
