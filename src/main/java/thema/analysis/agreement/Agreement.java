package thema.analysis.agreement;

import thema.coding.ExclusiveGroups;
import thema.project.Codebook;
import thema.project.CoderFile;
import thema.project.Coding;
import thema.project.Document;
import thema.project.Project;
import thema.project.ThemaException;
import thema.project.Turn;
import thema.search.SpeakerNames;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Inter-coder agreement over a project. A document is compared when at least two of the
 * coders marked it done; a coder who has not marked it done has missing values for its
 * units. For each code, a coder's value for a unit is 1 when one of their segments of the
 * code or a descendant overlaps it, else 0; for an exclusive parent the value is the child
 * they applied ("none", or several children joined by '+'). Definitions: docs/reliability.md.
 */
public final class Agreement {
    public static final List<String> BINARY = List.of("not coded", "coded");
    public static final String NONE = "none";

    /**
     * One row of the report: a code (values coded / not coded) or an exclusive group (its children).
     * {@code unitCells} gives, per compared unit in order, the index of its cell in {@code data}
     * (what the bootstrap resamples); null for character units, which are kept as weighted runs.
     */
    public record Row(String code, boolean exclusive, List<String> categories, ReliabilityData data, int[] unitCells) {
        public long units() {
            return data.pairableUnits();
        }

        public long completeUnits() {
            return data.completeUnits();
        }

        public OptionalDouble percentAgreement() {
            return data.percentAgreement();
        }

        public OptionalDouble codedAgreement() {
            return data.codedAgreement();
        }

        public OptionalDouble cohenKappa() {
            return data.cohenKappa();
        }

        public OptionalDouble fleissKappa() {
            return data.fleissKappa();
        }

        public OptionalDouble krippendorffAlpha() {
            return data.krippendorffAlpha();
        }

        public String label(int value) {
            return value == ReliabilityData.MISSING ? null : categories.get(value);
        }
    }

    /**
     * The whole comparison: per-code rows in codebook order and the line pooled over the codes;
     * which speakers' units were compared and how many units the filter left out; the bootstrap
     * intervals when they were asked for (else null).
     */
    public record Report(List<String> coders, UnitKind unit, List<String> documents, List<Row> rows, Row overall,
                         SpeakerFilter speakers, long leftOut, Bootstrap.Intervals intervals) {
        public Report withIntervals(Bootstrap.Intervals i) {
            return new Report(coders, unit, documents, rows, overall, speakers, leftOut, i);
        }
    }

    private Agreement() {
    }

    /** One compared variable and, per code path of the codebook, the bits that path sets in it. */
    private static final class Variable {
        final String path;
        final boolean exclusive;
        /** Bits a coder's value is made of: 1 for a code, one per child for an exclusive group. */
        final int bits;
        final List<String> labels = new ArrayList<>();
        final Map<Long, Integer> categoryOfMask = new HashMap<>();
        final ReliabilityData data;
        /** Per unit, the index of its cell in {@code data} (turn and sentence units). */
        int[] unitCells = new int[64];
        int units;

        Variable(String path, boolean exclusive, List<String> children, int coders) {
            this.path = path;
            this.exclusive = exclusive;
            this.data = new ReliabilityData(coders);
            this.bits = exclusive ? children.size() : 1;
            if (exclusive && bits > 63) throw new ThemaException("exclusive code '" + path + "' has more than 63 children");
            if (!exclusive) {
                labels.addAll(BINARY);
            } else {
                labels.add(NONE);
                categoryOfMask.put(0L, 0);
                for (int i = 0; i < children.size(); i++) {
                    categoryOfMask.put(1L << i, labels.size());
                    labels.add(Codebook.nameOf(children.get(i)));
                }
            }
        }

        int category(long mask) {
            if (!exclusive) return mask == 0 ? 0 : 1;
            Integer c = categoryOfMask.get(mask);
            if (c != null) return c;
            // unreachable through compute, which refuses a unit with two alternatives of a group
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < 64; i++) if ((mask & (1L << i)) != 0) parts.add(labels.get(i + 1));
            categoryOfMask.put(mask, labels.size());
            labels.add(String.join("+", parts));
            return labels.size() - 1;
        }

        void addUnit(int[] values) {
            if (units == unitCells.length) unitCells = Arrays.copyOf(unitCells, units * 2);
            unitCells[units++] = data.add(values, 1);
        }

        Row row(boolean weighted) {
            return new Row(path, exclusive, List.copyOf(labels), data, weighted ? null : Arrays.copyOf(unitCells, units));
        }
    }

    public static Report compute(Project p, List<String> coders, String code, UnitKind unit) {
        return compute(p, coders, code, unit, SpeakerFilter.ALL);
    }

    /** The comparison over the units of the speakers the filter admits (see {@link SpeakerFilter}). */
    public static Report compute(Project p, List<String> coders, String code, UnitKind unit, SpeakerFilter speakers) {
        checkCoders(p, coders);
        Codebook cb = p.codebook();
        String scope = code == null ? null : cb.resolve(code);
        List<Variable> vars = new ArrayList<>();
        for (String path : cb.paths()) {
            if (scope != null && !Codebook.isSelfOrDescendant(path, scope)) continue;
            boolean exclusive = cb.get(path).exclusive;
            vars.add(new Variable(path, exclusive, exclusive ? cb.childrenOf(path) : List.of(), coders.size()));
        }
        // for every code path: which variables a segment of it counts for, and with which bit
        Map<String, long[][]> contributions = new HashMap<>();
        for (String path : cb.paths()) {
            List<long[]> c = new ArrayList<>();
            for (int v = 0; v < vars.size(); v++) {
                Variable var = vars.get(v);
                if (!var.exclusive) {
                    if (Codebook.isSelfOrDescendant(path, var.path)) c.add(new long[]{v, 1});
                } else {
                    var alt = cb.alternativeIn(var.path, path);
                    if (alt.isPresent()) c.add(new long[]{v, 1L << cb.childrenOf(var.path).indexOf(alt.get())});
                }
            }
            if (!c.isEmpty()) contributions.put(path, c.toArray(long[][]::new));
        }
        List<Map<String, List<Coding>>> byDoc = new ArrayList<>();
        List<CoderFile> files = new ArrayList<>();
        for (String c : coders) {
            files.add(p.coder(c));
            byDoc.add(byDocument(p.coder(c).codings()));
        }
        Set<String> groups = new HashSet<>();
        for (Variable v : vars) if (v.exclusive) groups.add(v.path);
        ExclusiveGroups exclusive = ExclusiveGroups.of(cb);
        Locale locale = p.locale();
        List<String> docs = new ArrayList<>();
        Set<String> speakersSeen = new LinkedHashSet<>();
        long[] leftOut = {0};
        for (Document d : p.documents()) {
            boolean[] done = new boolean[coders.size()];
            int n = 0;
            for (int i = 0; i < coders.size(); i++) if (done[i] = files.get(i).isDone(d.id())) n++;
            if (n < 2) continue;
            docs.add(d.id());
            for (Turn t : d.turns()) if (t.speaker() != null) speakersSeen.add(t.speaker());
            List<List<Coding>> codings = new ArrayList<>();
            for (int i = 0; i < coders.size(); i++) codings.add(done[i] ? byDoc.get(i).getOrDefault(d.id(), List.of()) : List.of());
            for (int i = 0; i < coders.size(); i++) refuseClashes(p, coders.get(i), exclusive.in(codings.get(i)), groups);
            if (unit == UnitKind.CHARACTER) {
                characters(d, done, codings, vars, contributions, Units.spokenBy(d, speakers), leftOut);
            } else {
                List<int[]> all = unit == UnitKind.TURN ? Units.turns(d) : Units.sentences(d, locale);
                List<int[]> kept = Units.ofSpeakers(d, all, speakers);
                leftOut[0] += all.size() - kept.size();
                units(kept, done, codings, vars, contributions, new Place(d, coders, unit));
            }
        }
        checkSpeakers(speakers, speakersSeen, !docs.isEmpty());
        List<Row> rows = new ArrayList<>();
        ReliabilityData pooled = new ReliabilityData(coders.size());
        for (Variable v : vars) {
            rows.add(v.row(unit == UnitKind.CHARACTER));
            if (!v.exclusive) pooled.addAll(v.data);
        }
        return new Report(List.copyOf(coders), unit, docs, rows, new Row("(all codes)", false, BINARY, pooled, null),
                speakers, leftOut[0], null);
    }

    /** A speaker name that matches nobody in the compared documents is a typo, not an empty comparison. */
    private static void checkSpeakers(SpeakerFilter f, Set<String> seen, boolean anyDocument) {
        if (!anyDocument) return;
        List<String> names = new ArrayList<>(f.only());
        names.addAll(f.excluded());
        for (String n : names) {
            if (seen.stream().noneMatch(s -> SpeakerNames.matches(s, n))) {
                throw new ThemaException("speaker '" + n + "' matches no speaker of the compared documents ("
                        + (seen.isEmpty() ? "they have no speaker labels" : String.join(", ", seen)) + ")");
            }
        }
    }

    /** Two alternatives of a compared exclusive group on the same text have no category: named, never counted. */
    private static void refuseClashes(Project p, String coder, List<ExclusiveGroups.Clash> clashes, Set<String> groups) {
        List<ExclusiveGroups.Clash> here = clashes.stream().filter(x -> groups.contains(x.group())).toList();
        if (here.isEmpty()) return;
        throw new ThemaException(p.dir().resolve(Project.CODINGS).resolve(coder + ".yaml") + ": " + here.get(0).describe()
                + (here.size() > 1 ? " (and " + (here.size() - 1) + " more in this document)" : "")
                + "; agreement needs one alternative per place: remove one of each pair (thema check DIR lists them all)");
    }

    /** Where a unit lies, to name a unit that holds two alternatives of an exclusive group. */
    private record Place(Document doc, List<String> coders, UnitKind unit) {
        ThemaException severalAlternatives(int coder, Variable var, int[] span) {
            var turn = doc.turnAt(span[0]);
            return new ThemaException(coders.get(coder) + " applied several alternatives of the exclusive group '" + var.path + "' in one "
                    + unit.name().toLowerCase(Locale.ROOT) + " of '" + doc.id() + "' (" + (turn == null ? "" : "turn " + turn.n() + ", ") + "[" + span[0] + ", " + span[1]
                    + ")), each on its own part: a unit has one value of the group",
                    ThemaException.Remedy.FINER_UNIT);
        }
    }

    static void checkCoders(Project p, List<String> coders) {
        if (coders.size() < 2) throw new ThemaException("agreement needs at least two coders");
        Set<String> seen = new HashSet<>();
        for (String c : coders) {
            if (!seen.add(c)) throw new ThemaException("coder '" + c + "' is listed twice");
            if (!p.hasCoder(c)) {
                throw new ThemaException("coder '" + c + "' has no codings file (" + p.dir().resolve(Project.CODINGS).resolve(c + ".yaml") + ")");
            }
        }
    }

    static Map<String, List<Coding>> byDocument(List<Coding> codings) {
        Map<String, List<Coding>> out = new LinkedHashMap<>();
        for (Coding c : codings) out.computeIfAbsent(c.doc(), k -> new ArrayList<>()).add(c);
        return out;
    }

    /** Turn or sentence units: OR the bits of every segment overlapping each unit. */
    private static void units(List<int[]> units, boolean[] done, List<List<Coding>> codings, List<Variable> vars,
                              Map<String, long[][]> contributions, Place place) {
        int k = done.length, u = units.size();
        long[][][] masks = new long[k][vars.size()][u];
        for (int i = 0; i < k; i++) {
            for (Coding c : codings.get(i)) {
                long[][] contrib = contributions.get(c.code());
                if (contrib == null) continue;
                for (int j = Units.firstEndingAfter(units, c.start()); j < u && units.get(j)[0] < c.end(); j++) {
                    for (long[] vb : contrib) masks[i][(int) vb[0]][j] |= vb[1];
                }
            }
        }
        int[] values = new int[k];
        for (int v = 0; v < vars.size(); v++) {
            Variable var = vars.get(v);
            for (int j = 0; j < u; j++) {
                for (int i = 0; i < k; i++) {
                    if (done[i] && var.exclusive && Long.bitCount(masks[i][v][j]) > 1) throw place.severalAlternatives(i, var, units.get(j));
                    values[i] = done[i] ? var.category(masks[i][v][j]) : ReliabilityData.MISSING;
                }
                var.addUnit(values);
            }
        }
    }

    /**
     * Character units: every character of the document ({@code kept}: of these spans only). The
     * segment boundaries of all coders cut it into runs on which each coder's value is constant;
     * each run is one weighted entry.
     */
    private static void characters(Document d, boolean[] done, List<List<Coding>> codings, List<Variable> vars,
                                   Map<String, long[][]> contributions, List<int[]> kept, long[] leftOut) {
        if (kept != null) {
            long in = 0;
            for (int[] s : kept) in += s[1] - s[0];
            leftOut[0] += d.length() - in;
        }
        int k = done.length;
        // per variable: (coder, start, end, bit) of every segment that counts for it
        List<List<long[]>> segments = new ArrayList<>();
        for (int v = 0; v < vars.size(); v++) segments.add(new ArrayList<>());
        for (int i = 0; i < k; i++) {
            for (Coding c : codings.get(i)) {
                long[][] contrib = contributions.get(c.code());
                if (contrib == null) continue;
                for (long[] vb : contrib) segments.get((int) vb[0]).add(new long[]{i, c.start(), c.end(), vb[1]});
            }
        }
        int[] values = new int[k];
        for (int v = 0; v < vars.size(); v++) {
            Variable var = vars.get(v);
            List<long[]> segs = segments.get(v);
            int[] points = new int[segs.size() * 2 + 2 + (kept == null ? 0 : kept.size() * 2)];
            int n = 0;
            points[n++] = 0;
            points[n++] = d.length();
            for (long[] s : segs) {
                points[n++] = (int) s[1];
                points[n++] = (int) s[2];
            }
            if (kept != null) {
                for (int[] s : kept) {
                    points[n++] = s[0];
                    points[n++] = s[1];
                }
            }
            Arrays.sort(points, 0, n);
            int m = 0;
            for (int i = 0; i < n; i++) if (m == 0 || points[i] != points[m - 1]) points[m++] = points[i];
            // per coder and bit: how many of their segments cover each run (difference array)
            int[][][] cover = new int[k][var.bits][m];
            for (long[] s : segs) {
                int bit = Long.numberOfTrailingZeros(s[3]);
                cover[(int) s[0]][bit][Arrays.binarySearch(points, 0, m, (int) s[1])]++;
                cover[(int) s[0]][bit][Arrays.binarySearch(points, 0, m, (int) s[2])]--;
            }
            int[][] running = new int[k][var.bits];
            int keptAt = 0;
            for (int r = 0; r + 1 < m; r++) {
                for (int i = 0; i < k; i++) {
                    long mask = 0;
                    for (int b = 0; b < running[i].length; b++) {
                        running[i][b] += cover[i][b][r];
                        if (running[i][b] > 0) mask |= 1L << b;
                    }
                    values[i] = done[i] ? var.category(mask) : ReliabilityData.MISSING;
                }
                if (kept != null) {
                    // runs never straddle a kept span's bounds: those are cut points too
                    while (keptAt < kept.size() && kept.get(keptAt)[1] <= points[r]) keptAt++;
                    if (keptAt == kept.size() || kept.get(keptAt)[0] > points[r]) continue;
                }
                var.data.add(values, points[r + 1] - points[r]);
            }
        }
    }
}
