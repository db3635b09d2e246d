package io.mll4j.cli;

import io.mll4j.hub.ClassLabel;
import io.mll4j.hub.HubEntry;
import io.mll4j.hub.ModelFile;
import io.mll4j.hub.ModelHub;
import io.mll4j.hub.ModelManifest;
import io.mll4j.util.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code mll hub show ID}: everything the manifest says about one model. */
@Command(name = "show", description = "Show one model's manifest.")
final class HubShowCommand implements Callable<Integer> {
    /** Labels printed before eliding the rest (ImageNet heads have 1,000). */
    private static final int MAX_LABELS = 30;

    @ParentCommand
    HubCommand hub;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "Model id.")
    String id;

    @Override
    public Integer call() {
        HubEntry entry;
        try (ModelHub modelHub = hub.openForReading()) {
            entry = modelHub.get(id);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (hub.json) {
            out.println(Json.write(entry.manifest()));
        } else {
            print(out, entry);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void print(PrintWriter out, HubEntry entry) {
        ModelManifest m = entry.manifest();
        out.println("id:            " + m.id());
        out.println("kind:          " + m.kind() + " (" + m.format() + ")");
        out.println("folder:        " + entry.directory());
        out.println("preprocessing: " + m.preprocessing());
        if (m.tokenizer() != null) {
            out.println("tokenizer:     " + m.tokenizer().kind().id() + " " + m.tokenizer().params());
        }
        if (m.textEncoder() != null) {
            out.println("text encoder:  " + m.textEncoder());
        }
        if (m.costProfile() != null) {
            out.println("cost:          " + HumanUnits.count(m.costProfile().params()) + " params, "
                    + HumanUnits.bytes(m.costProfile().fileBytes()) + ", "
                    + HumanUnits.millis(m.costProfile().msPerImage()) + " ms/image");
        }
        if (m.generalScore() != null) {
            out.println("general score: " + m.generalScore());
        }
        if (m.provenance() != null) {
            out.println("provenance:    " + m.provenance().source() + ", license " + m.provenance().license()
                    + ", added " + m.provenance().createdAt()
                    + (m.provenance().notes() == null ? "" : " (" + m.provenance().notes() + ")"));
        }
        out.println("files:");
        for (ModelFile f : m.files()) {
            out.println("  " + f.role() + ": " + f.path() + "  " + HumanUnits.bytes(f.bytes() == null ? 0 : f.bytes())
                    + "  sha256 " + f.sha256());
        }
        if (!m.ioNames().isEmpty()) {
            out.println("io names:");
            m.ioNames().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .forEach(e -> out.println("  " + e.getKey() + " = " + e.getValue()));
        }
        if (!m.labels().isEmpty()) {
            out.println("labels (" + m.labels().size() + "):");
            m.labels().stream().limit(MAX_LABELS).forEach(l -> out.println("  " + format(l)));
            if (m.labels().size() > MAX_LABELS) {
                out.println("  … and " + (m.labels().size() - MAX_LABELS) + " more (--json lists all)");
            }
        }
    }

    private static String format(ClassLabel l) {
        return l.synset() == null ? l.name() : l.name() + " -> " + l.synset();
    }
}
