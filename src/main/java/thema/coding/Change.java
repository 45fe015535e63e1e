package thema.coding;

import thema.project.Coding;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One reversible change inside an undo step. {@code op} says which fields are used:
 * add/remove (coding), done/undone (doc), codebook (before/after YAML, and from/to when
 * the change renamed or moved a code, so codings follow it back on undo), file (a whole file's
 * content before and after, null for absent, by {@code path} relative to the project: a merge or
 * a deletion, whose undo must bring back exactly what was there). Older histories have no
 * {@code path} and no file changes, and read as before.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"op", "coding", "doc", "path", "from", "to", "before", "after"})
public record Change(Op op, Coding coding, String doc, String path, String from, String to, String before, String after) {
    /** What a change does, written in the undo history as its lower-case name. */
    public enum Op {
        @JsonProperty("add") ADD,
        @JsonProperty("remove") REMOVE,
        @JsonProperty("done") DONE,
        @JsonProperty("undone") UNDONE,
        @JsonProperty("codebook") CODEBOOK,
        @JsonProperty("file") FILE
    }

    public static Change add(Coding c) {
        return new Change(Op.ADD, c, null, null, null, null, null, null);
    }

    public static Change remove(Coding c) {
        return new Change(Op.REMOVE, c, null, null, null, null, null, null);
    }

    public static Change done(String doc, boolean done) {
        return new Change(done ? Op.DONE : Op.UNDONE, null, doc, null, null, null, null, null);
    }

    public static Change codebook(String before, String after, String from, String to) {
        return new Change(Op.CODEBOOK, null, null, null, from, to, before, after);
    }

    /** A whole file, {@code before} and {@code after} (null: absent). */
    public static Change file(String path, String before, String after) {
        return new Change(Op.FILE, null, null, path, null, null, before, after);
    }

    public Change inverse() {
        return switch (op) {
            case ADD -> remove(coding);
            case REMOVE -> add(coding);
            case DONE -> done(doc, false);
            case UNDONE -> done(doc, true);
            case CODEBOOK -> codebook(after, before, to, from);
            case FILE -> file(path, after, before);
        };
    }
}
