package thema.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.tartarus.snowball.ext.DutchStemmer;
import thema.importing.Importer;
import thema.project.Codebook;
import thema.project.Document;
import thema.project.Project;
import thema.project.TestTrees;
import thema.project.Turn;
import thema.search.TurnIndex;

/**
 * Index build of a Dutch project beside plain Lucene on the same turns, in the same run:
 * {@code scripts/bench IndexBench [docs] [words] [rounds]} (default 1,000 × 5,000 words, 3 rounds,
 * alternating). Plain Lucene is one IndexWriter with Lucene's standard tokenizer, lower-casing and
 * the Snowball Dutch stemmer, one text field per turn, fed from the same number of threads; thema
 * builds its whole index (stemmed and exact words with offsets, speakers, attributes, codes, doc values)
 * from the project opened just before (its reading is printed, not counted: plain Lucene too is
 * handed the text in memory); the index's up-to-date stamps are counted.
 */
public final class IndexBench {
    private static final String[] NL = ("de het een en van in dat ik we ouders leerkracht leerling school zorg "
            + "ondersteuning gesprek besluit thuis lezen praten gebeld plan hulp kind moeder vader week extra route "
            + "team coördinator logopedist jeugdzorg zij hij zei vroeg begrepen wensen geïnformeerd brief telefoon "
            + "verslag klas huiswerk vooruitgang bezorgd samen afgesproken uitgelegd volgende stap afspraak collega "
            + "directeur leerlingen gesprekken afspraken ouders’ begeleiding begeleiden onderzoeken onderzocht").split(" ");

    public static void main(String[] args) throws Exception {
        int docs = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int words = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path root = Files.createTempDirectory("thema-index-bench");
        Project p = Project.init(root.resolve("p"), "bench", "nl", new Codebook(new ArrayList<>(), "bench"));
        Path in = Files.createDirectories(root.resolve("in"));
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < docs; i++) {
            Path f = in.resolve(String.format("doc%05d.txt", i));
            Files.writeString(f, Bench.transcript(i, words, NL));
            files.add(f);
        }
        Importer.importFiles(p, files, null, java.util.Map.of());
        Project project = Project.open(p.dir());
        List<String> turns = new ArrayList<>();
        for (Document d : project.documents()) {
            String text = d.text().string();
            for (Turn t : d.turns()) turns.add(text.substring(d.text().toChar(t.body()), d.text().toChar(t.end())));
        }
        double million = (double) docs * words / 1e6;
        System.out.printf("%d Dutch documents × %d words (%.1f million words, %d turns), %d threads%n", docs, words,
                million, turns.size(), Runtime.getRuntime().availableProcessors());
        long[] thema = new long[rounds];
        long[] lucene = new long[rounds];
        long[] reading = new long[rounds];
        long[] themaCpu = new long[rounds];
        long[] luceneCpu = new long[rounds];
        for (int r = 0; r < rounds; r++) {
            TestTrees.delete(TurnIndex.location(project));
            // reading the project is not index building: plain Lucene, too, is given the text in memory
            long t00 = System.nanoTime();
            Project fresh = Project.open(p.dir());
            reading[r] = System.nanoTime() - t00;
            long c0 = Bench.processCpuNanos(), t0 = System.nanoTime();
            try (TurnIndex i = TurnIndex.open(fresh)) {
                if (i.reindexed() != docs) throw new IllegalStateException("indexed " + i.reindexed());
            }
            thema[r] = System.nanoTime() - t0;
            themaCpu[r] = Bench.processCpuNanos() - c0;
            Path plain = root.resolve("plain");
            TestTrees.delete(plain);
            long c1 = Bench.processCpuNanos(), t1 = System.nanoTime();
            plainLucene(plain, turns);
            lucene[r] = System.nanoTime() - t1;
            luceneCpu[r] = Bench.processCpuNanos() - c1;
        }
        double th = Bench.percentileMs(thema, 50) / 1000, lu = Bench.percentileMs(lucene, 50) / 1000;
        System.out.printf("thema index build: median %.2f s = %.2f million words/s%n", th, million / th);
        System.out.printf("plain Lucene:      median %.2f s = %.2f million words/s%n", lu, million / lu);
        System.out.printf("ratio thema / plain Lucene words/s: %.2f (medians of %d alternating rounds)%n", lu / th, rounds);
        double thc = Bench.percentileMs(themaCpu, 50) / 1000, luc = Bench.percentileMs(luceneCpu, 50) / 1000;
        System.out.printf("CPU (the whole process, all threads): thema median %.2f s, plain Lucene %.2f s: ratio of words per CPU-s %.2f%n", thc, luc, luc / thc);
        System.out.printf("(before each thema build, reading the project: median %.2f s, not counted)%n", Bench.percentileMs(reading, 50) / 1000);
    }

    static void plainLucene(Path where, List<String> turns) throws IOException {
        Analyzer dutch = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream t = new SnowballFilter(new LowerCaseFilter(source), new DutchStemmer());
                return new TokenStreamComponents(source, t);
            }
        };
        try (FSDirectory dir = FSDirectory.open(where);
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(dutch).setRAMBufferSizeMB(128))) {
            turns.parallelStream().forEach(t -> {
                org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
                d.add(new TextField("text", t, Field.Store.NO));
                try {
                    w.addDocument(d);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            w.commit();
        }
    }

    private IndexBench() {
    }
}
