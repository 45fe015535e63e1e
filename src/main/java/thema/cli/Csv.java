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

    /**
     * Rows written as they come (a million extracts never held at once): the header with the first
     * rows, or alone at {@link Sheet#close} when none came.
     */
    static Sheet sheet(PrintWriter out, List<String> columns) {
        return new Sheet(out, columns);
    }

    static final class Sheet {
        private final PrintWriter out;
        private final List<String> columns;
        private com.fasterxml.jackson.databind.SequenceWriter rows;

        private Sheet(PrintWriter out, List<String> columns) {
            this.out = out;
            this.columns = columns;
        }

        void write(List<Map<String, Object>> more) {
            if (more.isEmpty()) return;
            try {
                if (rows == null) {
                    rows = MAPPER.writer(schema(columns, ',')).without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValues(out);
                }
                rows.writeAll(more);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        /** The last rows out (or the header alone when none came); {@code out} stays open. */
        void close() {
            try {
                if (rows == null) Csv.write(out, columns, List.of());
                else rows.close();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private static CsvSchema schema(List<String> columns, char separator) {
        CsvSchema.Builder b = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n").setColumnSeparator(separator);
        for (String c : columns) b.addColumn(c);
        return b.build();
    }

    /** With another separator: a tab gives TSV. */
    static void write(PrintWriter out, List<String> columns, List<Map<String, Object>> rows, char separator) {
        try {
            out.print(MAPPER.writer(schema(columns, separator)).writeValueAsString(rows));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
