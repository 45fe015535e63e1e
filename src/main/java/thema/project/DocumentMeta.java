package thema.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** documents/&lt;id&gt;.yaml: where a document came from, its checksum, turns and attributes. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "source", "format", "imported", "sha256", "length", "attributes", "turns"})
public final class DocumentMeta {
    public String id;
    /** The original file name. */
    public String source;
    /** txt, md, docx, vtt, srt, qdpx. */
    public String format;
    /** Import time, ISO 8601 UTC. */
    public String imported;
    /** SHA-256 (hex) of the UTF-8 bytes of documents/&lt;id&gt;.txt. */
    public String sha256;
    /** Length of the text in code points, so codings validate without reading the text. */
    public int length;
    /** Left out of the file when there are none: no default-valued noise in what git diffs. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public Map<String, String> attributes = new LinkedHashMap<>();
    public List<Turn> turns = new ArrayList<>();

    /** A copy to change (the lists and map are copied too). */
    public DocumentMeta copy() {
        DocumentMeta m = new DocumentMeta();
        m.id = id;
        m.source = source;
        m.format = format;
        m.imported = imported;
        m.sha256 = sha256;
        m.length = length;
        m.attributes = new LinkedHashMap<>(attributes);
        m.turns = new ArrayList<>(turns);
        return m;
    }
}
