package io.mll4j.server;

import com.fasterxml.jackson.core.JacksonException;
import io.mll4j.exception.DataException;
import io.mll4j.exception.HubException;
import io.mll4j.exception.ModelLoadException;
import io.mll4j.exception.UnknownSynsetException;
import io.mll4j.hub.HubEntry;
import io.mll4j.hub.ModelFile;
import io.mll4j.hub.ModelHub;
import io.mll4j.hub.ModelManifest;
import io.mll4j.hub.ModelPackage;
import io.mll4j.hub.SynsetValidator;
import io.mll4j.onnx.OnnxModelChecker;
import io.mll4j.select.MethodVariant;
import io.mll4j.util.Directories;
import io.mll4j.util.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /models}, {@code GET /models/{id}} and {@code POST /models}: registration of a model as a multipart
 * body with a {@code manifest} part (the manifest JSON, {@code entry.json}'s format) and one file part per manifest
 * file, matched by file name. The model goes through the hub's admission (ONNX Runtime check, cost measurement,
 * synset validation); it is then labeled in the background ({@link LabelJobs}).
 */
final class ModelRoutes {
    private final ModelHub hub;
    private final ModelPool pool;
    private final HubLabels labels;
    private final LabelJobs labelJobs;
    private final SynsetValidator synsets;

    ModelRoutes(ModelHub hub, ModelPool pool, HubLabels labels, LabelJobs labelJobs, SynsetValidator synsets) {
        this.hub = hub;
        this.pool = pool;
        this.labels = labels;
        this.labelJobs = labelJobs;
        this.synsets = synsets;
    }

    void register(Router router) {
        router.get("/models", call -> call.sendJson(200, hub.list().stream().map(e -> view(e, false)).toList()))
                .get("/models/{id}", call -> call.sendJson(200, view(entry(call.pathParam("id")), true)))
                .post("/models", this::add);
    }

    private HubEntry entry(String id) {
        if (!hub.contains(id)) {
            throw ApiException.notFound("id", "No model '" + id + "' in the hub (GET /models lists them)");
        }
        return hub.get(id);
    }

    private void add(HttpCall call) throws IOException {
        if (!call.mediaType().equals("multipart/form-data")) {
            throw new ApiException(415, "Content-Type", "Register a model as multipart/form-data: a 'manifest' "
                    + "part (JSON) and one file part per manifest file");
        }
        List<Multipart.Part> parts = Multipart.parse(call.contentType(), call.body());
        ModelManifest manifest = manifest(parts);
        Path staging = Files.createTempDirectory("mll-register-");
        HubEntry entry;
        try {
            writeFiles(manifest, parts, staging);
            entry = admit(new ModelPackage(manifest, staging));
        } finally {
            deleteQuietly(staging);
        }
        labelJobs.submit(entry);
        call.header("Location", "/models/" + entry.id());
        call.sendJson(201, view(entry, true));
    }

    private HubEntry admit(ModelPackage pkg) {
        OnnxModelChecker.Builder checker = OnnxModelChecker.builder();
        String encoder = pkg.manifest().textEncoder();
        if (encoder != null) {
            // declaring the encoder's dimension lets admission check that the image tower fits it
            checker.optTextEncoderDimension(encoder, pool.textEncoder(encoder).dimension());
        }
        try (ModelHub writer = ModelHub.builder().optDirectory(hub.directory()).optChecker(checker.build())
                .optSynsetValidator(synsets).build()) {
            return writer.add(pkg);
        } catch (UnknownSynsetException e) {
            throw new ApiException(422, "manifest.labels", e.getMessage(), e);
        } catch (ModelLoadException | DataException e) {
            throw new ApiException(422, "files", e.getMessage(), e);
        } catch (HubException e) {
            throw new ApiException(409, "manifest.id", e.getMessage(), e);
        }
    }

    private static ModelManifest manifest(List<Multipart.Part> parts) {
        List<Multipart.Part> found = parts.stream().filter(p -> p.name().equals("manifest")).toList();
        if (found.size() != 1) {
            throw ApiException.badRequest("manifest", found.isEmpty() ? "Part 'manifest' (the manifest JSON) is "
                    + "required" : "Part 'manifest' appears " + found.size() + " times");
        }
        try {
            return Json.mapper().readValue(found.getFirst().body(), ModelManifest.class);
        } catch (JacksonException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : e;
            String message = cause == e ? e.getOriginalMessage() : cause.getMessage();
            throw new ApiException(400, "manifest", "Invalid manifest: " + message, e);
        } catch (IOException e) {
            throw new ApiException(400, "manifest", "Unreadable manifest: " + e.getMessage(), e);
        }
    }

    /** Writes each manifest file from the part with its file name; every other file part is refused. */
    private static void writeFiles(ModelManifest manifest, List<Multipart.Part> parts, Path staging)
            throws IOException {
        Map<String, Multipart.Part> byName = new LinkedHashMap<>();
        for (Multipart.Part p : parts) {
            if (p.name().equals("manifest")) {
                continue;
            }
            if (p.filename() == null || p.filename().isBlank()) {
                throw ApiException.badRequest(p.name(), "Part '" + p.name() + "' is not a file");
            }
            if (byName.put(baseName(p.filename()), p) != null) {
                throw ApiException.badRequest(p.name(), "File '" + p.filename() + "' is sent twice");
            }
        }
        List<String> used = new ArrayList<>();
        for (ModelFile f : manifest.files()) {
            String name = baseName(f.path());
            Multipart.Part part = byName.get(name);
            if (part == null) {
                throw ApiException.badRequest("files." + f.role(), "The manifest lists '" + f.path() + "' (role "
                        + f.role() + ") but no file part named '" + name + "' was sent");
            }
            Path target = staging.resolve(f.path()).normalize();
            if (!target.startsWith(staging)) {
                throw ApiException.badRequest("manifest.files", "File path '" + f.path() + "' leaves the model folder");
            }
            Files.createDirectories(target.getParent());
            Files.write(target, part.body());
            used.add(name);
        }
        byName.keySet().stream().filter(n -> !used.contains(n)).findFirst().ifPresent(n -> {
            throw ApiException.badRequest(byName.get(n).name(), "File '" + n + "' is not listed in the manifest");
        });
    }

    private static void deleteQuietly(Path staging) {
        try {
            Directories.deleteRecursively(staging);
        } catch (IOException ignored) {
            // a temporary folder left behind must not hide the registration's own outcome
        }
    }

    private static String baseName(String path) {
        String p = path.replace('\\', '/');
        return p.substring(p.lastIndexOf('/') + 1);
    }

    /** A model as the API shows it: summary, label state per variant, load state, and the manifest on request. */
    private Map<String, Object> view(HubEntry e, boolean withManifest) {
        ModelManifest m = e.manifest();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", m.id());
        out.put("kind", m.kind());
        if (m.textEncoder() != null) {
            out.put("textEncoder", m.textEncoder());
        }
        if (m.costProfile() != null) {
            out.put("cost", m.costProfile());
        }
        out.put("headSize", m.labels().size());
        Map<String, Boolean> labeled = new LinkedHashMap<>();
        for (MethodVariant v : MethodVariant.values()) {
            // an expert's label does not depend on node texts: one label serves both variants
            labeled.put(TaskRequest.kebab(v), labels.isLabeled(e, v.nodeText()));
        }
        out.put("labeled", labeled);
        labelJobs.job(m.id()).ifPresent(j -> out.put("labelJob", j));
        out.put("loaded", pool.isLoaded(e));
        if (withManifest) {
            out.put("manifest", m);
        }
        return out;
    }
}
