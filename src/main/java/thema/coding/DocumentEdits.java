package thema.coding;

import thema.coding.reliability.Sample;
import thema.project.CoderFile;
import thema.project.Coding;
import thema.project.FileKinds;
import thema.project.Participants;
import thema.project.Project;

import java.util.List;
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
     * Deletes document {@code id}: its transcript and metadata, every coder's codings and done mark
     * on it, its speakers in participants.yaml, the memos on it, and its place in the reliability
     * sample and the consensus decisions. One atomic step and one undo step of {@code editor}, which
     * brings all of it back exactly.
     */
    public static Deleted delete(Project p, String editor, String id) {
        return p.write(ch -> {
            String doc = p.document(id).id();
            ch.removeFile(FileKinds.DOCUMENTS.relative(doc));
            ch.removeFile(FileKinds.TEXTS.relative(doc));
            Map<String, Integer> codings = new TreeMap<>();
            for (String coder : p.coders()) {
                CoderFile f = p.coder(coder);
                List<Coding> kept = f.codings().stream().filter(c -> !c.doc().equals(doc)).toList();
                if (kept.size() < f.codings().size()) codings.put(coder, f.codings().size() - kept.size());
                if (kept.size() < f.codings().size() || f.isDone(doc)) {
                    ch.coder(f.withCodings(kept).withDone(f.done().stream().filter(d -> !d.equals(doc)).toList()));
                }
            }
            int memos = 0;
            for (String coder : Memos.coders(p)) {
                Memos before = Memos.load(p, coder), after = before.withoutDocument(doc);
                memos += before.memos.size() - after.memos.size();
                if (after != before) ch.put(Memos.KIND, coder, after);
            }
            Participants people = Participants.load(p);
            if (people.speakers().containsKey(doc)) {
                Map<String, Map<String, String>> speakers = new TreeMap<>(people.speakers());
                speakers.remove(doc);
                ch.put(Participants.KIND, new Participants(speakers, people.participants()));
            }
            if (Sample.exists(p)) {
                Sample s = Sample.load(p);
                if (s.without(doc) != s) ch.put(Sample.KIND, s.without(doc));
            }
            Decisions decisions = p.read(Decisions.KIND);
            if (decisions != null && decisions.withoutDocument(doc) != decisions) ch.put(Decisions.KIND, decisions.withoutDocument(doc));
            FileSnapshots.record(p, ch, editor, "delete document " + doc);
            return new Deleted(doc, codings, memos);
        });
    }
}
