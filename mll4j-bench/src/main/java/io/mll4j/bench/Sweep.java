package io.mll4j.bench;

import java.util.List;

/**
 * A product of runs: every listed method with every k and α it uses (a method that ignores k or α runs once).
 *
 * @param methods the methods
 * @param ks      values of k
 * @param alphas  values of α
 */
public record Sweep(List<BenchMethod> methods, List<Integer> ks, List<Double> alphas) {
    public Sweep {
        methods = List.copyOf(methods);
        ks = List.copyOf(ks);
        alphas = List.copyOf(alphas);
        if (ks.isEmpty() || alphas.isEmpty()) {
            throw new IllegalArgumentException("a sweep needs at least one k and one alpha");
        }
    }
}
