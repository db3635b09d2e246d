package io.mll4j.cli;

import io.mll4j.data.DatasetCatalog;
import io.mll4j.data.ImageDataset;
import io.mll4j.data.Split;
import io.mll4j.graph.GraphStore;
import io.mll4j.hub.ModelHub;
import io.mll4j.util.Directories;
import io.mll4j.util.Mll4jHome;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code mll demo}: the main job end to end on the embedded demo hub, as a sequence of the ordinary verbs
 * (each step is what a user would type), skipping steps whose result already exists.
 */
@Command(name = "demo", description = "Run the main job end to end on the embedded demo hub.")
final class DemoCommand implements Callable<Integer> {
    static final String MNIST_ID = "mnist-onnx";
    /** A task no single demo model was trained for: classes from three data sets, typed as a user would. */
    static final List<String> TASK = List.of("tabby cat", "airplane", "truck", "sneaker", "ankle boot", "trousers",
            "seven", "two");
    /** One test image per task class: (data set, class id). */
    private static final String[][] SAMPLES = {{"cifar10", "cat"}, {"cifar10", "airplane"}, {"cifar10", "truck"},
            {"fashion-mnist", "sneaker"}, {"fashion-mnist", "ankle-boot"}, {"fashion-mnist", "trouser"},
            {"mnist", "7"}, {"mnist", "2"}};

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path repo = Path.of(System.getProperty("mll4j.repo.root", "."));
        Path runs = Mll4jHome.dir().resolve("demo-runs");
        Path hubDir = Mll4jHome.dir().resolve("demo-hub");
        String hub = hubDir.toString();
        step("data setup", "data", "setup");
        if (GraphStore.atDefault().current().isEmpty()) {
            step("graph build", "graph", "build");
        }
        step("graph show n01440764", "graph", "show", "n01440764");
        step("graph find crane", "graph", "find", "crane");
        int copied = syncDemoHub(repo.resolve("hub-demo"), hubDir);
        if (copied > 0) {
            spec.commandLine().getOut().printf("%ncopied %d demo models from hub-demo/ into %s%n", copied, hub);
        }
        if (!hasModel(hubDir, MNIST_ID)) {
            step("hub add mnist.onnx", "hub", "--hub", hub, "add", repo.resolve("data/models/mnist.onnx").toString(),
                    "--id", MNIST_ID, "--labels-file", repo.resolve("data/models/mnist.labels.json").toString(),
                    "--preprocessing", "mnist", "--license", "MIT",
                    "--source", "microsoft/onnxjs-demo public/mnist.onnx (ONNX model zoo mnist-8 lineage)");
        }
        step("hub list", "hub", "--hub", hub, "list");
        step("eval mnist-onnx on 1,000 MNIST test digits", "eval", "--hub", hub, "--model", MNIST_ID,
                "--dataset", "mnist", "--split", "test", "--per-class", "100");
        if (hasVlm(hubDir)) {
            step("label every model once on the graph", "label", "--hub", hub);
            Path selection = runs.resolve("selection");
            step("select models per class from the class names alone", "select", "--hub", hub,
                    "--classes", String.join(",", TASK), "--out", selection.toString());
            List<String> images = sampleImages(runs.resolve("images"));
            List<String> predict = new ArrayList<>(List.of("predict", "--hub", hub, "--task", selection.toString()));
            predict.addAll(images);
            step("predict test images with the selected models", predict.toArray(String[]::new));
            Path combination = runs.resolve("chco");
            step("paper A: combine expert heads for the same task (CHCO, a VLM patch where no expert covers)",
                    "select", "--method", "chco", "--hub", hub, "--classes", String.join(",", TASK),
                    "--out", combination.toString());
            List<String> fuse = new ArrayList<>(List.of("predict", "--hub", hub, "--task", combination.toString()));
            fuse.addAll(images);
            step("predict the same images with the combined heads", fuse.toArray(String[]::new));
        }
        return ExitCodes.OK;
    }

    /** Copies committed demo models the local hub lacks (the repo stays clean: labels are written to the copy). */
    static int syncDemoHub(Path committed, Path local) throws IOException {
        if (!Files.isDirectory(committed)) {
            return 0;
        }
        int copied = 0;
        try (Stream<Path> entries = Files.list(committed)) {
            for (Path model : entries.filter(p -> Files.isRegularFile(p.resolve(ModelHub.ENTRY_FILE))).toList()) {
                Path target = local.resolve(model.getFileName());
                if (!Files.isRegularFile(target.resolve(ModelHub.ENTRY_FILE))
                        || Files.mismatch(model.resolve(ModelHub.ENTRY_FILE), target.resolve(ModelHub.ENTRY_FILE)) >= 0) {
                    Directories.replace(target, staging -> copyFolder(model, staging));
                    copied++;
                }
            }
        }
        return copied;
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path dest = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(f, dest);
                }
            }
        }
    }

    /** The first test image of each sample class, written as PNG (IDX and JSON sources have no files). */
    private static List<String> sampleImages(Path dir) throws IOException {
        Files.createDirectories(dir);
        DatasetCatalog catalog = DatasetCatalog.openDefault();
        List<String> files = new ArrayList<>();
        for (String[] sample : SAMPLES) {
            ImageDataset test = catalog.open(sample[0], Split.TEST);
            int label = test.classIds().indexOf(sample[1]);
            int index = Arrays.stream(test.labels()).boxed().toList().indexOf(label);
            Path file = dir.resolve(sample[0] + "-" + sample[1] + ".png");
            try {
                ImageIO.write(test.image(index), "png", file.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            files.add(file.toString());
        }
        return files;
    }

    private static boolean hasModel(Path hubDir, String id) {
        try (ModelHub hub = ModelHub.builder().optDirectory(hubDir).build()) {
            return hub.contains(id);
        }
    }

    private static boolean hasVlm(Path hubDir) {
        try (ModelHub hub = ModelHub.builder().optDirectory(hubDir).build()) {
            return hub.list().stream().anyMatch(e -> e.manifest().kind() == io.mll4j.hub.ModelKind.VLM);
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
