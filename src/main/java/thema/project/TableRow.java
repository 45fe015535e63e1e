package thema.project;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A row of a table the shells print: csv, json, md (and the command line's aligned table) all come
 * from {@link #toRow()}, its columns in order, so a core record names its columns once.
 */
public interface TableRow {
    /** The row: column name to value, in column order (a null value is an empty cell, JSON null). */
    Map<String, Object> toRow();

    /** A row of {@code columns} with these values in that order. */
    static Map<String, Object> of(List<String> columns, Object... values) {
        if (values.length != columns.size()) throw new IllegalArgumentException(columns.size() + " columns, " + values.length + " values");
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) row.put(columns.get(i), values[i]);
        return row;
    }
}
