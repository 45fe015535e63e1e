package thema.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** codings/&lt;coder&gt;.yaml: one coder's codings and the documents they marked done. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"coder", "done", "codings"})
public record CoderFile(String coder, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> done, List<Coding> codings) {
    public CoderFile {
        done = done == null ? List.of() : List.copyOf(new TreeSet<>(done));
        List<Coding> sorted = new ArrayList<>(codings == null ? List.of() : codings);
        sorted.sort(Coding.ORDER);
        codings = List.copyOf(sorted);
    }

    public static CoderFile empty(String coder) {
        return new CoderFile(coder, List.of(), List.of());
    }

    public boolean isDone(String doc) {
        return done.contains(doc);
    }

    public CoderFile withCodings(List<Coding> c) {
        return new CoderFile(coder, done, c);
    }

    /** This file with code {@code from} (and its descendants) renamed or moved to {@code to}; itself when no coding uses it. */
    public CoderFile repath(String from, String to) {
        if (codings.stream().noneMatch(c -> Codebook.isSelfOrDescendant(c.code(), from))) return this;
        List<Coding> out = new ArrayList<>(codings.size());
        for (Coding c : codings) out.add(c.withCode(Codebook.repath(c.code(), from, to)));
        return withCodings(out);
    }

    /** This file without its codings and done mark on document {@code id}; itself when it has none. */
    public CoderFile withoutDocument(String id) {
        if (!isDone(id) && codings.stream().noneMatch(c -> c.doc().equals(id))) return this;
        return new CoderFile(coder, done.stream().filter(d -> !d.equals(id)).toList(), codings.stream().filter(c -> !c.doc().equals(id)).toList());
    }

    public CoderFile withDone(List<String> d) {
        return new CoderFile(coder, d, codings);
    }
}
