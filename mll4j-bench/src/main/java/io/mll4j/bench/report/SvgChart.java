package io.mll4j.bench.report;

import java.util.List;
import java.util.Locale;

/**
 * Small, dependency-free SVG charts (grouped bars, lines with a ±sd band): text files of a few kB that diff well
 * and render on GitHub. Values are fractions in [0, 1] shown as percentages unless a chart says otherwise.
 */
public final class SvgChart {
    static final String[] PALETTE = {"#1f77b4", "#d62728", "#7f7f7f", "#ff7f0e", "#9467bd", "#8c564b", "#2ca02c",
            "#17becf", "#e377c2", "#bcbd22"};
    private static final int LEFT = 56;
    private static final int RIGHT = 16;
    private static final int TOP = 34;
    /** Room on the right for the legend. */
    private static final int LEGEND = 150;

    private SvgChart() {
    }

    /** A named series of values; {@code sd} may be {@code null}; a NaN value is a gap. */
    public record Series(String name, double[] values, double[] sd) {
    }

    /**
     * Grouped bar chart.
     *
     * @param title  chart title
     * @param groups group labels along x
     * @param series one bar per series in each group
     * @param yLabel y-axis label
     * @return SVG text
     */
    public static String bars(String title, List<String> groups, List<Series> series, String yLabel) {
        int width = Math.max(640, 60 + groups.size() * (series.size() * 9 + 14)) + LEGEND;
        int height = 380;
        int bottom = 110;
        double[] range = {0, 1};
        StringBuilder svg = open(width, height, title);
        axes(svg, width, height, bottom, range, yLabel, true);
        double plotW = width - LEFT - RIGHT - LEGEND;
        double groupW = plotW / groups.size();
        double barW = Math.max(2, (groupW - 8) / series.size());
        for (int g = 0; g < groups.size(); g++) {
            double x0 = LEFT + g * groupW + 4;
            for (int s = 0; s < series.size(); s++) {
                double v = series.get(s).values()[g];
                if (Double.isNaN(v)) {
                    continue;
                }
                double y = y(v, range, height, bottom);
                svg.append(String.format(Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s %s: %.1f%%</title></rect>%n",
                        x0 + s * barW, y, barW * 0.9, height - bottom - y, color(s), esc(series.get(s).name()),
                        esc(groups.get(g)), 100 * v));
            }
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"end\" transform=\"rotate(-40 %.1f %d)\">%s</text>%n",
                    x0 + groupW / 2, height - bottom + 14, x0 + groupW / 2, height - bottom + 14, esc(groups.get(g))));
        }
        legend(svg, series, width);
        return svg.append("</svg>\n").toString();
    }

    /**
     * Line chart over numeric x, with a translucent ±sd band where a series has one.
     *
     * @param title   chart title
     * @param xs      x values (shared by every series)
     * @param series  the lines
     * @param xLabel  x-axis label
     * @param yLabel  y-axis label
     * @param percent whether y values are fractions shown as percentages (else raw, axis from 0 to the max)
     * @return SVG text
     */
    public static String lines(String title, double[] xs, List<Series> series, String xLabel, String yLabel,
                               boolean percent) {
        int width = 640;
        int height = 360;
        int bottom = 56;
        double[] range = percent ? yRange(series) : new double[]{0, roundUp(maxOf(series) * 1.05)};
        StringBuilder svg = open(width, height, title);
        axes(svg, width, height, bottom, range, yLabel, percent);
        double xMin = xs[0];
        double xMax = xs[xs.length - 1] == xMin ? xMin + 1 : xs[xs.length - 1];
        double plotW = width - LEFT - RIGHT - LEGEND;
        java.util.function.DoubleUnaryOperator px = x -> LEFT + 10 + (x - xMin) / (xMax - xMin) * (plotW - 20);
        for (double x : xs) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%s</text>%n",
                    px.applyAsDouble(x), height - bottom + 16, trim(x)));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\">%s</text>%n",
                LEFT + plotW / 2, height - 14, esc(xLabel)));
        for (int s = 0; s < series.size(); s++) {
            Series line = series.get(s);
            if (line.sd() != null) {
                StringBuilder band = new StringBuilder();
                for (int i = 0; i < xs.length; i++) {
                    band.append(point(px.applyAsDouble(xs[i]), y(line.values()[i] + line.sd()[i], range, height, bottom)));
                }
                for (int i = xs.length - 1; i >= 0; i--) {
                    band.append(point(px.applyAsDouble(xs[i]), y(line.values()[i] - line.sd()[i], range, height, bottom)));
                }
                svg.append(String.format("<polygon points=\"%s\" fill=\"%s\" fill-opacity=\"0.18\" stroke=\"none\"/>%n",
                        band.toString().strip(), color(s)));
            }
            StringBuilder path = new StringBuilder();
            for (int i = 0; i < xs.length; i++) {
                if (!Double.isNaN(line.values()[i])) {
                    path.append(point(px.applyAsDouble(xs[i]), y(line.values()[i], range, height, bottom)));
                }
            }
            svg.append(String.format("<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n",
                    path.toString().strip(), color(s)));
            for (int i = 0; i < xs.length; i++) {
                if (!Double.isNaN(line.values()[i])) {
                    svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"%s\"/>%n",
                            px.applyAsDouble(xs[i]), y(line.values()[i], range, height, bottom), color(s)));
                }
            }
        }
        legend(svg, series, width);
        return svg.append("</svg>\n").toString();
    }

    private static StringBuilder open(int width, int height, String title) {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                + "font-family=\"sans-serif\">%n", width, height, width, height));
        svg.append(String.format("<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", width, height));
        svg.append(String.format("<text x=\"%d\" y=\"20\" font-size=\"14\" font-weight=\"bold\">%s</text>%n", LEFT, esc(title)));
        return svg;
    }

    private static void axes(StringBuilder svg, int width, int height, int bottom, double[] range, String yLabel,
                             boolean percent) {
        int ticks = 5;
        for (int t = 0; t <= ticks; t++) {
            double v = range[0] + (range[1] - range[0]) * t / ticks;
            double y = y(v, range, height, bottom);
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                            + "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\">%s</text>%n",
                    LEFT, y, width - RIGHT - LEGEND, y, LEFT - 4, y + 4, percent ? String.format(Locale.ROOT, "%.0f", 100 * v)
                            : trim(v)));
        }
        svg.append(String.format(Locale.ROOT,
                "<text x=\"14\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\" transform=\"rotate(-90 14 %d)\">%s</text>%n",
                (TOP + height - bottom) / 2, (TOP + height - bottom) / 2, esc(yLabel)));
    }

    private static void legend(StringBuilder svg, List<Series> series, int width) {
        for (int s = 0; s < series.size(); s++) {
            int x = width - LEGEND + 4;
            int y = TOP + 6 + s * 16;
            svg.append(String.format("<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>"
                    + "<text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>%n", x, y, color(s), x + 14, y + 9,
                    esc(series.get(s).name())));
        }
    }

    private static double[] yRange(List<Series> series) {
        double lo = 1;
        double hi = 0;
        for (Series s : series) {
            for (int i = 0; i < s.values().length; i++) {
                double v = s.values()[i];
                if (Double.isNaN(v)) {
                    continue;
                }
                double sd = s.sd() == null ? 0 : s.sd()[i];
                lo = Math.min(lo, v - sd);
                hi = Math.max(hi, v + sd);
            }
        }
        lo = Math.max(0, Math.floor(lo * 10 - 0.5) / 10);
        hi = Math.min(1, Math.ceil(hi * 10 + 0.5) / 10);
        return hi > lo ? new double[]{lo, hi} : new double[]{0, 1};
    }

    private static double maxOf(List<Series> series) {
        double max = 0;
        for (Series s : series) {
            for (double v : s.values()) {
                if (!Double.isNaN(v)) {
                    max = Math.max(max, v);
                }
            }
        }
        return max > 0 ? max : 1;
    }

    /** A round axis top: 1, a whole number up to 5, else a multiple of 5 (ticks at fifths stay readable). */
    private static double roundUp(double v) {
        return v <= 1 ? 1 : v <= 5 ? Math.ceil(v) : Math.ceil(v / 5) * 5;
    }

    private static double y(double v, double[] range, int height, int bottom) {
        double clamped = Math.max(range[0], Math.min(range[1], v));
        return height - bottom - (clamped - range[0]) / (range[1] - range[0]) * (height - bottom - TOP);
    }

    private static String point(double x, double y) {
        return String.format(Locale.ROOT, "%.1f,%.1f ", x, y);
    }

    private static String color(int s) {
        return PALETTE[s % PALETTE.length];
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "");
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
