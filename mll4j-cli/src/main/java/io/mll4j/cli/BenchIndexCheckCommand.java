package io.mll4j.cli;

import io.mll4j.bench.IndexCheck;
import io.mll4j.util.Directories;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code mll bench index-check}: the top-N index against the full labels of a real label store. */
@Command(name = "index-check", mixinStandardHelpOptions = true,
        description = "Index every label of a label store (in a scratch folder) and check that selections from the "
                + "index equal those from the full labels (paper and code variants, k = 1..6).")
final class BenchIndexCheckCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--labels", required = true, paramLabel = "DIR", description = "Label store, e.g. <hub>/labels.")
    Path labels;

    @Option(names = "--top-n", defaultValue = "16", description = "Entries per row (default ${DEFAULT-VALUE}).")
    int topN;

    @Option(names = "--tasks", defaultValue = "50", description = "Seeded tasks of 1..100 classes.")
    int tasks;

    @Override
    public Integer call() throws IOException {
        Path scratch = Files.createTempDirectory("mll4j-index-check");
        try {
            List<IndexCheck.Group> groups = IndexCheck.run(labels, scratch, topN, tasks, ConsoleProgress.stderr());
            PrintWriter w = spec.commandLine().getOut();
            int bad = 0;
            for (IndexCheck.Group g : groups) {
                w.printf(Locale.ROOT, "graph %.12s, %s: %d models x %,d nodes, %,d images; top-%d index %s per model;"
                                + " %d tasks: fallback %.3f%% (paper) %.3f%% (code); %s%n", g.graphVersion(),
                        g.textVariant(), g.models(), g.nodes(), g.rows(), topN, HumanUnits.bytes(g.bytesPerModel()),
                        g.tasks(), 100 * g.paperFallback(), 100 * g.codeFallback(),
                        g.mismatches() == 0 ? "selections identical" : g.mismatches() + " SELECTIONS DIFFER");
                bad += g.mismatches();
            }
            w.flush();
            return bad == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
        } finally {
            Directories.deleteRecursively(scratch);
        }
    }
}
