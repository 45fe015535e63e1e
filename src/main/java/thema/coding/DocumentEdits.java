package thema.coding;

import thema.project.Project;

import java.util.Map;
import java.util.TreeMap;

/** Changes to the project's documents beyond importing them. */
public final class DocumentEdits {
    private DocumentEdits() {
    }

    /** What a deletion took with the document: codings by coder, and memos. */
    public record Deleted(String id, Map<String, Integer> codings, int memos) {
        /** "4 codings of 2 coders". */
        public String counted() {
            return CodebookEdits.counted(codings, "of");
        }
    }

    /**
     * Deletes document {@code id}: its transcript and metadata, and what every file holds on it
     * (every coder's codings and done mark, memos, speakers in participants.yaml, the reliability
     * sample, consensus decisions: {@link Project#stageDocumentRemoval}). One atomic step and one
     * undo step of {@code editor}, which brings all of it back exactly.
     */
    public static Deleted delete(Project p, String editor, String id) {
        return p.write(ch -> {
            String doc = p.document(id).id();
            Map<String, Integer> codings = new TreeMap<>();
            for (String coder : p.coders()) {
                int n = (int) p.coder(coder).codings().stream().filter(c -> c.doc().equals(doc)).count();
                if (n > 0) codings.put(coder, n);
            }
            int memos = 0;
            for (String coder : Memos.coders(p)) memos += (int) Memos.load(p, coder).memos.stream().filter(x -> doc.equals(x.doc)).count();
            p.stageDocumentRemoval(ch, doc);
            FileSnapshots.record(p, ch, editor, "delete document " + doc);
            return new Deleted(doc, codings, memos);
        });
    }
}
