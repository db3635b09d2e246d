package io.mll4j.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import io.mll4j.hub.ClassLabel;
import io.mll4j.hub.HubEntry;
import io.mll4j.hub.ModelFile;
import io.mll4j.hub.ModelHub;
import io.mll4j.hub.ModelKind;
import io.mll4j.hub.ModelManifest;
import io.mll4j.hub.ModelPackage;
import io.mll4j.hub.Provenance;
import io.mll4j.util.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code mll hub add}: admits an expert from one ONNX file and options, or any model from a manifest. */
@Command(name = "add", description = {
        "Check a model with ONNX Runtime and add it to the hub.",
        "  mll hub add model.onnx --id ID --labels a,b,c [--synsets n…,n…]",
        "              --preprocessing PRESET|FILE",
        "  mll hub add --manifest entry.json   (files resolved next to it)"})
final class HubAddCommand implements Callable<Integer> {

    @ParentCommand
    HubCommand hub;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "MODEL.onnx", description = "The expert's ONNX file.")
    Path modelFile;

    @Option(names = "--manifest", paramLabel = "FILE", description = "A manifest (entry.json) describing the model.")
    Path manifestFile;

    @Option(names = "--id", description = "Hub id: lowercase letters, digits, '.', '_', '-'.")
    String id;

    @Option(names = "--labels", split = ",", paramLabel = "NAME", description = "Class names in output order.")
    List<String> labels;

    @Option(names = "--labels-file", paramLabel = "FILE",
            description = "Class names in output order: one per line, or JSON [{\"name\": …, \"synset\": …}].")
    Path labelsFile;

    @Option(names = "--synsets", split = ",", paramLabel = "SYNSET",
            description = "WordNet synset per label (e.g. n13742358), same order as the labels.")
    List<String> synsets;

    @Option(names = "--preprocessing", paramLabel = "PRESET|FILE",
            description = "mnist, clip-224, imagenet-224, or a preprocessing JSON file.")
    String preprocessing;

    @Option(names = "--source", description = "Where the weights come from (default: the file path).")
    String source;

    @Option(names = "--license", description = "License of the weights (SPDX id where there is one).")
    String license;

    @Option(names = "--notes", description = "Free-text notes kept in the provenance.")
    String notes;

    @Override
    public Integer call() {
        ModelPackage pkg = manifestFile != null ? fromManifest() : fromOptions();
        HubEntry entry;
        try (ModelHub modelHub = hub.openForWriting()) {
            entry = modelHub.add(pkg);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (hub.json) {
            out.println(Json.write(entry.manifest()));
        } else {
            ModelManifest m = entry.manifest();
            out.printf("Added %s: %s, %d labels, %s params, %s, %s ms/image -> %s%n", m.id(), m.kind(),
                    m.labels().size(), HumanUnits.count(m.costProfile().params()),
                    HumanUnits.bytes(m.costProfile().fileBytes()), HumanUnits.millis(m.costProfile().msPerImage()),
                    entry.directory());
        }
        out.flush();
        return ExitCodes.OK;
    }

    private ModelPackage fromManifest() {
        if (modelFile != null || id != null || labels != null || labelsFile != null || synsets != null
                || preprocessing != null) {
            throw bad("--manifest describes the whole model; do not combine it with a model file or "
                    + "--id/--labels/--labels-file/--synsets/--preprocessing");
        }
        return ModelPackage.fromManifestFile(manifestFile);
    }

    private ModelPackage fromOptions() {
        if (modelFile == null) {
            throw bad("give a model file (mll hub add model.onnx --id …) or --manifest entry.json");
        }
        if (id == null || preprocessing == null) {
            throw bad("adding " + modelFile + " needs --id and --preprocessing");
        }
        if (!Files.isRegularFile(modelFile)) {
            throw new IllegalArgumentException("model file not found: " + modelFile);
        }
        Path absolute = modelFile.toAbsolutePath().normalize();
        ModelManifest manifest = ModelManifest.builder()
                .setId(id).setKind(ModelKind.EXPERT)
                .addFile(ModelFile.of(ModelFile.MODEL, absolute.getFileName().toString()))
                .setPreprocessing(PreprocessingPreset.resolve(preprocessing))
                .optLabels(classLabels())
                .optProvenance(Provenance.now(source != null ? source : absolute.toString(), license, notes))
                .build();
        return new ModelPackage(manifest, absolute.getParent());
    }

    private List<ClassLabel> classLabels() {
        if ((labels == null) == (labelsFile == null)) {
            throw bad("give the class names with exactly one of --labels a,b,c or --labels-file FILE");
        }
        List<ClassLabel> read = labels != null ? labels.stream().map(n -> new ClassLabel(n.strip(), null)).toList()
                : readLabelsFile(labelsFile);
        if (synsets == null) {
            return read;
        }
        if (synsets.size() != read.size()) {
            throw new IllegalArgumentException("--synsets has " + synsets.size() + " ids for " + read.size() + " labels");
        }
        List<ClassLabel> mapped = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            mapped.add(new ClassLabel(read.get(i).name(), synsets.get(i).strip()));
        }
        return mapped;
    }

    private static List<ClassLabel> readLabelsFile(Path file) {
        try {
            if (file.getFileName().toString().endsWith(".json")) {
                return Json.mapper().readValue(file.toFile(), new TypeReference<List<ClassLabel>>() { });
            }
            return Files.readAllLines(file).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> new ClassLabel(l, null)).toList();
        } catch (IOException e) {
            throw new IllegalArgumentException("--labels-file " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    private CommandLine.ParameterException bad(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
