package io.mll4j.cli;

import io.mll4j.hub.ModelHub;
import io.mll4j.onnx.OnnxModelChecker;
import io.mll4j.wordnet.WordNetSynsetValidator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.nio.file.Path;

/** {@code mll hub}: the model store. Holds the options every hub verb shares and opens the hub for them. */
@Command(name = "hub", description = "Add, list, show and remove models in the hub.",
        subcommands = {HubAddCommand.class, HubListCommand.class, HubShowCommand.class, HubRemoveCommand.class,
                HubBuildDemoCommand.class, HubReportCommand.class, HubZeroShotCommand.class})
final class HubCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--hub", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Hub folder (default: $MLL4J_HUB_DIR, else $MLL4J_HOME/hub, else ~/.cache/mll4j/hub).")
    Path hubDirectory;

    @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "Print JSON instead of text.")
    boolean json;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: add, list, show or remove");
    }

    /** A hub for reading. */
    ModelHub openForReading() {
        return builder().build();
    }

    /** A hub that admits models through ONNX Runtime. */
    ModelHub openForWriting() {
        // Labels must name real WordNet 3.0 synsets; the process ends with the command, which releases the lexicon.
        return builder().optChecker(new OnnxModelChecker()).optSynsetValidator(new WordNetSynsetValidator())
                .optProgress(ConsoleProgress.stderr()).build();
    }

    private ModelHub.Builder builder() {
        ModelHub.Builder b = ModelHub.builder();
        return hubDirectory == null ? b : b.optDirectory(hubDirectory);
    }
}
