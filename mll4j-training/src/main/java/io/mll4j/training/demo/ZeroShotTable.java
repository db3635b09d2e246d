package io.mll4j.training.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The zero-shot check: each VLM's 10-way accuracy on the CIFAR-10 and Fashion-MNIST test sets from the class
 * names alone, chance beside it; its held-out classes with its accuracy on each (in the 10-way task); and, for the
 * classes of a data set it never trained on (held out, or the whole data set when it never saw it), its accuracy
 * when choosing among those classes only.
 */
public final class ZeroShotTable {
    /** The data sets of the check. */
    public static final List<String> DATASETS = List.of("cifar10", "fashion-mnist");
    private static final String TEST = "/test";

    private final List<ModelEvaluation> vlms;
    private final ImageStore store;

    public ZeroShotTable(List<ModelEvaluation> models, ImageStore store) {
        this.vlms = models.stream().filter(ModelEvaluation::isVlm).toList();
        this.store = store;
    }

    /** Plain text for the terminal. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add("Zero-shot from class names (prompt \"a photo of a {class}.\"), 10-way on each test set;"
                + " chance 10.0 %");
        for (ModelEvaluation m : vlms) {
            out.add(String.format(Locale.ROOT, "%-30s %-20s CIFAR-10 %5.1f %%   Fashion-MNIST %5.1f %%   (chance 10.0 %%)",
                    m.id(), m.textEncoder(), pct(m, "cifar10"), pct(m, "fashion-mnist")));
            if (!m.heldOut().isEmpty()) {
                out.add("    held out of training: " + heldOut(m));
            }
            for (String d : DATASETS) {
                unseenOnly(m, d).ifPresent(s -> out.add("    " + s));
            }
        }
        out.add(summary());
        return out;
    }

    /**
     * What the table shows, stated from its numbers: how often held-out classes win the 10-way task, and how far
     * above chance the VLMs are when choosing among the classes they never trained on.
     */
    public String summary() {
        double bestHeldOut = -1;
        String bestHeldOutWhat = "";
        for (ModelEvaluation m : vlms) {
            for (ClassRef c : m.heldOut()) {
                Double a = m.accuracy().getOrDefault(c.dataset() + TEST, Map.of()).get(c.classId());
                if (a != null && a > bestHeldOut) {
                    bestHeldOut = a;
                    bestHeldOutWhat = m.id() + ", " + store.displayName(c);
                }
            }
        }
        int measured = 0;
        int above = 0;
        double bestMargin = Double.NEGATIVE_INFINITY;
        String bestWhat = "";
        for (ModelEvaluation m : vlms) {
            for (String d : DATASETS) {
                Double acc = m.unseenOnly().get(d);
                if (acc == null) {
                    continue;
                }
                double chance = 1.0 / m.unseen(store.classes(d)).size();
                measured++;
                above += acc > chance + 0.10 ? 1 : 0;
                if (acc - chance > bestMargin) {
                    bestMargin = acc - chance;
                    bestWhat = String.format(Locale.ROOT, "%s on %s (%.1f %% vs chance %.1f %%)", m.id(), d, 100 * acc,
                            100 * chance);
                }
            }
        }
        StringBuilder out = new StringBuilder();
        if (bestHeldOut >= 0) {
            out.append(String.format(Locale.ROOT, "In the 10-way tasks the held-out classes are rarely picked: the best"
                    + " accuracy on a held-out class is %.1f %% (%s); the towers map images of unseen classes onto the"
                    + " nearest trained class (the seen-class bias of generalised zero-shot learning). ", 100 * bestHeldOut,
                    bestHeldOutWhat));
        }
        if (measured > 0) {
            out.append(String.format(Locale.ROOT, "Choosing among the never-trained classes only, %d of %d measurements"
                    + " are more than 10 points above chance; the largest margin is %s.", above, measured, bestWhat));
        }
        return out.toString();
    }

    /** A markdown table. */
    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("| model | text encoder | CIFAR-10 | Fashion-MNIST | chance | held out of training: 10-way accuracy on"
                + " each | never trained on, choosing among those classes only |\n|---|---|---|---|---|---|---|\n");
        for (ModelEvaluation m : vlms) {
            String unseen = DATASETS.stream().map(d -> unseenOnly(m, d).orElse(null)).filter(s -> s != null)
                    .collect(Collectors.joining("<br>"));
            md.append(String.format(Locale.ROOT, "| %s | %s | %.1f %% | %.1f %% | 10.0 %% | %s | %s |%n", m.id(),
                    m.textEncoder(), pct(m, "cifar10"), pct(m, "fashion-mnist"),
                    m.heldOut().isEmpty() ? "–" : heldOut(m), unseen.isEmpty() ? "–" : unseen));
        }
        return md.toString();
    }

    private static double pct(ModelEvaluation m, String dataset) {
        return 100 * m.taskAccuracy(dataset + TEST, 10);
    }

    /** Held-out classes with their 10-way accuracy; those of data sets not evaluated are only named. */
    private String heldOut(ModelEvaluation m) {
        List<String> scored = new ArrayList<>();
        List<String> named = new ArrayList<>();
        for (ClassRef c : m.heldOut()) {
            Double a = m.accuracy().getOrDefault(c.dataset() + TEST, Map.of()).get(c.classId());
            if (a == null) {
                named.add(store.displayName(c) + " (" + c.dataset() + ", not scored here)");
            } else {
                scored.add(String.format(Locale.ROOT, "%s %.1f %%", store.displayName(c), 100 * a));
            }
        }
        scored.addAll(named);
        return String.join(", ", scored);
    }

    private Optional<String> unseenOnly(ModelEvaluation m, String dataset) {
        Double acc = m.unseenOnly().get(dataset);
        if (acc == null) {
            return Optional.empty();
        }
        List<ClassRef> unseen = m.unseen(store.classes(dataset));
        String what = unseen.size() == store.classes(dataset).size() ? "all " + unseen.size() + " classes"
                : unseen.stream().map(store::displayName).collect(Collectors.joining(", "));
        return Optional.of(String.format(Locale.ROOT, "%s, never trained on %s: %.1f %% among them"
                + " (chance %.1f %%)", dataset, what, 100 * acc, 100.0 / unseen.size()));
    }
}
