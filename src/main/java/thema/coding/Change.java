package thema.coding;

import thema.project.Coding;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One reversible change inside an undo step. {@code op} says which fields are used:
 * add/remove (coding), done/undone (doc), codebook (before/after YAML, and from/to when
 * the change renamed or moved a code, so codings follow it back on undo).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"op", "coding", "doc", "from", "to", "before", "after"})
public record Change(String op, Coding coding, String doc, String from, String to, String before, String after) {
    public static Change add(Coding c) {
        return new Change("add", c, null, null, null, null, null);
    }

    public static Change remove(Coding c) {
        return new Change("remove", c, null, null, null, null, null);
    }

    public static Change done(String doc, boolean done) {
        return new Change(done ? "done" : "undone", null, doc, null, null, null, null);
    }

    public static Change codebook(String before, String after, String from, String to) {
        return new Change("codebook", null, null, from, to, before, after);
    }

    public Change inverse() {
        return switch (op) {
            case "add" -> remove(coding);
            case "remove" -> add(coding);
            case "done" -> done(doc, false);
            case "undone" -> done(doc, true);
            case "codebook" -> codebook(after, before, to, from);
            default -> throw new IllegalStateException("unknown change " + op);
        };
    }
}
