package io.mll4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.mll4j.combine.ChcoFiles;
import io.mll4j.combine.ChcoReport;
import io.mll4j.combine.ClassNodes;
import io.mll4j.combine.CombinationSpec;
import io.mll4j.combine.FusionReport;
import io.mll4j.expert.TaskClasses;
import io.mll4j.reuse.ImagePrediction;
import io.mll4j.reuse.PredictionReport;
import io.mll4j.reuse.Prompt;
import io.mll4j.select.MethodVariant;
import io.mll4j.select.SelectionFiles;
import io.mll4j.select.SelectionReport;
import io.mll4j.task.Task;
import io.mll4j.task.TaskFiles;
import io.mll4j.util.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code mll predict}: runs a selection's models on images and combines them (paper B §5 or paper A). */
@Command(name = "predict", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Classify images with the models selected for a task: paper B (entropy-weighted, each model "
                + "votes only on the classes it was selected for) or paper A (CHCO's heads and patch, fused by their "
                + "confusions, each head run once per image; per-head contributions shown).",
                "  mll predict --task SELECTION_DIR|selection-report.json|selected_A_K.json|chco-report.json|task.json "
                        + "IMAGE|DIR...",
                "A task file (task JSON, caption JSON or class list) is selected for first, with the options below "
                        + "(--method chco for paper A).",
                "Unreadable images are reported by name and the others still predicted; the exit code is then 2."})
final class PredictCommand implements Callable<Integer> {
    private static final List<String> IMAGE_EXTENSIONS = List.of(".jpg", ".jpeg", ".png", ".gif", ".bmp", ".tif",
            ".tiff");

    @Spec
    CommandSpec spec;

    @Option(names = "--task", required = true, paramLabel = "PATH",
            description = "A selection (folder, report JSON or official selected_*.json) or a task to select for.")
    Path task;

    @Parameters(arity = "1..*", paramLabel = "IMAGE", description = "Image files, or folders (searched recursively).")
    List<Path> inputs;

    @Option(names = "--batch-size", defaultValue = "32", paramLabel = "N", description = "Images per chunk (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--hub", paramLabel = "DIR", description = "Hub folder (default: $MLL4J_HUB_DIR, else $MLL4J_HOME/hub).")
    Path hubDirectory;

    @Option(names = "--json", description = "Print the predictions as JSON.")
    boolean json;

    @Option(names = "--reuser", defaultValue = "entropy", paramLabel = "entropy|fusion",
            description = "For a paper-B selection: entropy weighting (paper B, default) or paper A's confusion fusion "
                    + "of the selected VLMs (estimated on the classes' node images).")
    String reuser;

    @Mixin
    SelectionOptions selection;

    @Mixin
    ChcoOptions chco;

    @Override
    public Integer call() {
        List<Path> images = expand(inputs);
        PredictionReport report;
        try (PipelineContext ctx = new PipelineContext(hubDirectory)) {
            CombinationSpec combination = combination(ctx);
            if (combination != null) {
                FusionReport fused = ctx.pipeline().combinationReuser().optBatchSize(batchSize)
                        .optProgress(ConsoleProgress.stderr()).build()
                        .predict(combination, images);
                return finish(fused, fused.failures().stream().map(FusionReport.FusedImage::error).toList(),
                        () -> FusionPrinter.print(fused, spec.commandLine().getOut()));
            }
            MethodVariant variant = selection.variant();
            Map<String, List<String>> selected;
            if (isSelection(task)) {
                if (task.getFileName().toString().startsWith("selected_")) {
                    selected = SelectionFiles.readOfficial(task);
                } else {
                    SelectionReport r = SelectionFiles.readReport(task);
                    selected = r.selected();
                    variant = r.provenance().variant();
                }
            } else {
                selected = ctx.select(readTask(), selection).selected();
            }
            Prompt p = selection.prompt != null ? Choices.parse(Prompt.class, selection.prompt, "--prompt")
                    : variant.prompt();
            report = ctx.pipeline().reuser().optPrompt(p).optBatchSize(batchSize)
                    .optProgress(ConsoleProgress.stderr()).build().predict(selected, images);
        }
        PredictionReport entropy = report;
        return finish(report, report.failures().stream().map(ImagePrediction::error).toList(),
                () -> print(entropy, spec.commandLine().getOut()));
    }

    /**
     * The head combination to run, or {@code null} for paper B's entropy-weighted reuse: a CHCO report as given,
     * a task selected with {@code --method chco}, or (with {@code --reuser fusion}) paper A's fusion of the VLMs
     * a paper-B selection chose.
     */
    private CombinationSpec combination(PipelineContext ctx) {
        if (ChcoFiles.isReport(task)) {
            return ChcoFiles.read(task).requireComplete().combination();
        }
        boolean fusion = Choices.parse(ReuserKind.class, reuser, "--reuser") == ReuserKind.FUSION;
        if (isSelection(task)) {
            if (!fusion) {
                return null;
            }
            if (task.getFileName().toString().startsWith("selected_")) {
                throw new IllegalArgumentException("--reuser fusion needs the classes' graph nodes: pass the selection "
                        + "folder or its " + SelectionFiles.REPORT_JSON + " instead of " + task.getFileName());
            }
            return fuse(ctx, SelectionFiles.readReport(task));
        }
        Task t = readTask();
        if (chco.isChco()) {
            ChcoReport r = ctx.chcoSelector(selection, chco, null).select(t);
            ChcoPrinter.print(r, spec.commandLine().getErr());
            return r.requireComplete().combination();
        }
        return fusion ? fuse(ctx, ctx.select(t, selection)) : null;
    }

    /** Paper A's fusion of every VLM a paper-B selection chose, each class on one of its matched nodes. */
    private CombinationSpec fuse(PipelineContext ctx, SelectionReport r) {
        TaskClasses classes = ClassNodes.choose(r, ctx.graph(), ClassNodes.DEFAULT_MIN_IMAGES);
        Prompt p = selection.prompt != null ? Choices.parse(Prompt.class, selection.prompt, "--prompt")
                : r.provenance().variant().prompt();
        return ctx.chcoSelector(selection, chco, p).fuseVlms(classes, r.selectedModels());
    }

    private Task readTask() {
        return task.getFileName().toString().endsWith(".json") ? TaskFiles.fromJson(task)
                : TaskFiles.fromClassFile(task);
    }

    /** Prints (table or JSON), reports unreadable images on stderr, and exits 2 when there were any. */
    private int finish(Object report, List<String> errors, Runnable table) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(report));
        } else {
            table.run();
        }
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        errors.forEach(e -> err.println("error: " + e));
        err.flush();
        return errors.isEmpty() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }

    /** How a paper-B selection's models are combined. */
    enum ReuserKind {
        /** Paper B: weights 1/entropy, each model votes only on the classes it was selected for. */
        ENTROPY,
        /** Paper A's naive-Bayes fusion of their confusions on the node images; every model votes on every class. */
        FUSION
    }

    private static void print(PredictionReport r, PrintWriter out) {
        int width = Math.max(5, r.images().stream().mapToInt(i -> i.image().length()).max().orElse(5));
        int labelWidth = Math.max(5, r.classes().stream().mapToInt(String::length).max().orElse(5));
        out.printf("%-" + width + "s  %-" + labelWidth + "s  %9s  %s%n", "IMAGE", "LABEL", "SCORE",
                "VOTES FOR THE LABEL (model: weight x p)");
        for (ImagePrediction p : r.images()) {
            if (p.failed()) {
                out.printf("%-" + width + "s  ERROR  %s%n", p.image(), p.error());
                continue;
            }
            int y = r.classes().indexOf(p.label());
            String votes = p.votes().stream().filter(v -> v.contribution() > 0)
                    .map(v -> String.format("%s: %.2f x %.3f", v.model(), v.weight(), v.probabilities().get(y)))
                    .collect(Collectors.joining("; "));
            out.printf("%-" + width + "s  %-" + labelWidth + "s  %9.3f  %s%n", p.image(), p.label(),
                    p.scores().get(y), votes.isEmpty() ? "(none)" : votes);
        }
        long failed = r.failures().size();
        out.printf("%d image(s), %d predicted, %d unreadable; models: %s; prompt %s%n", r.images().size(),
                r.images().size() - failed, failed, r.selection().values().stream().flatMap(List::stream).distinct()
                        .sorted().collect(Collectors.joining(", ")), Choices.kebab(r.prompt()));
    }

    /** A selection folder, report or official file (anything else is a task to select for). */
    private static boolean isSelection(Path path) {
        if (Files.isDirectory(path)) {
            return true;
        }
        String name = path.getFileName().toString();
        if (name.startsWith("selected_") || name.equals(SelectionFiles.REPORT_JSON)) {
            return true;
        }
        if (!name.endsWith(".json") || !Files.isRegularFile(path)) {
            return false;
        }
        try {
            JsonNode root = Json.mapper().readTree(path.toFile());
            return root != null && root.has("provenance") && root.has("classes") && root.get("classes").isArray()
                    && !root.get("classes").isEmpty() && root.get("classes").get(0).isObject();
        } catch (IOException e) {
            return false; // not JSON: reading it as a task will say what is wrong
        }
    }

    /** Files as given; folders replaced by their image files (recursively, sorted). */
    private static List<Path> expand(List<Path> inputs) {
        return inputs.stream().flatMap(p -> {
            if (!Files.isDirectory(p)) {
                return java.util.stream.Stream.of(p);
            }
            try (var walk = Files.walk(p)) {
                return walk.filter(Files::isRegularFile).filter(PredictCommand::isImageName).sorted().toList().stream();
            } catch (IOException e) {
                throw new IllegalArgumentException("Cannot list image folder " + p + ": " + e.getMessage(), e);
            }
        }).toList();
    }

    private static boolean isImageName(Path file) {
        String n = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return IMAGE_EXTENSIONS.stream().anyMatch(n::endsWith);
    }
}
