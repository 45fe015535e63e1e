package thema.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import thema.project.Attributes;
import thema.project.Document;
import thema.project.Project;
import thema.project.ThemaException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "attributes", mixinStandardHelpOptions = true,
        description = {"Set document attributes from a CSV file whose first column is the document id",
                "and whose other columns are attributes (an empty cell removes one). Without --csv, list them."})
final class AttributesCommand extends ProjectCommand {
    @Option(names = "--csv", paramLabel = "FILE")
    Path csv;

    @Override
    public Integer call() {
        Project p = project();
        if (csv == null) {
            new DocsCommand.Lister(p).attributes(out());
            return 0;
        }
        Map<String, Map<String, String>> byDoc = read(p, csv);
        int n = Attributes.set(p, byDoc);
        out().println("Set " + n + " attribute values on " + byDoc.size() + " documents from " + csv);
        return 0;
    }

    static Map<String, Map<String, String>> read(Project p, Path file) {
        if (!Files.isRegularFile(file)) throw new ThemaException(file + ": file not found");
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        CsvMapper m = new CsvMapper();
        m.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> it = m.readerFor(List.class).readValues(file.toFile())) {
            if (!it.hasNext()) throw new ThemaException(file + ": the file is empty");
            List<String> header = new ArrayList<>(it.next());
            if (!header.isEmpty()) header.set(0, header.get(0).replace("\uFEFF", ""));
            if (header.size() < 2) throw new ThemaException(file + ": expected a header row: document id, then one column per attribute");
            for (int i = 1; i < header.size(); i++) {
                try {
                    Attributes.checkKey(header.get(i));
                } catch (ThemaException e) {
                    throw new ThemaException(file + ": header: " + e.getMessage());
                }
            }
            int line = 1;
            while (it.hasNext()) {
                line++;
                List<String> row = it.next();
                if (row.isEmpty() || row.stream().allMatch(String::isBlank)) continue;
                String id = row.get(0).strip();
                if (p.findDocument(id).isEmpty()) throw new ThemaException(file + ": row " + line + ": document '" + id + "' is not in the project");
                Map<String, String> attrs = out.computeIfAbsent(id, k -> new LinkedHashMap<>());
                for (int i = 1; i < header.size(); i++) attrs.put(header.get(i).strip(), i < row.size() ? row.get(i) : "");
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ThemaException t) throw t;
            throw new ThemaException(file + ": not a readable CSV file (" + String.valueOf(e.getMessage()).split("\n")[0] + ")");
        }
        return out;
    }
}
