package io.mll4j.select;

import io.mll4j.label.NodeScores;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Reuse scores r[m,y] of every hub model for every task class, and the top-k models per class
 * (method.md §4.2–4.5). Ties go to the earlier model in hub order. Models are scored in parallel.
 *
 * @param classScores s[m][y] before the global term
 * @param scores      r[m][y]
 */
public record ReuseScores(double[][] classScores, double[][] scores) {

    /**
     * Scores every model.
     *
     * @param models   the models' labels, in hub order
     * @param selected V_sel as node indices
     * @param z        class weights over V_sel, {@code [classes][selected.length]}
     * @param config   the selection switches
     * @return the scores
     */
    public static ReuseScores compute(List<? extends NodeScores> models, int[] selected, double[][] z,
                                      SelectionConfig config) {
        SparseWeights weights = SparseWeights.of(config.normalizeZ() ? normalizeRows(z) : z);
        double[][] s = new double[models.size()][];
        double[][] r = new double[models.size()][];
        // models are independent: score them on all cores (each writes only its own rows)
        IntStream.range(0, models.size()).parallel().forEach(m -> {
            NodeConfusion confusion = NodeConfusion.count(models.get(m), selected, config.pool());
            s[m] = config.scoreRule().classScores(confusion, weights);
            r[m] = config.globalMean().reuseScores(s[m], config.alpha());
        });
        return new ReuseScores(s, r);
    }

    /** Models ranked for class {@code y}, best first (ties: earlier model first). */
    public List<Integer> ranking(int y) {
        List<Integer> order = new ArrayList<>(IntStream.range(0, scores.length).boxed().toList());
        order.sort(Comparator.<Integer>comparingDouble(m -> -scores[m][y]).thenComparing(m -> m));
        return order;
    }

    /** The {@code k} best models for class {@code y}. */
    public List<Integer> topK(int y, int k) {
        List<Integer> ranking = ranking(y);
        return ranking.subList(0, Math.min(k, ranking.size()));
    }

    private static double[][] normalizeRows(double[][] z) {
        double[][] out = new double[z.length][];
        for (int y = 0; y < z.length; y++) {
            double sum = 0;
            for (double v : z[y]) {
                sum += v;
            }
            out[y] = z[y].clone();
            if (sum > 0) {
                for (int u = 0; u < out[y].length; u++) {
                    out[y][u] /= sum;
                }
            }
        }
        return out;
    }
}
