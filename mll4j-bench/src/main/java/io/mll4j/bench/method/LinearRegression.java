package io.mll4j.bench.method;

import java.util.Arrays;

/**
 * Least squares with an intercept on standardised features, with a small ridge term so that collinear features (many
 * hub models share a text tower, so their text features coincide) still give a unique fit.
 *
 * @param mean      feature means of the training rows
 * @param scale     feature standard deviations (1 where constant)
 * @param intercept the fitted intercept (mean target)
 * @param weights   the fitted weights on standardised features
 */
public record LinearRegression(double[] mean, double[] scale, double intercept, double[] weights) {
    /** Ridge strength on standardised features, relative to the number of rows. */
    public static final double RIDGE = 1e-3;

    /**
     * Fits {@code y ≈ b + w·z(x)}.
     *
     * @param x rows of features
     * @param y targets
     * @return the fit
     * @throws IllegalArgumentException when there are no rows
     */
    public static LinearRegression fit(double[][] x, double[] y) {
        if (x.length == 0 || x.length != y.length) {
            throw new IllegalArgumentException("need matching, non-empty rows and targets (" + x.length + ", "
                    + y.length + ")");
        }
        int n = x.length;
        int d = x[0].length;
        double[] mean = new double[d];
        double[] scale = new double[d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j] / n;
            }
        }
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
            }
        }
        for (int j = 0; j < d; j++) {
            scale[j] = scale[j] > 1e-18 ? Math.sqrt(scale[j]) : 1;
        }
        double yMean = Arrays.stream(y).average().orElse(0);
        double[][] a = new double[d][d + 1];
        for (int i = 0; i < n; i++) {
            double[] z = standardise(x[i], mean, scale);
            for (int p = 0; p < d; p++) {
                for (int q = 0; q < d; q++) {
                    a[p][q] += z[p] * z[q];
                }
                a[p][d] += z[p] * (y[i] - yMean);
            }
        }
        for (int p = 0; p < d; p++) {
            a[p][p] += RIDGE * n;
        }
        return new LinearRegression(mean, scale, yMean, solve(a));
    }

    public double predict(double[] features) {
        double[] z = standardise(features, mean, scale);
        double out = intercept;
        for (int j = 0; j < z.length; j++) {
            out += weights[j] * z[j];
        }
        return out;
    }

    private static double[] standardise(double[] row, double[] mean, double[] scale) {
        double[] z = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            z[j] = (row[j] - mean[j]) / scale[j];
        }
        return z;
    }

    /** Gauss-Jordan elimination with partial pivoting on an augmented, positive-definite system. */
    private static double[] solve(double[][] a) {
        int d = a.length;
        for (int c = 0; c < d; c++) {
            int pivot = c;
            for (int r = c + 1; r < d; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
                    pivot = r;
                }
            }
            double[] tmp = a[c];
            a[c] = a[pivot];
            a[pivot] = tmp;
            for (int r = 0; r < d; r++) {
                if (r != c) {
                    double f = a[r][c] / a[c][c];
                    for (int k = c; k <= d; k++) {
                        a[r][k] -= f * a[c][k];
                    }
                }
            }
        }
        double[] w = new double[d];
        for (int j = 0; j < d; j++) {
            w[j] = a[j][d] / a[j][j];
        }
        return w;
    }
}
