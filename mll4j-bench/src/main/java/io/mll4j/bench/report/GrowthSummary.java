package io.mll4j.bench.report;

import io.mll4j.bench.GrowthRecord;

import java.util.List;

/**
 * The hub-growth curves averaged over tasks: for each random order, the mean accuracy over tasks at each hub size;
 * then mean and standard deviation over the orders (paper B's figure: 30 orders, mean ± sd).
 *
 * @param tasks   tasks averaged
 * @param orders  orders per task
 * @param sizes   hub sizes 1..n
 * @param mllMean MLL mean per size
 * @param mllSd   MLL sd per size
 * @param inbMean INB mean per size
 * @param inbSd   INB sd per size
 */
public record GrowthSummary(List<String> tasks, int orders, double[] sizes, double[] mllMean, double[] mllSd,
                            double[] inbMean, double[] inbSd) {

    /**
     * Averages records that share the number of orders and hub size (those of the first record's shape; records of
     * another shape, e.g. from an older hub, are left out and named in {@link #tasks()} by omission).
     *
     * @return the summary, or {@code null} when there is no record
     */
    public static GrowthSummary of(List<GrowthRecord> records) {
        if (records.isEmpty()) {
            return null;
        }
        int orders = records.getFirst().mll().length;
        int n = records.getFirst().mll()[0].length;
        List<GrowthRecord> same = records.stream()
                .filter(r -> r.mll().length == orders && r.mll()[0].length == n).toList();
        double[][] mll = taskMeans(same, orders, n, true);
        double[][] inb = taskMeans(same, orders, n, false);
        double[] sizes = new double[n];
        for (int s = 0; s < n; s++) {
            sizes[s] = s + 1;
        }
        return new GrowthSummary(same.stream().map(GrowthRecord::task).toList(), orders, sizes, mean(mll), sd(mll),
                mean(inb), sd(inb));
    }

    private static double[][] taskMeans(List<GrowthRecord> records, int orders, int n, boolean mll) {
        double[][] out = new double[orders][n];
        for (GrowthRecord r : records) {
            double[][] v = mll ? r.mll() : r.inb();
            for (int o = 0; o < orders; o++) {
                for (int s = 0; s < n; s++) {
                    out[o][s] += v[o][s] / records.size();
                }
            }
        }
        return out;
    }

    private static double[] mean(double[][] byOrder) {
        double[] m = new double[byOrder[0].length];
        for (double[] row : byOrder) {
            for (int s = 0; s < m.length; s++) {
                m[s] += row[s] / byOrder.length;
            }
        }
        return m;
    }

    private static double[] sd(double[][] byOrder) {
        double[] m = mean(byOrder);
        double[] v = new double[m.length];
        for (double[] row : byOrder) {
            for (int s = 0; s < m.length; s++) {
                v[s] += (row[s] - m[s]) * (row[s] - m[s]);
            }
        }
        for (int s = 0; s < v.length; s++) {
            v[s] = byOrder.length > 1 ? Math.sqrt(v[s] / (byOrder.length - 1)) : 0;
        }
        return v;
    }
}
