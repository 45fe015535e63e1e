package thema.writeup;

import thema.project.Attributes;
import thema.analysis.CodeCounts;
import thema.analysis.CodeTable;
import thema.analysis.CountingUnits;
import thema.analysis.agreement.Agreement;
import thema.analysis.agreement.AgreementOutput;
import thema.analysis.agreement.Bootstrap;
import thema.analysis.agreement.UnitKind;
import thema.coding.reliability.Consensus;
import thema.project.ParticipantMap;
import thema.analysis.Cooccurrence;
import thema.analysis.CountedCoding;
import thema.analysis.ExclusiveSplit;
import thema.analysis.Saturation;
import thema.project.DocumentGroups;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import thema.analysis.ThematicMap;
import thema.coding.Memos;
import thema.coding.Themes;
import thema.project.Code;
import thema.project.Codebook;
import thema.project.Document;
import thema.project.Project;
import thema.project.ThemaException;

/**
 * One self-contained HTML page of a project's counts: the codebook with its definitions, the
 * count table, a "k of n" table with bars per attribute, the splits of each exclusive group and
 * the co-occurrence heat map. Inline CSS only: no script, no font, no link leaves the file.
 */
public final class HtmlReport {
    private final Project p;
    private final CountedCoding counted;
    private final StringBuilder h = new StringBuilder(64 * 1024);

    private HtmlReport(Project p, CountedCoding counted) {
        this.p = p;
        this.counted = counted;
    }

    public static String of(Project p, CountedCoding counted, String generated) {
        return new HtmlReport(p, counted).build(generated);
    }

    private String build(String generated) {
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>")
                .append(esc(p.name())).append(" · thema report</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}\n")
                .append("table{border-collapse:collapse;margin:1em 0}td,th{padding:.25em .6em;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}\n")
                .append("td.n{text-align:right;font-variant-numeric:tabular-nums}.bar{display:inline-block;height:.8em;background:#4a7fb5}\n")
                .append(".sw{display:inline-block;width:.8em;height:.8em;border:1px solid #999;margin-right:.4em}.def{color:#555;font-size:.9em}\n")
                .append("th.rot{writing-mode:vertical-rl;transform:rotate(180deg);font-weight:normal}.heat td.n{min-width:2.2em}\n")
                .append("</style></head><body>\n");
        int docs = p.documents().size();
        h.append("<h1>").append(esc(p.name())).append("</h1>\n<p>").append(docs).append(docs == 1 ? " document" : " documents")
                .append(", ").append(p.codebook().paths().size()).append(" codes. Generated ").append(esc(generated)).append(" by thema.</p>\n");
        h.append("<p class=\"counted\">").append(esc(counted.describe())).append("</p>\n");
        h.append("<p class=\"def\">segments: codings with exactly the code; with sub: with the code or a subcode; documents: k of n counted documents with at least one.</p>\n");
        codebook();
        counts();
        CountingUnits documents = CountingUnits.of(CountingUnits.Per.DOCUMENT, p, counted, List.of());
        CountingUnits participants = CountingUnits.of(CountingUnits.Per.PARTICIPANT, p, counted, List.of()); // resolved once
        for (String attribute : attributes()) byAttribute(documents, attribute);
        for (String attribute : participantAttributes(participants.participants())) byAttribute(participants, attribute);
        for (String group : p.codebook().exclusiveGroups()) split(group);
        heatMap();
        themes();
        saturation();
        agreement();
        h.append("</body></html>\n");
        return h.toString();
    }

    private void codebook() {
        h.append("<h2>Codebook</h2>\n");
        codes(p.codebook().roots());
    }

    private void codes(List<Code> list) {
        if (list.isEmpty()) return;
        h.append("<ul>\n");
        for (Code c : list) {
            h.append("<li>");
            if (Codebook.isColor(c.color)) h.append("<span class=\"sw\" style=\"background:").append(c.color).append("\"></span>");
            h.append("<b>").append(esc(c.name)).append("</b>");
            if (c.exclusive) h.append(" <i>(exclusive: apply one of its children)</i>");
            if (c.description != null) h.append("<div class=\"def\">").append(esc(c.description)).append("</div>");
            if (c.include != null) h.append("<div class=\"def\">Include: ").append(esc(c.include)).append("</div>");
            if (c.exclude != null) h.append("<div class=\"def\">Exclude: ").append(esc(c.exclude)).append("</div>");
            if (c.example != null) h.append("<div class=\"def\">Example: ").append(esc(c.example)).append("</div>");
            String path = pathOf(c);
            for (String coder : Memos.coders(p)) {
                String memo = path == null ? null : Memos.load(p, coder).text(Memos.About.code(path));
                if (memo != null) h.append("<div class=\"def\">Memo (").append(esc(coder)).append("): ").append(esc(memo)).append("</div>");
            }
            codes(c.children);
            h.append("</li>\n");
        }
        h.append("</ul>\n");
    }

    /** The path of a code object of this project's codebook. */
    private String pathOf(Code c) {
        for (String path : p.codebook().paths()) if (p.codebook().get(path) == c) return path;
        return null;
    }

    private void counts() {
        List<CodeCounts.Row> rows = CodeCounts.of(p, counted, DocumentGroups.of(p, List.of()));
        int max = rows.stream().mapToInt(CodeCounts.Row::segmentsTotal).max().orElse(0);
        h.append("<h3>Code counts</h3>\n<table><tr><th>code</th><th>segments</th><th>with sub</th><th>documents</th><th></th></tr>\n");
        for (CodeCounts.Row r : rows) {
            h.append("<tr><td style=\"padding-left:").append(0.6 + 1.2 * r.depth()).append("em\">").append(esc(Codebook.nameOf(r.code())))
                    .append("</td><td class=\"n\">").append(r.segments()).append("</td><td class=\"n\">").append(r.segmentsTotal())
                    .append("</td><td class=\"n\">").append(r.documents()).append(" of ").append(r.documentsInGroup()).append("</td><td>")
                    .append(bar(r.segmentsTotal(), max)).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    /** The wide "k of n" table of an attribute's groups (and all), with the grouped bar chart beside it. */
    private void byAttribute(CountingUnits all, String attribute) {
        CountingUnits.Per per = all.per();
        CountingUnits units = all.regrouped(counted, List.of(attribute));
        CodeTable t = CodeTable.of(p, counted, units);
        h.append("<h3>").append(per == CountingUnits.Per.DOCUMENT ? "Documents" : "Participants").append(" with each code, by ").append(esc(attribute)).append("</h3>\n<table><tr><th>code</th>");
        for (CodeTable.Column c : t.columns()) h.append("<th>").append(esc(t.heading(c))).append("</th>");
        h.append("</tr>\n");
        for (CodeTable.Line l : t.lines()) {
            h.append("<tr><td style=\"padding-left:").append(0.6 + 1.2 * l.depth()).append("em\">").append(esc(CodeTable.name(l))).append("</td>");
            for (CodeTable.Cell c : l.cells()) {
                h.append("<td class=\"n\">").append(esc(CodeTable.text(c, List.of(CodeTable.Measure.K_OF_N, CodeTable.Measure.PERCENT)))).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
        if (per == CountingUnits.Per.PARTICIPANT) h.append("<p class=\"def\">").append(esc(units.describe())).append("</p>\n");
        h.append(Figures.inline(Figures.groupedBars(t, per.plural() + " with each code, by " + attribute, code -> p.codebook().get(code).color)));
    }

    private void split(String group) {
        List<ExclusiveSplit.Cell> cells = ExclusiveSplit.of(p, counted, DocumentGroups.of(p, List.of()), group);
        List<String> columns = ExclusiveSplit.columns(p.codebook(), group);
        h.append("<h3>Segments by ").append(esc(group)).append("</h3>\n<table><tr><th>code</th>");
        for (String c : columns) h.append("<th>").append(esc(Codebook.nameOf(c))).append("</th>");
        h.append("</tr>\n");
        for (int i = 0; i < cells.size(); i += columns.size()) {
            h.append("<tr><td>").append(esc(cells.get(i).code())).append("</td>");
            for (int j = 0; j < columns.size(); j++) h.append("<td class=\"n\">").append(cells.get(i + j).segments()).append("</td>");
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    private void heatMap() {
        List<String> codes = p.codebook().paths();
        List<Cooccurrence.Cell> cells = Cooccurrence.of(p, counted, DocumentGroups.of(p, List.of()), codes);
        Map<String, Integer> value = new java.util.HashMap<>();
        int max = 0;
        for (Cooccurrence.Cell c : cells) {
            value.put(c.code() + "\n" + c.with(), c.segments());
            max = Math.max(max, c.segments());
        }
        h.append("<h3>Co-occurrence</h3>\n<p class=\"def\">Segments of the row's code that overlap a segment of the column's code.</p>\n<table class=\"heat\"><tr><th></th>");
        for (String c : codes) h.append("<th class=\"rot\">").append(esc(p.codebook().shortName(c))).append("</th>");
        h.append("</tr>\n");
        for (String a : codes) {
            h.append("<tr><th>").append(esc(p.codebook().shortName(a))).append("</th>");
            for (String b : codes) {
                Integer v = value.get(a + "\n" + b);
                if (v == null) {
                    h.append("<td></td>");
                    continue;
                }
                double alpha = max == 0 ? 0 : 0.08 + 0.85 * v / max;
                h.append("<td class=\"n\" style=\"background:rgba(74,127,181,").append(String.format(java.util.Locale.ROOT, "%.2f", v == 0 ? 0 : alpha))
                        .append(")\">").append(v).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    private void themes() {
        Themes themes = Themes.load(p);
        if (themes.themes.isEmpty()) return;
        h.append("<h3>Thematic map</h3>\n<table><tr><th>theme / code</th><th>segments</th><th>documents</th></tr>\n");
        List<ThematicMap.ThemeRow> map = ThematicMap.of(p, themes, counted, DocumentGroups.of(p, List.of()));
        for (ThematicMap.ThemeRow r : map) {
            h.append("<tr><td style=\"padding-left:").append(0.6 + 1.2 * r.depth()).append("em\"><b>").append(esc(r.theme().name)).append("</b>");
            if (r.theme().definition != null) h.append("<div class=\"def\">").append(esc(r.theme().definition)).append("</div>");
            h.append("</td><td class=\"n\">").append(r.segments()).append("</td><td class=\"n\">").append(r.documents()).append(" of ").append(r.documentsInGroup()).append("</td></tr>\n");
            for (ThematicMap.CodeRow c : r.codes()) {
                h.append("<tr><td style=\"padding-left:").append(1.8 + 1.2 * r.depth()).append("em\">").append(esc(c.code())).append("</td><td class=\"n\">")
                        .append(c.segmentsTotal()).append("</td><td class=\"n\">").append(c.documents()).append(" of ").append(c.documentsInGroup()).append("</td></tr>\n");
            }
        }
        h.append("</table>\n");
        h.append(Figures.inline(Figures.thematicMap(map, "documents", "Thematic map", code -> p.codebook().get(code).color)));
    }

    /**
     * Guest, Namey &amp; Chen's saturation with the defaults (base 4, runs of 2, 5%) over the counted
     * coding's finished interviews: the curve of distinct codes, with labelled axes.
     */
    private void saturation() {
        Saturation.Result r;
        try {
            r = Saturation.of(p, counted, null, 4, 2, 0.05);
        } catch (ThemaException e) {
            h.append("<h3>Saturation</h3>\n<p class=\"def\">Not computed: ").append(esc(e.getMessage())).append("</p>\n");
            return;
        }
        h.append("<h3>Saturation</h3>\n<p class=\"def\">Distinct codes after each finished interview (import order); base: the first 4 interviews, runs of 2, threshold 5% (Guest, Namey &amp; Chen 2020). ")
                .append(r.reached() ? "Saturation " + r.reported() + ": reached at interview " + r.saturatedAt() + " (" + esc(r.order().get(r.saturatedAt() - 1))
                        + "), confirmed by interviews " + (r.saturatedAt() + 1) + "-" + (r.saturatedAt() + r.run()) + "." : "Not reached.");
        if (!r.leftOut().isEmpty()) {
            h.append(" Left out: ").append(esc(String.join(", ", r.leftOut().stream().map(l -> l.doc() + " (" + l.reason() + ")").toList()))).append(".");
        }
        h.append("</p>\n");
        h.append(Figures.inline(Figures.saturation(r, "Distinct codes by interview")));
    }

    /**
     * Agreement of the coders (by turn, every speaker) with bootstrapped 95% intervals for alpha,
     * seed 1 so the report comes out the same each time; where fewer than two coders finished
     * documents in common, why it is not there.
     */
    private void agreement() {
        List<String> coders = p.coders().stream().filter(c -> !c.equals(Consensus.CODER)).sorted().toList();
        if (coders.size() < 2) return;
        Agreement.Report r;
        try {
            r = Agreement.compute(p, coders, null, UnitKind.TURN);
            r = r.withIntervals(Bootstrap.of(r, Bootstrap.DEFAULT_DRAWS, 1));
        } catch (ThemaException e) {
            h.append("<h3>Agreement</h3>\n<p class=\"def\">Not computed: ").append(esc(e.getMessage())).append("</p>\n");
            return;
        }
        h.append("<h3>Agreement of ").append(esc(String.join(", ", coders))).append("</h3>\n<p class=\"def\">").append(esc(AgreementOutput.summary(r)))
                .append(" Every speaker's turns are compared (thema agree --exclude-speaker leaves the interviewer out). ").append(esc(AgreementOutput.intervalNote(r))).append("</p>\n");
        h.append("<table><tr><th>code</th><th>units</th><th>agreement</th><th>Cohen's kappa</th><th>Krippendorff's alpha</th><th>alpha 95% CI</th></tr>\n");
        List<Agreement.Row> rows = new ArrayList<>();
        rows.add(r.overall());
        rows.addAll(r.rows());
        for (Agreement.Row row : rows) {
            Map<String, Object> m = AgreementOutput.row(r, row, -1, false); // the report flags no alpha
            h.append("<tr><td>").append(esc(row.code())).append("</td><td class=\"n\">").append(m.get("units"))
                    .append("</td><td class=\"n\">").append(esc(AgreementOutput.fmtPercent(m.get("percent_agreement"))))
                    .append("</td><td class=\"n\">").append(esc(AgreementOutput.fmt(m.get("cohen_kappa"))))
                    .append("</td><td class=\"n\">").append(esc(AgreementOutput.fmt(m.get("krippendorff_alpha"))))
                    .append("</td><td class=\"n\">").append(esc(AgreementOutput.fmtInterval(r.intervals().alpha(row)))).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    /** Participant attributes from participants.yaml that group people (roles, not names). */
    private List<String> participantAttributes(ParticipantMap m) {
        List<String> out = new ArrayList<>();
        java.util.Set<String> own = new java.util.TreeSet<>();
        for (ParticipantMap.Person person : m.people()) own.addAll(person.attributes().keySet());
        for (String a : own) {
            long distinct = m.people().stream().map(x -> String.valueOf(x.attributes().get(a))).distinct().count();
            if (distinct <= 12) out.add(a);
        }
        return out;
    }

    /** Attributes that group documents; one with a different value per document (a date, a name) groups nothing. */
    private List<String> attributes() {
        List<String> out = new ArrayList<>();
        for (String a : Attributes.names(p)) {
            long distinct = p.documents().stream().map(d -> d.attributes().getOrDefault(a, "")).distinct().count();
            if (distinct <= 12 && !(distinct == p.documents().size() && distinct > 3)) out.add(a);
        }
        return out;
    }

    private static String bar(int n, int max) {
        if (n <= 0 || max <= 0) return "";
        return "<span class=\"bar\" style=\"width:" + String.format(java.util.Locale.ROOT, "%.1f", 8.0 * n / max) + "em\"></span>";
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
