package thema.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import thema.analysis.agreement.Agreement;
import thema.analysis.agreement.AgreementOutput;
import thema.analysis.agreement.UnitKind;
import thema.project.Json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

@Command(name = "agree", mixinStandardHelpOptions = true,
        description = "Inter-coder agreement per code: percent agreement, Cohen's and Fleiss' kappa, Krippendorff's alpha.")
final class AgreeCommand extends ProjectCommand {
    enum Format { table, csv, json, md }

    @Option(names = "--coders", required = true, split = ",", paramLabel = "A,B[,C]", description = "The coders to compare.")
    List<String> coders;

    @Option(names = "--code", paramLabel = "PATH", description = "Only this code and its descendants.")
    String code;

    @Option(names = "--unit", defaultValue = "turn", paramLabel = "turn|sentence|character",
            description = "Unit of analysis (default: ${DEFAULT-VALUE}).")
    String unit;

    @Option(names = "--format", defaultValue = "table", description = "table, csv, json or md (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--min-alpha", defaultValue = "0.667", paramLabel = "A",
            description = "Flag codes whose Krippendorff's alpha is below this (default: ${DEFAULT-VALUE}).")
    double minAlpha;

    @Override
    public Integer call() {
        if (coders.size() < 2) throw usage("--coders needs at least two coders, e.g. --coders anna,ben");
        if (!(minAlpha >= -1 && minAlpha <= 1)) throw usage("--min-alpha must lie between -1 and 1");
        UnitKind kind;
        try {
            kind = UnitKind.parse(unit);
        } catch (RuntimeException e) {
            throw usage(e.getMessage());
        }
        Agreement.Report r = Agreement.compute(project(), coders, code, kind);
        switch (format) {
            case json -> out().println(Json.write(AgreementOutput.document(r, minAlpha)));
            case md -> out().print(AgreementOutput.markdown(r, minAlpha));
            case csv -> {
                List<Map<String, Object>> rows = new ArrayList<>();
                rows.add(AgreementOutput.row(r, r.overall(), minAlpha, false));
                for (Agreement.Row row : r.rows()) rows.add(AgreementOutput.row(r, row, minAlpha, false));
                Csv.write(out(), AgreementOutput.COLUMNS, rows);
            }
            default -> table(r);
        }
        return 0;
    }

    private void table(Agreement.Report r) {
        boolean pair = r.coders().size() == 2;
        boolean chars = r.unit() == UnitKind.CHARACTER;
        List<String> head = new ArrayList<>(List.of("code", "units", "agree"));
        if (chars) head.add("where coded");
        if (pair) head.add("Cohen");
        head.addAll(List.of("Fleiss", "alpha", "cells", "flag"));
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
            cells.add(AgreementOutput.fmt(m.get("fleiss_kappa")));
            cells.add(AgreementOutput.fmt(m.get("krippendorff_alpha")));
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
