package io.mll4j.cli;

import io.mll4j.graph.DatasetSynsets;
import io.mll4j.graph.GraphBuilder;
import io.mll4j.graph.GraphStore;
import io.mll4j.graph.NodeImage;
import io.mll4j.graph.NodeImageScanner;
import io.mll4j.graph.Sampling;
import io.mll4j.graph.SemanticGraph;
import io.mll4j.util.Json;
import io.mll4j.util.Mll4jHome;
import io.mll4j.wordnet.WordNet30Lexicon;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** {@code mll graph build}: scans the data home, builds the graph over WordNet 3.0 and stores it atomically. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Build the semantic graph from <data home>/imagenet-sample and <data home>/node-split "
                + "(run `mll data setup` first) and store it under <MLL4J_HOME>/graph.",
                "The stored graph changes only when the build succeeds."})
final class GraphBuildCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--cap", defaultValue = "" + GraphBuilder.DEFAULT_CAP,
            description = "Most images per node (default: ${DEFAULT-VALUE}).")
    int cap;

    @Option(names = "--seed", defaultValue = "0", description = "Seed of the image sampling (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--sampling", defaultValue = "BALANCED",
            description = "How node images are sampled: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Sampling sampling;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    /** What a build produced and how long it took. */
    record Report(String version, Path file, int nodes, int edges, int leaves, int imageBearingSynsets,
                  int distinctImages, int cap, long seed, Sampling sampling, long scanMillis, long wordnetMillis,
                  long buildMillis, long saveMillis) {
    }

    @Override
    public void run() {
        ConsoleProgress progress = ConsoleProgress.stderr();
        long t0 = System.nanoTime();
        Map<String, List<NodeImage>> leafImages = new NodeImageScanner(Mll4jHome.data(), DatasetSynsets.bundled())
                .scan(progress);
        long t1 = System.nanoTime();
        SemanticGraph graph;
        long t2;
        try (WordNet30Lexicon wordnet = WordNet30Lexicon.open()) {
            t2 = System.nanoTime();
            graph = SemanticGraph.builder().setLexicon(wordnet).setLeafImages(leafImages)
                    .optCap(cap).optSeed(seed).optSampling(sampling).optProgress(progress).build();
        }
        long t3 = System.nanoTime();
        Path file = GraphStore.atDefault().save(graph);
        long t4 = System.nanoTime();
        Report report = new Report(graph.version(), file, graph.size(), graph.edgeCount(), graph.leaves().size(),
                leafImages.size(), graph.allImages().size(), cap, seed, sampling, ms(t1 - t0), ms(t2 - t1),
                ms(t3 - t2), ms(t4 - t3));
        print(report, spec.commandLine().getOut());
    }

    private void print(Report r, PrintWriter out) {
        if (json) {
            out.println(Json.write(r));
        } else {
            out.printf("graph %s: %d nodes, %d edges, %d leaves, %d synsets given images, %d distinct images%n",
                    GraphCommand.shortVersion(r.version()), r.nodes(), r.edges(), r.leaves(),
                    r.imageBearingSynsets(), r.distinctImages());
            out.printf("  cap %d, seed %d, %s sampling; stored in %s%n", r.cap(), r.seed(), r.sampling(), r.file());
            out.printf("  scan+hash %d ms, WordNet load %d ms, build %d ms, save %d ms%n",
                    r.scanMillis(), r.wordnetMillis(), r.buildMillis(), r.saveMillis());
        }
        out.flush();
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
