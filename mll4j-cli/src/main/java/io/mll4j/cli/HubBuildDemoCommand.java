package io.mll4j.cli;

import io.mll4j.training.demo.BuildLog;
import io.mll4j.training.demo.DemoBuildReport;
import io.mll4j.training.demo.DemoHubBuilder;
import io.mll4j.training.demo.DemoRecipes;
import io.mll4j.wordnet.WordNetSynsetValidator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code mll hub build-demo}: trains the demo hub from its recipes, skipping models that are up to date. */
@Command(name = "build-demo", description = {
        "Train, export, score and admit every model of hub-demo/recipes.json (skips models whose recipe is unchanged).",
        "  mll hub build-demo [--only ID,...] [--out hub-demo]"})
final class HubBuildDemoCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", description = "Hub folder to fill (default: the repository's hub-demo).")
    Path out;

    @Option(names = "--recipes", paramLabel = "FILE", description = "Recipes (default: recipes.json in the hub folder).")
    Path recipesFile;

    @Option(names = "--only", split = ",", paramLabel = "ID", description = "Build only these recipes.")
    List<String> only = List.of();

    @Override
    public Integer call() {
        Path repo = DemoHubPaths.repoRoot();
        Path hub = out != null ? out : DemoHubPaths.defaultHub();
        Path recipes = recipesFile != null ? recipesFile : hub.resolve(DemoHubPaths.RECIPES);
        PrintWriter console = spec.commandLine().getOut();
        DemoBuildReport report = DemoHubBuilder.builder().setRecipes(DemoRecipes.read(recipes)).setHubDirectory(hub)
                .setRepoRoot(repo).optOnly(only).optSynsetValidator(new WordNetSynsetValidator())
                .optProgress(ConsoleProgress.stderr()).optLog(line -> {
                    console.println(line);
                    console.flush();
                }).build().run();
        BuildLog.of(report, only).write(hub);
        long built = report.outcomes().stream().filter(DemoBuildReport.Outcome::built).count();
        console.printf(Locale.ROOT, "%d models built, %d up to date, in %.1f s (%.1f min) into %s%n", built,
                report.outcomes().size() - built, report.seconds(), report.seconds() / 60, hub);
        console.flush();
        return ExitCodes.OK;
    }
}
