package io.mll4j.examples;

import io.mll4j.api.CombinedTask;
import io.mll4j.api.MllPipeline;
import io.mll4j.combine.FusionReport;
import io.mll4j.task.Task;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Paper A: combines the hub's small expert classifiers (CHCO) so that their heads cover the task, with a VLM as the
 * patch for classes no expert covers, then classifies images and shows each head's part.
 * <pre>java … io.mll4j.examples.CombineExperts "red,yellow,green,blue" photos/a.png photos/b.png</pre>
 */
public final class CombineExperts {
    private CombineExperts() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: CombineExperts CLASS,CLASS,... [IMAGE...]");
            return;
        }
        Task task = Task.of(Arrays.stream(args[0].split(",")).map(String::strip).toList());
        List<Path> images = Arrays.stream(args).skip(1).map(Path::of).toList();
        // README:begin combine
        try (MllPipeline mll = MllPipeline.builder().build()) {
            CombinedTask combined = mll.combine(task);
            System.out.printf("heads %s, estimated accuracy %.1f %%%n", combined.heads(),
                    100 * combined.estimatedAccuracy());
            for (FusionReport.FusedImage p : combined.predict(images).images()) {
                System.out.println(p.image() + " -> " + (p.failed() ? p.error() : p.label()));
                p.contributions().forEach(h -> System.out.printf("    %s: %+.2f nats%n", h.head(), h.margin()));
            }
        }
        // README:end
    }
}
