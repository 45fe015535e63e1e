package thema.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** documents/&lt;id&gt;.yaml: where a document came from, its checksum, turns and attributes. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "source", "format", "imported", "sha256", "length", "media", "pages", "attributes", "turns"})
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
    /** The recording of the interview, if one is linked (thema media); null when none. */
    public Media media;
    /**
     * For a paged source (PDF): the code point where each page's text begins, page 1 first, so a
     * quote cites its page; null for other documents.
     */
    public List<Integer> pages;
    /** Left out of the file when there are none: no default-valued noise in what git diffs. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public Map<String, String> attributes = new LinkedHashMap<>();
    public List<Turn> turns = new ArrayList<>();

    /**
     * A recording beside the transcript: {@code path} relative to the project directory (with /),
     * or absolute when it is on another drive; {@code sha256} of its bytes when it was linked.
     */
    public record Media(String path, String sha256) {
    }

    /** The page (1-based) that code point {@code offset} is on; 0 when the document has no pages. */
    public int pageAt(int offset) {
        if (pages == null || pages.isEmpty()) return 0;
        int page = 1;
        for (int i = 0; i < pages.size(); i++) if (pages.get(i) <= offset) page = i + 1;
        return page;
    }

    /** A copy to change (the lists and map are copied too). */
    public DocumentMeta copy() {
        DocumentMeta m = new DocumentMeta();
        m.id = id;
        m.source = source;
        m.format = format;
        m.imported = imported;
        m.sha256 = sha256;
        m.length = length;
        m.media = media;
        m.pages = pages == null ? null : new ArrayList<>(pages);
        m.attributes = new LinkedHashMap<>(attributes);
        m.turns = new ArrayList<>(turns);
        return m;
    }
}
