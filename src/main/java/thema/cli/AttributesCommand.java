package thema.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import thema.project.Attributes;
import thema.project.Document;
import thema.project.Project;
import thema.project.ThemaException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

@Command(name = "attributes", mixinStandardHelpOptions = true,
        description = {"Set document attributes from a CSV file whose first column is the document id",
                "and whose other columns are attributes (an empty cell removes one). Every row has as many",
                "fields as the header. Without --csv, list them."})
final class AttributesCommand extends ProjectCommand {
    @Option(names = "--csv", paramLabel = "FILE")
    Path csv;

    @Option(names = "--skip-unknown", description = "Skip rows for documents not in the project (one sheet for every participant, transcripts imported in batches).")
    boolean skipUnknown;

    /** The rows to apply, by document, and the ids of the rows skipped with --skip-unknown. */
    record Sheet(Map<String, Map<String, String>> byDoc, List<String> skipped) {
    }

    @Override
    public Integer call() {
        Project p = project();
        if (csv == null) {
            if (skipUnknown) throw usage("--skip-unknown goes with --csv FILE");
            new DocsCommand.Lister(p).attributes(out());
            return 0;
        }
        Sheet sheet = read(p, csv, skipUnknown);
        int n = Attributes.set(p, sheet.byDoc());
        out().println("Set " + n + " attribute values on " + sheet.byDoc().size() + " documents from " + csv);
        if (!sheet.skipped().isEmpty()) {
            List<String> ids = sheet.skipped();
            out().println("Skipped " + ids.size() + (ids.size() == 1 ? " row" : " rows") + " for documents not in the project: "
                    + String.join(", ", ids.subList(0, Math.min(10, ids.size()))) + (ids.size() > 10 ? ", ..." : ""));
        }
        return 0;
    }

    /**
     * Every row checked before anything is set: a row with another number of fields than the header
     * (a short row would erase values, an extra field would be lost) and a row for a document that is
     * not in the project (unless {@code skipUnknown}) are refused, naming the row.
     */
    static Sheet read(Project p, Path file, boolean skipUnknown) {
        CsvSheet sheet = CsvSheet.read(file, 2, "document id, then one column per attribute");
        List<String> header = new ArrayList<>(sheet.header());
        Set<String> names = new HashSet<>();
        for (int i = 1; i < header.size(); i++) {
            try {
                header.set(i, Attributes.checkKey(header.get(i)));
            } catch (ThemaException e) {
                throw new ThemaException(file + ": header: " + e.getMessage());
            }
            if (!names.add(header.get(i))) throw new ThemaException(file + ": header: column '" + header.get(i) + "' appears twice");
        }
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        Map<String, Integer> rowOf = new HashMap<>();
        List<String> skipped = new ArrayList<>();
        for (CsvSheet.Row row : sheet.rows()) {
            String id = row.field(0);
            if (p.findDocument(id).isEmpty()) {
                if (!skipUnknown) {
                    throw new ThemaException(file + ": row " + row.number() + ": document '" + id + "' is not in the project"
                            + " (--skip-unknown skips such rows)");
                }
                skipped.add(id);
                continue;
            }
            Integer earlier = rowOf.putIfAbsent(id, row.number());
            if (earlier != null) throw new ThemaException(file + ": row " + row.number() + ": document '" + id + "' is in row " + earlier + " too");
            Map<String, String> attrs = new LinkedHashMap<>();
            for (int i = 1; i < header.size(); i++) attrs.put(header.get(i), row.fields().get(i));
            out.put(id, attrs);
        }
        return new Sheet(out, skipped);
    }
}
