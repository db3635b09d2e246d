package io.mll4j.bench;

import java.util.List;
import java.util.Locale;

/** Minimal hand-written SVG line charts, side by side in one figure (no plotting library needed). */
final class SvgPlot {
    private static final int W = 300;
    private static final int H = 220;
    private static final int LEFT = 52;
    private static final int BOTTOM = 40;
    private static final int TOP = 28;
    private static final int RIGHT = 24;

    /**
     * One panel.
     *
     * @param title  panel title
     * @param xLabel x axis label
     * @param yLabel y axis label
     * @param log    logarithmic x and y axes (for values spanning decades)
     * @param x      x values
     * @param y      y values (positive when {@code log})
     */
    record Panel(String title, String xLabel, String yLabel, boolean log, double[] x, double[] y) {
    }

    private SvgPlot() {
    }

    static String render(List<Panel> panels) {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\" font-size=\"11\">%n", W * panels.size(), H));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n",
                W * panels.size(), H));
        for (int i = 0; i < panels.size(); i++) {
            svg.append(String.format(Locale.ROOT, "<g transform=\"translate(%d,0)\">%n", i * W));
            panel(svg, panels.get(i));
            svg.append("</g>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    private static void panel(StringBuilder svg, Panel p) {
        double xMin = fx(p, min(p.x()));
        double xMax = fx(p, max(p.x()));
        double[] yTicks = p.log() ? decades(min(p.y()), max(p.y())) : linear(max(p.y()));
        double yLow = fy(p, yTicks[0]);
        double yHigh = fy(p, yTicks[yTicks.length - 1]);
        int plotW = W - LEFT - RIGHT;
        int plotH = H - TOP - BOTTOM;
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"16\" text-anchor=\"middle\" font-weight=\"bold\">"
                + "%s</text>%n", W / 2, escape(p.title())));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n",
                LEFT, H - BOTTOM, W - RIGHT, H - BOTTOM));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n",
                LEFT, TOP, LEFT, H - BOTTOM));
        for (double v : yTicks) {
            double y = H - BOTTOM - plotH * (fy(p, v) - yLow) / (yHigh - yLow);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", LEFT, y, W - RIGHT, y, LEFT - 4,
                    y + 4, label(v)));
        }
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < p.x().length; i++) {
            double sx = LEFT + (xMax == xMin ? plotW / 2.0 : plotW * (fx(p, p.x()[i]) - xMin) / (xMax - xMin));
            double sy = H - BOTTOM - plotH * (fy(p, p.y()[i]) - yLow) / (yHigh - yLow);
            path.append(i == 0 ? "M" : "L").append(String.format(Locale.ROOT, "%.1f,%.1f ", sx, sy));
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"#1f77b4\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", sx, sy, sx, H - BOTTOM + 14,
                    label(p.x()[i])));
        }
        svg.append(String.format(Locale.ROOT, "<path d=\"%s\" fill=\"none\" stroke=\"#1f77b4\" stroke-width=\"2\"/>%n",
                path.toString().trim()));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
                LEFT + plotW / 2, H - 6, escape(p.xLabel())));
        svg.append(String.format(Locale.ROOT, "<text x=\"12\" y=\"%d\" text-anchor=\"middle\" "
                + "transform=\"rotate(-90 12 %d)\">%s</text>%n", TOP + plotH / 2, TOP + plotH / 2, escape(p.yLabel())));
    }

    private static double fx(Panel p, double x) {
        return p.log() ? Math.log10(x) : x;
    }

    private static double fy(Panel p, double y) {
        return p.log() ? Math.log10(y) : y;
    }

    /** Powers of ten around [lo, hi]. */
    private static double[] decades(double lo, double hi) {
        int from = (int) Math.floor(Math.log10(Math.max(lo, 1e-9)));
        int to = Math.max(from + 1, (int) Math.ceil(Math.log10(Math.max(hi, 1e-9))));
        double[] ticks = new double[to - from + 1];
        for (int i = 0; i < ticks.length; i++) {
            ticks[i] = Math.pow(10, from + i);
        }
        return ticks;
    }

    /** 0 and four steps up to a round ceiling of {@code hi}. */
    private static double[] linear(double hi) {
        double top = niceCeiling(hi);
        return new double[]{0, top / 4, top / 2, 3 * top / 4, top};
    }

    private static double niceCeiling(double v) {
        if (v <= 0) {
            return 1;
        }
        double step = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[]{1, 2, 2.5, 5, 10}) {
            if (m * step >= v) {
                return m * step;
            }
        }
        return 10 * step;
    }

    private static String label(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%,d", (long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static double min(double[] v) {
        return java.util.Arrays.stream(v).min().orElse(0);
    }

    private static double max(double[] v) {
        return java.util.Arrays.stream(v).max().orElse(1);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
