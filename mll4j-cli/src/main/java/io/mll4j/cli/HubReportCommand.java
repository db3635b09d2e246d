package io.mll4j.cli;

import io.mll4j.training.demo.BuildLog;
import io.mll4j.training.demo.HubEvaluation;
import io.mll4j.training.demo.HubReport;
import io.mll4j.training.demo.ImageStore;
import io.mll4j.training.demo.ModelEvaluation;
import io.mll4j.util.AtomicFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code mll hub report}: evaluates every model of the demo hub and writes docs/hub.md. */
@Command(name = "report", description = {
        "Score every hub model per class on each data set's NODE and TEST split and write the hub report.",
        "  mll hub report [--hub hub-demo] [--out docs/hub.md] [--per-class N]"})
final class HubReportCommand implements Callable<Integer> {

    @ParentCommand
    HubCommand hub;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", description = "Markdown to write (default: the repository's docs/hub.md).")
    Path out;

    @Option(names = "--per-class", defaultValue = "0", paramLabel = "N",
            description = "Images per class of every split, the first ones (default: all).")
    int perClass;

    @Override
    public Integer call() {
        Path hubDir = hub.hubDirectory != null ? hub.hubDirectory : DemoHubPaths.defaultHub();
        Path file = out != null ? out : DemoHubPaths.repoRoot().resolve("docs/hub.md");
        ImageStore store = ImageStore.openDefault();
        List<ModelEvaluation> models = HubEvaluation.builder().setHubDirectory(hubDir).optStore(store)
                .optPerClass(perClass).optProgress(ConsoleProgress.stderr()).build().run();
        String markdown = new HubReport(models, store, BuildLog.read(hubDir), perClass).markdown();
        AtomicFiles.write(file, markdown.getBytes(StandardCharsets.UTF_8));
        spec.commandLine().getOut().println("Wrote " + file + " (" + models.size() + " models)");
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
