package io.mll4j.cli;

import io.mll4j.combine.FusionReport;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.stream.Collectors;

/** A head combination's predictions on the console, with each head's push towards the label. */
final class FusionPrinter {
    private FusionPrinter() {
    }

    static void print(FusionReport r, PrintWriter out) {
        int width = Math.max(5, r.images().stream().mapToInt(i -> i.image().length()).max().orElse(5));
        int labelWidth = Math.max(5, r.classes().stream().mapToInt(String::length).max().orElse(5));
        out.printf(Locale.ROOT, "%-" + width + "s  %-" + labelWidth + "s  %6s  %-" + labelWidth + "s  %s%n", "IMAGE",
                "LABEL", "P", "NEXT", "HEADS (log-likelihood margin of the label over the next class, nats)");
        for (FusionReport.FusedImage p : r.images()) {
            if (p.failed()) {
                out.printf("%-" + width + "s  ERROR  %s%n", p.image(), p.error());
                continue;
            }
            String heads = p.contributions().stream()
                    .map(c -> String.format(Locale.ROOT, "%s %+.2f", c.head(), c.margin()))
                    .collect(Collectors.joining("; "));
            out.printf(Locale.ROOT, "%-" + width + "s  %-" + labelWidth + "s  %6.3f  %-" + labelWidth + "s  %s%n",
                    p.image(), p.label(), p.probability(), p.runnerUp() == null ? "-" : p.runnerUp(), heads);
        }
        long failed = r.failures().size();
        out.printf(Locale.ROOT, "%d image(s), %d predicted, %d unreadable; heads: %s; fusion %s%n", r.images().size(),
                r.images().size() - failed, failed, String.join(", ", r.heads()), Choices.kebab(r.rule()));
    }
}
