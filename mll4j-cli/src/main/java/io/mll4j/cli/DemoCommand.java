package io.mll4j.cli;

import io.mll4j.graph.GraphStore;
import io.mll4j.hub.ModelHub;
import io.mll4j.util.Mll4jHome;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code mll demo}: the main job end to end on the embedded demo hub, as a sequence of the ordinary verbs
 * (each step is what a user would type), skipping steps whose result already exists.
 */
@Command(name = "demo", description = "Run the main job end to end on the embedded demo hub.")
final class DemoCommand implements Callable<Integer> {
    static final String MNIST_ID = "mnist-onnx";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path repo = Path.of(System.getProperty("mll4j.repo.root", "."));
        Path hubDir = Mll4jHome.dir().resolve("demo-hub");
        String hub = hubDir.toString();
        step("data setup", "data", "setup");
        if (GraphStore.atDefault().current().isEmpty()) {
            step("graph build", "graph", "build");
        }
        step("graph show n01440764", "graph", "show", "n01440764");
        step("graph find crane", "graph", "find", "crane");
        if (!hasModel(hubDir, MNIST_ID)) {
            step("hub add mnist.onnx", "hub", "--hub", hub, "add", repo.resolve("data/models/mnist.onnx").toString(),
                    "--id", MNIST_ID, "--labels-file", repo.resolve("data/models/mnist.labels.json").toString(),
                    "--preprocessing", "mnist", "--license", "MIT",
                    "--source", "microsoft/onnxjs-demo public/mnist.onnx (ONNX model zoo mnist-8 lineage)");
        }
        step("hub list", "hub", "--hub", hub, "list");
        step("eval mnist-onnx on 1,000 MNIST test digits", "eval", "--hub", hub, "--model", MNIST_ID,
                "--dataset", "mnist", "--split", "test", "--per-class", "100");
        return ExitCodes.OK;
    }

    private static boolean hasModel(Path hubDir, String id) {
        try (ModelHub hub = ModelHub.builder().optDirectory(hubDir).build()) {
            return hub.contains(id);
        }
    }

    /** Runs one verb through the same command line a user has; a failing step ends the demo with its exit code. */
    private void step(String title, String... args) {
        PrintWriter out = spec.commandLine().getOut();
        out.println();
        out.println("== mll " + String.join(" ", List.of(args)) + "   (" + title + ")");
        out.flush();
        CommandLine cmd = Mll.commandLine();
        cmd.setOut(spec.commandLine().getOut());
        cmd.setErr(spec.commandLine().getErr());
        int rc = cmd.execute(args);
        if (rc != ExitCodes.OK) {
            throw new DemoStepFailed(title, rc);
        }
    }

    /** A demo step failed; its own message was already printed. */
    static final class DemoStepFailed extends RuntimeException {
        final int exitCode;

        DemoStepFailed(String step, int exitCode) {
            super("demo step '" + step + "' failed (exit " + exitCode + ")");
            this.exitCode = exitCode;
        }
    }
}
