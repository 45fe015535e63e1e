package thema.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** RFC 4180 CSV output (UTF-8, quoted where needed) through jackson-dataformat-csv. */
final class Csv {
    private static final CsvMapper MAPPER = new CsvMapper();

    private Csv() {
    }

    static void write(PrintWriter out, List<String> columns, List<Map<String, Object>> rows) {
        write(out, columns, rows, ',');
    }

    /** With another separator: a tab gives TSV. */
    static void write(PrintWriter out, List<String> columns, List<Map<String, Object>> rows, char separator) {
        CsvSchema.Builder b = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n").setColumnSeparator(separator);
        for (String c : columns) b.addColumn(c);
        try {
            out.print(MAPPER.writer(b.build()).writeValueAsString(rows));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
