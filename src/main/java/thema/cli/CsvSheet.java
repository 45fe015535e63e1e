package thema.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import thema.project.ThemaException;

/**
 * A spreadsheet saved as CSV: a header row, then rows with as many fields as the header (a short
 * row would erase values, an extra field would be lost: both are refused, naming the row). Blank
 * rows are skipped; a byte-order mark before the header is dropped. Every failure is one line
 * naming the file.
 */
record CsvSheet(Path file, List<String> header, List<Row> rows) {
    /** A row's fields and its number in the file (the header is row 1). */
    record Row(int number, List<String> fields) {
        String field(int i) {
            return fields.get(i).strip();
        }
    }

    static CsvSheet read(Path file, int minColumns, String expected) {
        if (!Files.isRegularFile(file)) throw new ThemaException(file + ": file not found");
        CsvMapper m = new CsvMapper();
        m.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<Row> rows = new ArrayList<>();
        List<String> header;
        try (MappingIterator<List<String>> it = m.readerFor(List.class).readValues(file.toFile())) {
            if (!it.hasNext()) throw new ThemaException(file + ": the file is empty");
            header = new ArrayList<>(it.next());
            if (!header.isEmpty()) header.set(0, header.get(0).replace("\uFEFF", ""));
            for (int i = 0; i < header.size(); i++) header.set(i, header.get(i).strip());
            if (header.size() < minColumns) throw new ThemaException(file + ": expected a header row: " + expected);
            int number = 1;
            while (it.hasNext()) {
                number++;
                List<String> fields = it.next();
                if (fields.isEmpty() || fields.stream().allMatch(String::isBlank)) continue;
                if (fields.size() != header.size()) {
                    throw new ThemaException(file + ": row " + number + " has " + fields.size() + (fields.size() == 1 ? " field" : " fields")
                            + ", the header has " + header.size() + " (nothing was changed)");
                }
                rows.add(new Row(number, List.copyOf(fields)));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ThemaException t) throw t;
            throw new ThemaException(file + ": not a readable CSV file (" + String.valueOf(e.getMessage()).split("\n")[0] + ")");
        }
        return new CsvSheet(file, List.copyOf(header), List.copyOf(rows));
    }
}
