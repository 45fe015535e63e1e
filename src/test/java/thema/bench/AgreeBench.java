package thema.bench;

import thema.analysis.agreement.Agreement;
import thema.analysis.agreement.UnitKind;
import thema.cli.Main;
import thema.coding.Choice;
import thema.coding.reliability.Consensus;
import thema.coding.reliability.Disagreements;
import thema.importing.ParsedTranscript;
import thema.importing.TranscriptParser;
import thema.project.Code;
import thema.project.Codebook;
import thema.project.CoderFile;
import thema.project.Coding;
import thema.project.Document;
import thema.project.DocumentMeta;
import thema.project.Project;
import thema.project.Text;
import thema.project.Turn;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;

/**
 * 'thema agree' on 500 documents coded by two coders with 50 codes and 100,000 codings, at
 * unit turn and unit character. Usage: scripts/bench AgreeBench [documents] [codings] [words] [runs]
 */
public final class AgreeBench {
    public static void main(String[] args) throws Exception {
        int docs = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int codings = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int words = args.length > 2 ? Integer.parseInt(args[2]) : 4000;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 7;
        Path dir = Files.createTempDirectory("thema-agree-bench");
        long t0 = System.nanoTime();
        Project p = build(dir, docs, codings, words);
        System.out.printf("built %d documents, %d codes, %d codings (2 coders) in %.1f s at %s%n", docs, p.codebook().paths().size(),
                p.coder("anna").codings().size() + p.coder("ben").codings().size(), (System.nanoTime() - t0) / 1e9, dir);
        PrintWriter sink = new PrintWriter(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        // the first command in this JVM reads every file cold (and builds the parsed-coder cache)
        long cold = System.nanoTime();
        Main.run(new String[]{"agree", dir.toString(), "--coders", "anna,ben"}, sink, sink);
        System.out.printf("first 'thema agree' in this JVM (cold files, class loading): %.0f ms%n", (System.nanoTime() - cold) / 1e6);
        for (UnitKind unit : List.of(UnitKind.TURN, UnitKind.CHARACTER)) {
            // warm-up, then timed runs of the computation on a loaded project and of the whole command
            Agreement.compute(p, List.of("anna", "ben"), null, unit);
            long[] compute = new long[runs], command = new long[runs];
            Bench.resetPeaks();
            Agreement.Report last = null;
            for (int i = 0; i < runs; i++) {
                long s = System.nanoTime();
                last = Agreement.compute(p, List.of("anna", "ben"), null, unit);
                compute[i] = System.nanoTime() - s;
                s = System.nanoTime();
                java.io.StringWriter err = new java.io.StringWriter();
                int rc = Main.run(new String[]{"agree", dir.toString(), "--coders", "anna,ben", "--unit", unit.label()}, sink, new PrintWriter(err));
                command[i] = System.nanoTime() - s;
                if (rc != 0) throw new IllegalStateException("agree failed: " + err);
            }
            System.out.printf("unit %-9s units (pooled) %,d  compute p50 %.0f ms p90 %.0f ms | 'thema agree' (open project + compute + print) p50 %.0f ms p90 %.0f ms | peak heap %s | pooled alpha %.3f%n",
                    unit.label(), last.overall().units(), Bench.percentileMs(compute, 50), Bench.percentileMs(compute, 90),
                    Bench.percentileMs(command, 50), Bench.percentileMs(command, 90), Bench.mb(Bench.peakHeapBytes()),
                    last.overall().krippendorffAlpha().orElse(Double.NaN));
        }
        consensus(p);
    }

    /** What the compare screen waits on: listing the disagreements, and one decision (seeding all documents the first time). */
    static void consensus(Project p) {
        long s = System.nanoTime();
        var all = Disagreements.of(p, "anna", "ben", null, null);
        System.out.printf("disagreements of anna and ben: %,d turns in %.0f ms%n", all.size(), (System.nanoTime() - s) / 1e6);
        long[] t = new long[5];
        // accept the first coder: both coders' codes together can put two alternatives of the exclusive
        // theme on one turn, which a decision refuses (as the compare screen does)
        for (int i = 0; i < t.length; i++) {
            var d = all.get(i * 97);
            s = System.nanoTime();
            Consensus.decide(p, "anna", "ben", d.doc(), d.turn().n(), Choice.A, null, "bench");
            t[i] = System.nanoTime() - s;
        }
        System.out.printf("consensus decision (saves codings/consensus.yaml and the decisions): first %.0f ms (seeds %d documents), then p50 %.0f ms, max %.0f ms%n",
                t[0] / 1e6, p.documents().size(), Bench.percentileMs(java.util.Arrays.copyOfRange(t, 1, t.length), 50),
                Bench.percentileMs(java.util.Arrays.copyOfRange(t, 1, t.length), 100));
    }

    /** 9 parents with 4 children and one exclusive parent with 4 alternatives: 50 codes. */
    static Codebook codebook() {
        List<Code> roots = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            List<Code> children = new ArrayList<>();
            for (int j = 0; j < 4; j++) children.add(new Code("code " + i + "." + j));
            roots.add(new Code("theme " + i, children).withExclusive(i == 9));
        }
        return new Codebook(roots, "bench");
    }

    public static Project build(Path dir, int docs, int codings, int words) {
        Project p = Project.init(dir, "bench", "en", codebook());
        List<String> paths = p.codebook().paths();
        Random r = new Random(1);
        List<Coding> anna = new ArrayList<>(), ben = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        p.write(ch -> {
            for (int d = 0; d < docs; d++) {
                ParsedTranscript t = TranscriptParser.parsePlain(Bench.transcript(d, words));
                DocumentMeta m = new DocumentMeta();
                m.id = String.format("int%03d", d);
                m.source = m.id + ".txt";
                m.format = "txt";
                m.imported = String.format("2026-01-01T00:%02d:%02dZ", d / 60 % 60, d % 60);
                m.sha256 = Document.sha256(t.text().getBytes(StandardCharsets.UTF_8));
                m.length = new Text(t.text()).length();
                m.attributes = new LinkedHashMap<>();
                m.turns = t.turns();
                ch.document(m, t.text());
                ids.add(m.id);
                // half the codings each; the second coder agrees on about 70% of them, shifting the span a little
                for (int c = 0; c < codings / 2 / docs; c++) {
                    Turn turn = m.turns.get(r.nextInt(m.turns.size()));
                    if (turn.end() - turn.body() < 4) continue;
                    int s = turn.body() + r.nextInt((turn.end() - turn.body()) / 2);
                    int e = Math.min(m.length, s + 20 + r.nextInt(400));
                    String code = Bench.oneAlternativePerDocument(p.codebook(), paths.get(r.nextInt(paths.size())), d);
                    anna.add(new Coding(m.id, s, e, code, "anna", "2026-01-01T00:00:00Z"));
                    int benPick = d + (d % 5 == 0 ? 1 : 0);
                    if (r.nextInt(10) < 7) {
                        int s2 = Math.max(0, Math.min(e - 1, s + r.nextInt(21) - 10)), e2 = Math.min(m.length, Math.max(s2 + 1, e + r.nextInt(21) - 10));
                        ben.add(new Coding(m.id, s2, e2, Bench.oneAlternativePerDocument(p.codebook(), code, benPick), "ben", "2026-01-01T00:00:00Z"));
                    } else {
                        ben.add(new Coding(m.id, s, e, Bench.oneAlternativePerDocument(p.codebook(), paths.get(r.nextInt(paths.size())), benPick), "ben", "2026-01-01T00:00:00Z"));
                    }
                }
            }
            return null;
        });
        p.write(ch -> {
            ch.coder(new CoderFile("anna", ids, anna));
            ch.coder(new CoderFile("ben", ids, ben));
            return null;
        });
        return p;
    }
}
