package thema.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import thema.analysis.agreement.Agreement;
import thema.analysis.agreement.AgreementOutput;
import thema.analysis.agreement.Bootstrap;
import thema.analysis.agreement.UnitKind;
import thema.coding.reliability.Sample;
import thema.project.Json;
import thema.project.ThemaException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Command(name = "agree", mixinStandardHelpOptions = true,
        description = "Inter-coder agreement per code: percent agreement, Cohen's and Fleiss' kappa, Krippendorff's alpha.")
final class AgreeCommand extends ProjectCommand {
    AgreeCommand() {
        super(Format.table, Format.csv, Format.json, Format.md);
    }


    @Option(names = "--coders", required = true, split = ",", paramLabel = "A,B[,C]", description = "The coders to compare.")
    List<String> coders;

    @Option(names = "--code", paramLabel = "PATH", description = "Only this code and its descendants.")
    String code;


    @Option(names = "--min-alpha", defaultValue = "0.667", paramLabel = "A",
            description = "Flag codes whose Krippendorff's alpha is below this (default: ${DEFAULT-VALUE}).")
    double minAlpha;

    @Option(names = "--ci", description = "Add bootstrapped 95%% confidence intervals for Krippendorff's alpha and Cohen's kappa (see --draws, --seed).")
    boolean ci;

    @Mixin
    AgreementOptions options;

    @Override
    public Integer call() {
        if (coders.size() < 2) throw usage("--coders needs at least two coders, e.g. --coders anna,ben");
        if (!ci && options.bootstrapOptionGiven()) throw usage("--draws and --seed are for the confidence intervals: add --ci");
        if (options.drawsProblem() != null) throw usage(options.drawsProblem());
        if (!(minAlpha >= -1 && minAlpha <= 1)) throw usage("--min-alpha must lie between -1 and 1");
        UnitKind kind = options.unit.kind();
        if (ci && kind == UnitKind.CHARACTER) throw usage("--ci: " + Bootstrap.NOT_FOR_CHARACTERS + Remedies.text(ThemaException.Remedy.RESAMPLED_UNIT));
        Agreement.Report computed = Agreement.compute(project(), coders, code, kind, options.speakerFilter());
        Agreement.Report r = ci ? computed.withIntervals(Bootstrap.of(computed, options.draws(), options.seed())) : computed;
        Optional<Sample> sample = Sample.exists(project()) ? Optional.of(Sample.load(project())) : Optional.empty();
        switch (output.get()) {
            case json -> {
                Map<String, Object> doc = AgreementOutput.document(r, minAlpha);
                doc.put("sample", sample.orElse(null));
                out().println(Json.write(doc));
            }
            case md -> {
                out().print(AgreementOutput.markdown(r, minAlpha));
                sample.ifPresent(s -> out().println("\n" + s.describe(project(), r.documents())));
            }
            case csv -> {
                List<Map<String, Object>> rows = new ArrayList<>();
                rows.add(AgreementOutput.row(r, r.overall(), minAlpha, false));
                for (Agreement.Row row : r.rows()) rows.add(AgreementOutput.row(r, row, minAlpha, false));
                Csv.write(out(), AgreementOutput.columns(r), rows);
            }
            default -> {
                table(r);
                sample.ifPresent(s -> out().println(s.describe(project(), r.documents())));
            }
        }
        return 0;
    }

    private void table(Agreement.Report r) {
        boolean pair = r.coders().size() == 2;
        boolean chars = r.unit() == UnitKind.CHARACTER;
        List<String> head = new ArrayList<>(List.of("code", "units", "agree"));
        if (chars) head.add("where coded");
        boolean ci = r.intervals() != null;
        if (pair) head.add("Cohen");
        if (pair && ci) head.add("Cohen 95% CI");
        head.addAll(List.of("Fleiss", "alpha"));
        if (ci) head.add("alpha 95% CI");
        head.addAll(List.of("cells", "flag"));
        TextTable t = new TextTable(head.toArray(String[]::new));
        int[] numeric = new int[head.size() - 3];
        for (int i = 0; i < numeric.length; i++) numeric[i] = i + 1;
        t.alignRight(numeric);
        List<Agreement.Row> rows = new ArrayList<>();
        rows.add(r.overall());
        rows.addAll(r.rows());
        int flagged = 0;
        for (Agreement.Row row : rows) {
            Map<String, Object> m = AgreementOutput.row(r, row, minAlpha, false);
            List<Object> cells = new ArrayList<>(List.of(row.code(), m.get("units"), AgreementOutput.fmtPercent(m.get("percent_agreement"))));
            if (chars) cells.add(AgreementOutput.fmtPercent(m.get("coded_agreement")));
            if (pair) cells.add(AgreementOutput.fmt(m.get("cohen_kappa")));
            if (pair && ci) cells.add(AgreementOutput.fmtInterval(r.intervals().kappa(row)));
            cells.add(AgreementOutput.fmt(m.get("fleiss_kappa")));
            cells.add(AgreementOutput.fmt(m.get("krippendorff_alpha")));
            if (ci) cells.add(AgreementOutput.fmtInterval(r.intervals().alpha(row)));
            cells.add(AgreementOutput.compactCells(row, AgreementOutput.sorted(row.data().cells()), AgreementOutput.SHORT_CELLS));
            String flag = AgreementOutput.flag(row, minAlpha);
            if (!flag.isEmpty() && row != r.overall()) flagged++;
            cells.add(flag);
            t.row(cells.toArray());
        }
        out().println(AgreementOutput.summary(r));
        t.print(out());
        out().println(AgreementOutput.legend(r, minAlpha));
        if (flagged > 0) out().println(flagged + " code" + (flagged == 1 ? "" : "s") + " below the threshold.");
    }
}
