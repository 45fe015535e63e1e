package thema.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import thema.project.AtomicFiles;
import thema.project.Attributes;
import thema.project.Codebook;
import thema.project.Coding;
import thema.project.Document;
import thema.project.FileStamps;
import thema.project.Parallel;
import thema.project.Project;
import thema.project.ThemaException;
import thema.project.Turn;

/**
 * The Lucene index of a project's turns under {@code .thema/index/}: derived data, brought up to
 * date whenever it is opened. The index commit records what it was built from (schema, analyzer,
 * language, and a stamp per document over its text, attributes and codings), so only documents
 * whose stamp changed are re-indexed, and a missing, damaged or foreign index is rebuilt. It also
 * records one stamp of the document and codings files as the project read them (times, sizes,
 * inodes: {@link FileStamps}): while that is unchanged, the index is up to date without working
 * out any document's stamp.
 */
public final class TurnIndex implements Closeable {
    static final String SCHEMA = "thema-turns-4";
    private static final String IDENTITY = "identity";
    private static final String STAMP = "doc:";
    /** The stamp of the files the index was made from (FileStamps), when they were all settled. */
    private static final String FILES = "files";
    private static final FieldType OFFSETS = offsets();

    private final Project project;
    private final Directory directory;
    private final Analyzer analyzer;
    private final QueryLanguage.QueryAnalyzers queryAnalyzers;
    private final Set<String> attributeNames;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final int reindexed;

    private TurnIndex(Project project, Directory directory, Analyzer analyzer, DirectoryReader reader, int reindexed) {
        this.project = project;
        this.directory = directory;
        this.analyzer = analyzer;
        this.queryAnalyzers = QueryLanguage.QueryAnalyzers.of(project.language());
        this.attributeNames = Collections.unmodifiableSet(Attributes.names(project));
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.reindexed = reindexed;
    }

    private static FieldType offsets() {
        FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    public static Path location(Project p) {
        return p.dir().resolve(Project.DERIVED).resolve("index");
    }

    /** Opens the project's index, first bringing it up to date with the project files. */
    public static TurnIndex open(Project p) {
        Path where = location(p);
        Analyzer analyzer = Analyzers.forLanguage(p.language());
        String identity = SCHEMA + ";analyzer " + Analyzers.VERSION + ";language " + p.language();
        String files = FileStamps.of(p, List.of(Project.DOCUMENTS, Project.CODINGS), ".yaml");
        for (int attempt = 0; ; attempt++) {
            try {
                Files.createDirectories(where);
                Directory dir = FSDirectory.open(where);
                try {
                    int changed = update(p, dir, analyzer, identity, files);
                    return new TurnIndex(p, dir, analyzer, DirectoryReader.open(dir), changed);
                } catch (LockObtainFailedException e) {
                    dir.close();
                    if (attempt > 100) throw new ThemaException(where + ": the search index is being rebuilt by another thema; try again");
                    Thread.sleep(100);
                } catch (IOException | RuntimeException e) {
                    dir.close();
                    if (attempt > 0 || e instanceof ThemaException) throw e;
                    // damaged: it is derived data, so start again from the project files
                    AtomicFiles.deleteTree(where);
                }
            } catch (IOException e) {
                throw new ThemaException(where + ": cannot build the search index (" + e.getMessage() + ")", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ThemaException("interrupted while waiting for the search index");
            }
        }
    }

    /** Re-indexes what changed; returns how many documents were (re)indexed. */
    private static int update(Project p, Directory dir, Analyzer analyzer, String identity, String files) throws IOException {
        Map<String, String> recorded = Map.of();
        // what the last commit records, from its segments file alone (no segment is opened for it)
        if (DirectoryReader.indexExists(dir)) recorded = SegmentInfos.readLatestCommit(dir).getUserData();
        boolean rebuild = !identity.equals(recorded.get(IDENTITY));
        if (!rebuild && files != null && files.equals(recorded.get(FILES))) return 0;
        Map<String, String> stamps = stamps(p);
        List<String> stale = new ArrayList<>();
        for (var e : stamps.entrySet()) {
            if (rebuild || !e.getValue().equals(recorded.get(STAMP + e.getKey()))) stale.add(e.getKey());
        }
        List<String> gone = new ArrayList<>();
        if (!rebuild) {
            for (String k : recorded.keySet()) {
                if (k.startsWith(STAMP) && !stamps.containsKey(k.substring(STAMP.length()))) gone.add(k.substring(STAMP.length()));
            }
        }
        // nothing to re-index: a commit only to record the files' stamp (not while one is too young to count)
        if (!rebuild && stale.isEmpty() && gone.isEmpty() && (files == null || files.equals(recorded.get(FILES)))) return 0;
        IndexWriterConfig cfg = new IndexWriterConfig(analyzer)
                .setOpenMode(rebuild ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
                // no index sort: sorting each segment at flush cost more than a quarter of the build; hits are
                // put in (document, turn) order at search time, where every match is visited to be counted anyway
                .setRAMBufferSizeMB(128);
        try (IndexWriter w = new IndexWriter(dir, cfg)) {
            Map<String, List<Coded>> byDoc = codingsByDocument(p);
            for (String id : gone) w.deleteDocuments(new Term(TurnFields.DOC, id));
            if (!rebuild) for (String id : stale) w.deleteDocuments(new Term(TurnFields.DOC, id));
            // IndexWriter takes documents from several threads at once: analysis is the work, use every core.
            int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), stale.size() / 8));
            List<List<String>> runs = new ArrayList<>();
            for (int k = 0; k < threads; k++) runs.add(stale.subList(stale.size() * k / threads, stale.size() * (k + 1) / threads));
            try {
                Parallel.map(runs, threads, run -> {
                    try {
                        for (String id : run) w.addDocuments(turns(p.document(id), byDoc.getOrDefault(id, List.of())));
                        // each thread writes out its own buffer, so the commit has not all of them to write alone
                        w.flushNextBuffer();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return null;
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            Map<String, String> data = new TreeMap<>();
            data.put(IDENTITY, identity);
            stamps.forEach((id, s) -> data.put(STAMP + id, s));
            if (files != null) data.put(FILES, files);
            w.setLiveCommitData(data.entrySet());
            w.commit();
        }
        return stale.size();
    }

    /** A coding and whose codings file it is in (the consensus file holds codings authored by others). */
    private record Coded(String coder, Coding coding) {
    }

    private static Map<String, List<Coded>> codingsByDocument(Project p) {
        Map<String, List<Coded>> out = new HashMap<>();
        for (String coder : p.coders()) {
            for (Coding c : p.coder(coder).codings()) out.computeIfAbsent(c.doc(), k -> new ArrayList<>()).add(new Coded(coder, c));
        }
        return out;
    }

    /** A stamp per document over everything its index entries are made from. */
    static Map<String, String> stamps(Project p) {
        Map<String, List<Coded>> byDoc = codingsByDocument(p);
        Map<String, String> out = new TreeMap<>();
        for (Document d : p.documents()) {
            StringBuilder b = new StringBuilder(d.meta().sha256).append('\n');
            new TreeMap<>(d.attributes()).forEach((k, v) -> b.append(k).append('=').append(v).append('\n'));
            for (Turn t : d.turns()) b.append(t.start()).append(',').append(t.body()).append(',').append(t.end()).append(',').append(t.speaker()).append('\n');
            List<Coded> cs = new ArrayList<>(byDoc.getOrDefault(d.id(), List.of()));
            cs.sort(Comparator.comparing(Coded::coder).thenComparing(Coded::coding, Coding.ORDER));
            for (Coded c : cs) {
                b.append(c.coder()).append(':').append(c.coding().start()).append('-').append(c.coding().end()).append(' ').append(c.coding().code()).append('\n');
            }
            out.put(d.id(), Document.sha256(b.toString().getBytes(StandardCharsets.UTF_8)));
        }
        return out;
    }

    private static List<org.apache.lucene.document.Document> turns(Document d, List<Coded> codings) {
        List<org.apache.lucene.document.Document> out = new ArrayList<>();
        String text = d.text().string();
        for (Turn t : d.turns()) {
            org.apache.lucene.document.Document ld = new org.apache.lucene.document.Document();
            ld.add(new StringField(TurnFields.DOC, d.id(), Field.Store.NO));
            ld.add(new org.apache.lucene.document.SortedDocValuesField(TurnFields.DOC_ORDER, new org.apache.lucene.util.BytesRef(d.id())));
            ld.add(new org.apache.lucene.document.NumericDocValuesField(TurnFields.TURN_ORDER, t.n()));
            String body = text.substring(d.text().toChar(t.body()), d.text().toChar(t.end()));
            ld.add(new Field(TurnFields.TEXT, body, OFFSETS)); // stems and words as written, one chain (Analyzers)
            if (t.speaker() != null) {
                ld.add(new StringField(TurnFields.SPEAKER, t.speaker().toLowerCase(Locale.ROOT), Field.Store.NO));
                ld.add(new TextField(TurnFields.SPEAKER_WORDS, t.speaker(), Field.Store.NO));
            }
            d.attributes().forEach((k, v) -> ld.add(new StringField(TurnFields.ATTRIBUTE + k, v.toLowerCase(Locale.ROOT), Field.Store.NO)));
            Set<String> codes = new LinkedHashSet<>();
            Set<String> coders = new LinkedHashSet<>();
            Set<String> byCoder = new LinkedHashSet<>();
            for (Coded cc : codings) {
                Coding c = cc.coding();
                if (c.start() >= t.end() || t.start() >= c.end()) continue;
                coders.add(cc.coder());
                for (String path : Codebook.selfAndAncestors(c.code())) {
                    codes.add(path);
                    byCoder.add(TurnFields.CODE_BY + cc.coder() + "\n" + path);
                }
            }
            for (String c : codes) ld.add(new StringField(TurnFields.CODE, c, Field.Store.NO));
            for (String c : coders) ld.add(new StringField(TurnFields.CODER, c.toLowerCase(Locale.ROOT), Field.Store.NO));
            for (String f : byCoder) {
                int nl = f.indexOf('\n');
                ld.add(new StringField(f.substring(0, nl), f.substring(nl + 1), Field.Store.NO));
            }
            out.add(ld);
        }
        return out;
    }

    public IndexSearcher searcher() {
        return searcher;
    }

    public Analyzer analyzer() {
        return analyzer;
    }

    QueryLanguage.QueryAnalyzers queryAnalyzers() {
        return queryAnalyzers;
    }

    /** The documents' attribute names, found once per open rather than in every query. */
    Set<String> attributeNames() {
        return attributeNames;
    }

    public Project project() {
        return project;
    }

    /** How many documents this open had to (re)index: 0 when the index was up to date. */
    public int reindexed() {
        return reindexed;
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            // the index is read-only here; nothing is lost by a failed close
        }
    }
}
