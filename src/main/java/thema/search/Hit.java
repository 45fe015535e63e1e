package thema.search;

import java.util.List;
import java.util.Map;
import thema.project.TableRow;

/**
 * One matched passage: a word, a whole phrase or proximity match, or (for a query of filters
 * only) a whole turn. {@code start}/{@code end} are code points into the document text, end
 * exclusive; {@code before}/{@code match}/{@code after} are the keyword-in-context line.
 */
public record Hit(String doc, int turn, String speaker, int start, int end, String before, String match, String after, float score) implements TableRow {
    public static final List<String> COLUMNS = List.of("doc", "turn", "speaker", "start", "end", "kwic", "match");

    @Override
    public Map<String, Object> toRow() {
        return TableRow.of(COLUMNS, doc, turn, speaker, start, end, kwic("", ""), match);
    }

    public String kwic(String open, String close) {
        return before + open + match + close + after;
    }
}
