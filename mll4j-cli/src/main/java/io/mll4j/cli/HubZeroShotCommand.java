package io.mll4j.cli;

import io.mll4j.data.Split;
import io.mll4j.training.demo.HubEvaluation;
import io.mll4j.training.demo.ImageStore;
import io.mll4j.training.demo.ModelEvaluation;
import io.mll4j.training.demo.ZeroShotTable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code mll hub zero-shot}: every VLM's accuracy from class names alone, with chance and held-out classes. */
@Command(name = "zero-shot", description = {
        "Zero-shot check of the hub's VLMs on the CIFAR-10 and Fashion-MNIST test sets from class names alone.",
        "  mll hub zero-shot [--hub hub-demo] [--per-class N]"})
final class HubZeroShotCommand implements Callable<Integer> {

    @ParentCommand
    HubCommand hub;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--per-class", defaultValue = "0", paramLabel = "N",
            description = "Test images per class, the first ones (default: all 1,000).")
    int perClass;

    @Override
    public Integer call() {
        ImageStore store = ImageStore.openDefault();
        List<ModelEvaluation> vlms = HubEvaluation.builder()
                .setHubDirectory(hub.hubDirectory != null ? hub.hubDirectory : DemoHubPaths.defaultHub())
                .optStore(store).optPerClass(perClass).optDatasets(ZeroShotTable.DATASETS).optSplits(List.of(Split.TEST))
                .optVlmsOnly(true).optProgress(ConsoleProgress.stderr()).build().run();
        PrintWriter out = spec.commandLine().getOut();
        new ZeroShotTable(vlms, store).lines().forEach(out::println);
        out.flush();
        return ExitCodes.OK;
    }
}
