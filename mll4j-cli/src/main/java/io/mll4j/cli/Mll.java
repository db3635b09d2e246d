package io.mll4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code mll} command line: thin commands that parse, call the library and print. */
@Command(name = "mll", mixinStandardHelpOptions = true, versionProvider = Mll.Version.class,
        description = "Model Label Learning: pick and run the right models for a new task from class names alone.",
        subcommands = {
                CommandLine.HelpCommand.class,
                HubCommand.class,
                GraphCommand.class,
                DataCommand.class,
                LabelCommand.class,
                SelectCommand.class,
                PredictCommand.class,
                EvalCommand.class,
                BenchCommand.class,
                DemoCommand.class,
                ServeCommand.class,
        })
public final class Mll implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new Mll())
                .setExecutionExceptionHandler(new ExitCodes())
                .setParameterExceptionHandler(new ExitCodes());
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Mll.class.getPackage().getImplementationVersion();
            return new String[]{"mll4j " + (v == null ? "dev" : v)};
        }
    }
}
