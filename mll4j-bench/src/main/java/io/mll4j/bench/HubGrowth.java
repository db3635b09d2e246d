package io.mll4j.bench;

import io.mll4j.bench.method.InbMethod;
import io.mll4j.select.MethodVariant;
import io.mll4j.select.ReuseScores;
import io.mll4j.select.SelectionConfig;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Accuracy as the hub grows ({@link GrowthRecord}). A model's reuse score depends on its own label only, so MLL on a
 * sub-hub is the full hub's scores restricted to the sub-hub's models: exact, and cheap enough for 30 orders.
 */
public final class HubGrowth {
    /** Orders of the paper's figure. */
    public static final int DEFAULT_ORDERS = 30;

    private HubGrowth() {
    }

    /**
     * The study on one task.
     *
     * @param context     the task
     * @param orders      random orders
     * @param seed        base seed (mixed with the task name)
     * @param fingerprint inputs' hash to record
     * @return the record
     */
    public static GrowthRecord run(BenchContext context, int orders, long seed, String fingerprint) {
        SelectionConfig config = MethodVariant.PAPER.config().withK(1).withAlpha(0.7);
        ReuseScores scores = context.reuseScores(MethodVariant.PAPER, config);
        TaskOutputs outputs = context.outputs(MethodVariant.PAPER.prompt());
        List<ModelInfo> vlms = context.vlms();
        Random rng = new Random(seed * 1_000_003L + context.task().name().hashCode());
        List<List<String>> orderIds = new ArrayList<>();
        double[][] mll = new double[orders][vlms.size()];
        double[][] inb = new double[orders][vlms.size()];
        for (int o = 0; o < orders; o++) {
            List<Integer> order = new ArrayList<>();
            for (int m = 0; m < vlms.size(); m++) {
                order.add(m);
            }
            Collections.shuffle(order, rng);
            orderIds.add(order.stream().map(m -> vlms.get(m).id()).toList());
            for (int size = 1; size <= vlms.size(); size++) {
                List<Integer> hub = new ArrayList<>(order.subList(0, size));
                Collections.sort(hub); // hub order breaks ties, as in a real hub of these models
                mll[o][size - 1] = accuracy(outputs, mllSelection(outputs, scores, hub, vlms), vlms);
                List<ModelInfo> sub = hub.stream().map(vlms::get).toList();
                String best = InbMethod.ranking(sub).getFirst().id();
                inb[o][size - 1] = outputs.accuracy(outputs.indexOf(best));
            }
        }
        return new GrowthRecord(GrowthRecord.KIND, context.task().name(), fingerprint, seed, orderIds, mll, inb);
    }

    /** Per class, the sub-hub model with the best reuse score (ties: earlier in hub order). */
    static Map<String, List<String>> mllSelection(TaskOutputs outputs, ReuseScores scores, List<Integer> hub,
                                                  List<ModelInfo> vlms) {
        Map<String, List<String>> selection = new LinkedHashMap<>();
        for (int y = 0; y < outputs.classCount(); y++) {
            int best = hub.getFirst();
            for (int m : hub) {
                if (scores.scores()[m][y] > scores.scores()[best][y]) {
                    best = m;
                }
            }
            selection.put(outputs.classes().get(y), List.of(vlms.get(best).id()));
        }
        return selection;
    }

    private static double accuracy(TaskOutputs outputs, Map<String, List<String>> selection, List<ModelInfo> vlms) {
        return MethodRun.evaluate(outputs, selection, vlms, Map.of()).metrics().top1();
    }

}
