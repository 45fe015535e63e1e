package thema.writeup;

import thema.analysis.agreement.Agreement;
import thema.analysis.agreement.AgreementOutput;
import thema.coding.Choice;
import thema.coding.Decision;
import thema.coding.reliability.Disagreement;
import thema.coding.reliability.Disagreements;
import thema.coding.reliability.Sample;
import thema.project.Coding;
import thema.project.Project;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The debriefing record as Markdown: the agreement of the two coders before consensus,
 * then every disagreement with what each applied, their memos, and the decision and note.
 */
public final class Debrief {
    private Debrief() {
    }

    /**
     * The record for the agreement of two coders as computed (with its speaker filter and, when
     * made, its confidence intervals), followed by the reliability sample's description.
     */
    public static String markdown(Project p, Agreement.Report report, double minAlpha) {
        List<String> coders = report.coders();
        String first = coders.get(0), second = coders.get(1);
        Disagreements all = Disagreements.of(p, first, second, null, null);
        StringBuilder b = new StringBuilder();
        b.append("# Debriefing: ").append(first).append(" and ").append(second).append("\n\n");
        b.append("Project: ").append(p.name()).append(". Written ").append(Coding.now()).append(".\n\n");
        b.append("## Agreement before consensus\n\n");
        b.append(AgreementOutput.markdown(report, minAlpha)).append('\n');
        if (Sample.exists(p)) b.append(Sample.load(p).describe(p, report.documents())).append("\n\n");
        Map<Choice, Integer> tally = new EnumMap<>(Choice.class);
        for (Disagreement d : all.all()) all.decision(d).ifPresent(x -> tally.merge(x.decision(), 1, Integer::sum));
        b.append("## Disagreements\n\n");
        b.append(all.size()).append(" disagreement").append(all.size() == 1 ? "" : "s").append(" on turns; ")
                .append(all.size() - all.undecided()).append(" decided, ").append(all.undecided()).append(" undecided");
        if (!tally.isEmpty()) {
            b.append(" (");
            String sep = "";
            for (var e : tally.entrySet()) {
                b.append(sep).append(label(e.getKey(), coders)).append(": ").append(e.getValue());
                sep = ", ";
            }
            b.append(')');
        }
        b.append(".\n\n");
        String doc = null;
        for (Disagreement d : all.all()) {
            if (!d.doc().equals(doc)) {
                doc = d.doc();
                b.append("### ").append(doc).append("\n\n");
            }
            b.append("**Turn ").append(d.turn().n()).append("**");
            if (d.turn().speaker() != null) b.append(" (").append(d.turn().speaker()).append(')');
            b.append("\n\n> ").append(d.text().replace("\n", "\n> ")).append("\n\n");
            line(b, first, d.first());
            line(b, second, d.second());
            var dec = all.decision(d);
            if (dec.isPresent()) {
                b.append("- decision: ").append(dec.get().describe(coders));
                if (dec.get().note() != null) b.append(" (").append(dec.get().note()).append(')');
                b.append('\n');
            } else {
                b.append("- decision: undecided\n");
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static String label(Choice c, List<String> coders) {
        return new Decision("", 1, c, "…", null, null, null, null).describe(coders).replace(" …", "");
    }

    private static void line(StringBuilder b, String coder, List<Coding> codings) {
        b.append("- ").append(coder).append(": ");
        if (codings.isEmpty()) b.append("(nothing)");
        String sep = "";
        for (String code : Disagreement.codes(codings)) {
            b.append(sep).append(code);
            sep = "; ";
        }
        for (Coding c : codings) if (c.memo() != null) b.append(" — memo on ").append(c.code()).append(": ").append(c.memo());
        b.append('\n');
    }
}
