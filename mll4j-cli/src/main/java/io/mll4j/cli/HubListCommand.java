package io.mll4j.cli;

import io.mll4j.hub.HubEntry;
import io.mll4j.hub.ModelHub;
import io.mll4j.hub.ModelManifest;
import io.mll4j.util.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code mll hub list}: one row per model; a ConSE composite shows as {@code VLM (ConSE)}, without a label count. */
@Command(name = "list", description = "List the models in the hub.")
final class HubListCommand implements Callable<Integer> {
    private static final String[] HEADER = {"ID", "KIND", "LABELS", "TEXT ENCODER", "PARAMS", "SIZE", "MS/IMAGE"};

    @ParentCommand
    HubCommand hub;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<HubEntry> entries;
        String directory;
        try (ModelHub modelHub = hub.openForReading()) {
            entries = modelHub.list();
            directory = modelHub.directory().toString();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (hub.json) {
            out.println(Json.write(entries.stream().map(HubEntry::manifest).toList()));
        } else if (entries.isEmpty()) {
            out.println("No models in " + directory);
        } else {
            List<String[]> rows = new ArrayList<>();
            rows.add(HEADER);
            for (HubEntry e : entries) {
                rows.add(row(e.manifest()));
            }
            printTable(out, rows);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String[] row(ModelManifest m) {
        boolean measured = m.costProfile() != null;
        // a ConSE composite's labels are its classifier's head, which does not limit the classes it can score
        return new String[]{m.id(), m.isConse() ? "VLM (ConSE)" : m.kind().name(),
                m.isConse() ? "-" : String.valueOf(m.labels().size()),
                m.textEncoder() == null ? "-" : m.textEncoder(),
                measured ? HumanUnits.count(m.costProfile().params()) : "-",
                HumanUnits.bytes(measured ? m.costProfile().fileBytes() : m.totalBytes()),
                measured ? HumanUnits.millis(m.costProfile().msPerImage()) : "-"};
    }

    private static void printTable(PrintWriter out, List<String[]> rows) {
        int[] widths = new int[HEADER.length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                line.append(String.format("%-" + widths[i] + "s", r[i])).append(i < r.length - 1 ? "  " : "");
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
