package thema.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One speaker turn of a document. Offsets are code points into the document text, end
 * exclusive: {@code start} is where the turn begins (its speaker label, if any),
 * {@code body} where the spoken text begins after the label, {@code end} where the spoken
 * text ends (trailing white space excluded). {@code speaker} is null for an unlabelled
 * turn. {@code from}/{@code until} are timestamps from subtitle files ("00:01:02.500").
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"n", "speaker", "start", "body", "end", "from", "until"})
public record Turn(int n, String speaker, int start, int body, int end, String from, String until) {
    public Turn {
        if (start < 0 || body < start || end < body) {
            throw new IllegalArgumentException("turn " + n + " has offsets out of order: " + start + "/" + body + "/" + end);
        }
    }

    public Turn(int n, String speaker, int start, int body, int end) {
        this(n, speaker, start, body, end, null, null);
    }
}
