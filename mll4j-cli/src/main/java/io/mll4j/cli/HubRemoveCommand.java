package io.mll4j.cli;

import io.mll4j.hub.ModelHub;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code mll hub remove ID}. */
@Command(name = "remove", description = "Remove a model and its files from the hub.")
final class HubRemoveCommand implements Callable<Integer> {

    @ParentCommand
    HubCommand hub;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "Model id.")
    String id;

    @Override
    public Integer call() {
        String directory;
        try (ModelHub modelHub = hub.openForWriting()) {
            modelHub.remove(id);
            directory = modelHub.directory().toString();
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(hub.json ? io.mll4j.util.Json.write(Map.of("removed", id, "hub", directory))
                : "Removed " + id + " from " + directory);
        out.flush();
        return ExitCodes.OK;
    }
}
