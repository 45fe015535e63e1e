package thema.writeup;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import thema.analysis.CodeTable;
import thema.analysis.Saturation;
import thema.analysis.ThematicMap;
import thema.project.Codebook;

/**
 * Figures for a paper as standalone SVG (also inlined in the report): the saturation curve and
 * code frequencies by group as a grouped bar chart. Each is readable in greyscale: groups differ
 * by lightness and by a hatching pattern, not by hue alone; the saturation curve marks its base,
 * runs and point with shapes and dashes; every bar and point is labelled with its number.
 * Sans-serif text, no script, no font or image loaded from anywhere.
 */
public final class Figures {
    /** Fills for the groups of a bar chart, light to dark: distinct in greyscale, each with its pattern. */
    private static final String[] FILLS = {"#c6dbef", "#6baed6", "#2171b5", "#08306b", "#9e9ac8", "#54278f"};
    private static final String[] PATTERNS = {"", "hatch-right", "dots", "hatch-left", "cross", "hatch-flat"};

    private Figures() {
    }

    /**
     * The saturation curve: distinct codes after each interview (a line with a point per interview),
     * the base as a shaded band, the runs as brackets under the axis with their new codes, the
     * saturation point as a ringed point with its label ("saturation 9+2").
     */
    public static String saturation(Saturation.Result r, String title) {
        int n = r.cumulative().length;
        int max = Math.max(1, r.cumulative()[Math.max(0, n - 1)]);
        int left = 64, top = 56, plotH = 220, step = Math.max(28, Math.min(60, 560 / Math.max(1, n)));
        int width = Math.max(640, left + step * Math.max(1, n) + 40), bottom = top + plotH, height = bottom + 110;
        StringBuilder s = open(width, height, title);
        s.append(text(left, 22, title, 15, "start", "bold"));
        if (n == 0) return s.append(text(left, top + 20, "No finished interview to order.", 12, "start", "")).append("</svg>\n").toString();
        // the base: a shaded band over its interviews
        double bx = left, bw = step * Math.min(n, r.base());
        s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"#eeeeee\"/>", bx, top, bw, plotH));
        s.append(text(bx + bw / 2, bottom - 8, "base: " + r.base() + " interviews, " + r.baseSize() + " codes", 11, "middle", ""));
        // axes, with ticks on y
        s.append(line(left - 6, top, left - 6, bottom, "#000", "")).append(line(left - 6, bottom, width - 20, bottom, "#000", ""));
        int tick = niceStep(max);
        for (int v = 0; v <= max; v += tick) {
            double y = bottom - (double) v * plotH / max;
            s.append(line(left - 10, y, left - 6, y, "#000", "")).append(text(left - 13, y + 4, String.valueOf(v), 11, "end", ""));
        }
        // the curve and its points
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double x = left + step * (i + 0.5), y = bottom - (double) r.cumulative()[i] * plotH / max;
            path.append(i == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
        }
        s.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#08306b\" stroke-width=\"2\"/>");
        for (int i = 0; i < n; i++) {
            double x = left + step * (i + 0.5), y = bottom - (double) r.cumulative()[i] * plotH / max;
            s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"#08306b\"><title>%s: %d distinct codes</title></circle>",
                    x, y, HtmlReport.esc(r.order().get(i)), r.cumulative()[i]));
            s.append(text(x, y - 9, String.valueOf(r.cumulative()[i]), 10, "middle", ""));
            s.append(text(x, bottom + 16, String.valueOf(i + 1), 11, "middle", ""));
        }
        // the runs: a bracket under the axis each, with its new codes
        for (Saturation.Run run : r.runs()) {
            double x1 = left + step * (run.from() - 1) + 4, x2 = left + step * run.to() - 4, y = bottom + 28;
            String dash = r.reached() && run.from() == r.saturatedAt() + 1 ? "" : "4 3";
            s.append(line(x1, y, x2, y, "#000", dash)).append(line(x1, y - 4, x1, y, "#000", "")).append(line(x2, y - 4, x2, y, "#000", ""));
            s.append(text((x1 + x2) / 2, y + 13, "+" + run.newCodes(), 10, "middle", ""));
        }
        if (r.reached()) {
            int i = r.saturatedAt() - 1;
            double x = left + step * (i + 0.5), y = bottom - (double) r.cumulative()[i] * plotH / max;
            s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"9\" fill=\"none\" stroke=\"#000\" stroke-width=\"2\"/>", x, y));
            s.append(text(x + 12, y + 22, "saturation " + r.reported(), 12, "start", "bold"));
        }
        s.append(text(left, height - 28, "interviews in order (shaded: the base); under the axis: each run of " + r.run() + " interviews", 11, "start", ""));
        s.append(text(left, height - 12, "and the new codes it brought (solid: the run that confirms saturation)", 11, "start", ""));
        s.append(String.format(Locale.ROOT, "<text x=\"16\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\" transform=\"rotate(-90 16 %d)\">distinct codes</text>", top + plotH / 2, top + plotH / 2));
        return s.append("</svg>\n").toString();
    }

    /**
     * Code frequencies by group: one horizontal bar per group for each code (codebook order, subcodes
     * indented), its length the share k/n, labelled "k of n"; a legend names the groups.
     */
    public static String groupedBars(CodeTable t, String title, Function<String, String> colourOf) {
        List<CodeTable.Column> groups = t.columns().stream().filter(c -> !c.value().isEmpty()).toList();
        int g = Math.max(1, groups.size()), barH = 12, gap = 10, labelW = 190, plotW = 360, top = 56;
        int rowH = g * barH + gap, width = labelW + plotW + 110;
        int height = top + rowH * t.lines().size() + 48 + 18 * ((g + 2) / 3);
        StringBuilder s = open(width, height, title);
        s.append(defs());
        s.append(text(8, 22, title, 15, "start", "bold"));
        s.append(text(labelW, 42, "share of each group with a segment of the code or a subcode (k of n)", 11, "start", ""));
        int y = top;
        for (CodeTable.Line l : t.lines()) {
            // the code's colour from the codebook as a swatch before its name
            String colour = colourOf.apply(l.code());
            double sy = y + g * barH / 2.0 - 5;
            if (colour != null) s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"9\" height=\"9\" fill=\"%s\" stroke=\"#000\" stroke-width=\"0.5\"/>", 8 + 14 * l.depth(), sy, colour));
            s.append(text(22 + 14 * l.depth(), y + g * barH / 2.0 + 4, Codebook.nameOf(l.code()), 12, "start", l.depth() == 0 ? "bold" : ""));
            for (int i = 0; i < groups.size(); i++) {
                CodeTable.Cell c = l.cells().get(i);
                double w = c.n() == 0 ? 0 : plotW * (double) c.k() / c.n();
                double by = y + i * barH;
                s.append(bar(labelW, by, w, barH - 2, i));
                s.append(text(labelW + w + 4, by + barH - 3, c.k() + " of " + c.n(), 10, "start", ""));
            }
            y += rowH;
        }
        s.append(line(labelW, top - 4, labelW, y - gap + 2, "#000", ""));
        // legend, three groups a line
        int ly = y + 14;
        for (int i = 0; i < groups.size(); i++) {
            int lx = 8 + (i % 3) * ((width - 16) / 3), row = ly + (i / 3) * 18;
            s.append(bar(lx, row - 10, 22, 12, i)).append(text(lx + 28, row, t.heading(groups.get(i)), 11, "start", ""));
        }
        return s.append("</svg>\n").toString();
    }

    /**
     * The thematic map: each theme (sub-themes indented under theirs) as a box with its k of n,
     * joined by lines to its codes on the right, each with its own k of n and its codebook colour
     * as a swatch. Rows are those of {@link ThematicMap} without groups.
     */
    public static String thematicMap(List<ThematicMap.ThemeRow> rows, String units, String title, Function<String, String> colourOf) {
        int rowH = 26, top = 56, themeX = 8, themeW = 250, codeX = 360, codeW = 300;
        int lines = 0;
        for (ThematicMap.ThemeRow r : rows) lines += Math.max(1, r.codes().size());
        int width = codeX + codeW + 20, height = top + lines * rowH + 40;
        StringBuilder s = open(width, height, title);
        s.append(text(8, 22, title, 15, "start", "bold"));
        s.append(text(8, 42, "themes and their codes: " + units + " with a segment (k of n)", 11, "start", ""));
        int y = top;
        for (ThematicMap.ThemeRow r : rows) {
            int span = Math.max(1, r.codes().size());
            double ty = y + (span * rowH) / 2.0 - 10;
            int x = themeX + 16 * r.depth();
            s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"20\" rx=\"4\" fill=\"#deebf7\" stroke=\"#000\" stroke-width=\"1\"/>", x, ty, themeW - 16 * r.depth()));
            s.append(text(x + 6, ty + 14, r.theme().name, 12, "start", "bold"));
            s.append(text(themeX + themeW - 6, ty + 14, r.documents() + " of " + r.documentsInGroup(), 11, "end", ""));
            for (int i = 0; i < r.codes().size(); i++) {
                ThematicMap.CodeRow c = r.codes().get(i);
                double cy = y + i * rowH + 3;
                s.append(line(themeX + themeW, ty + 10, codeX, cy + 10, "#555", ""));
                s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"20\" fill=\"#ffffff\" stroke=\"#000\" stroke-width=\"0.8\"/>", codeX, cy, codeW));
                String colour = colourOf.apply(c.code());
                if (colour != null) s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"9\" height=\"9\" fill=\"%s\" stroke=\"#000\" stroke-width=\"0.5\"/>", codeX + 5, cy + 5.5, colour));
                s.append(text(codeX + 19, cy + 14, c.code(), 11, "start", ""));
                s.append(text(codeX + codeW - 6, cy + 14, c.documents() + " of " + c.documentsInGroup(), 11, "end", ""));
            }
            y += span * rowH;
        }
        return s.append("</svg>\n").toString();
    }

    /** A figure inside an HTML page: the SVG namespace is implied there (and names no address the page loads). */
    public static String inline(String svg) {
        return svg.replaceFirst(" xmlns=\"http://www.w3.org/2000/svg\"", "");
    }

    private static StringBuilder open(int width, int height, String title) {
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" font-family=\"Helvetica, Arial, sans-serif\" role=\"img\">");
        s.append("<title>").append(HtmlReport.esc(title)).append("</title>");
        s.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
        return s;
    }

    /** Hatching and dots over the fills, so groups stay apart in greyscale and in print. */
    private static String defs() {
        return "<defs>"
                + "<pattern id=\"hatch-right\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"><path d=\"M0 6 L6 0\" stroke=\"#000\" stroke-width=\"0.8\"/></pattern>"
                + "<pattern id=\"hatch-left\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"><path d=\"M0 0 L6 6\" stroke=\"#fff\" stroke-width=\"0.8\"/></pattern>"
                + "<pattern id=\"hatch-flat\" width=\"6\" height=\"4\" patternUnits=\"userSpaceOnUse\"><path d=\"M0 2 L6 2\" stroke=\"#fff\" stroke-width=\"0.8\"/></pattern>"
                + "<pattern id=\"dots\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\"><circle cx=\"2.5\" cy=\"2.5\" r=\"1\" fill=\"#fff\"/></pattern>"
                + "<pattern id=\"cross\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"><path d=\"M0 0 L6 6 M0 6 L6 0\" stroke=\"#000\" stroke-width=\"0.6\"/></pattern>"
                + "</defs>";
    }

    private static String bar(double x, double y, double w, double h, int group) {
        String fill = FILLS[group % FILLS.length], pattern = PATTERNS[group % PATTERNS.length];
        String r = String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" stroke=\"#000\" stroke-width=\"0.5\"/>", x, y, w, h, fill);
        if (!pattern.isEmpty()) r += String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"url(#%s)\"/>", x, y, w, h, pattern);
        return r;
    }

    private static String line(double x1, double y1, double x2, double y2, String stroke, String dash) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"%s/>", x1, y1, x2, y2, stroke,
                dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"");
    }

    private static String text(double x, double y, String text, int size, String anchor, String weight) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" text-anchor=\"%s\"%s>%s</text>", x, y, size, anchor,
                weight.isEmpty() ? "" : " font-weight=\"" + weight + "\"", HtmlReport.esc(text));
    }

    /** A tick step of 1, 2 or 5 times a power of ten, for about five ticks up to {@code max}. */
    static int niceStep(int max) {
        int raw = Math.max(1, max / 5);
        int pow = 1;
        while (pow * 10 <= raw) pow *= 10;
        for (int m : new int[]{1, 2, 5, 10}) if (m * pow >= raw) return m * pow;
        return 10 * pow;
    }
}
