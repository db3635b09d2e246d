package io.mll4j.cli;

import io.mll4j.graph.GraphStore;
import io.mll4j.graph.SemanticGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.Optional;

/** {@code mll graph}: build and query the semantic graph (WordNet 3.0 nouns with representative images). */
@Command(name = "graph", mixinStandardHelpOptions = true,
        description = "Build and query the semantic graph (WordNet 3.0 noun synsets with representative images).",
        subcommands = {GraphBuildCommand.class, GraphShowCommand.class, GraphFindCommand.class})
final class GraphCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The current stored graph, if one was built. */
    static Optional<SemanticGraph> storedGraph() {
        GraphStore store = GraphStore.atDefault();
        return store.current().map(c -> store.load());
    }

    /** "1 image", "75 images". */
    static String images(int count) {
        return count + (count == 1 ? " image" : " images");
    }

    /** The first 12 hex digits of a version, enough to tell graphs apart in messages. */
    static String shortVersion(String version) {
        return version.substring(0, 12);
    }
}
