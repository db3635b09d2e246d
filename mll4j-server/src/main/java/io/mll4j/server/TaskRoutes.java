package io.mll4j.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mll4j.combine.CombinationReuser;
import io.mll4j.combine.FusionReport;
import io.mll4j.hub.HubEntry;
import io.mll4j.hub.ModelHub;
import io.mll4j.image.ImageSource;
import io.mll4j.reuse.ImagePrediction;
import io.mll4j.reuse.PredictionReport;
import io.mll4j.reuse.Prompt;
import io.mll4j.reuse.Reuser;
import io.mll4j.select.SelectionConfig;
import io.mll4j.util.Json;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * {@code POST /tasks} (select: paper B's {@link SelectionService} or paper A's {@link ChcoService}),
 * {@code GET /tasks}, {@code GET /tasks/{id}} and {@code POST /tasks/{id}/predictions} (reuse on uploaded images:
 * paper B's entropy-weighted {@link Reuser}, or the CHCO combination's naive-Bayes fusion).
 */
final class TaskRoutes {
    private final ModelHub hub;
    private final ModelPool pool;
    private final SelectionService selection;
    private final ChcoService chco;
    private final TaskStore tasks;
    private final Semaphore inferenceSlots;
    private final Duration slotWait;
    private final int maxImages;

    TaskRoutes(ModelHub hub, ModelPool pool, SelectionService selection, ChcoService chco, TaskStore tasks,
               Semaphore inferenceSlots, Duration slotWait, int maxImages) {
        this.hub = hub;
        this.pool = pool;
        this.selection = selection;
        this.chco = chco;
        this.tasks = tasks;
        this.inferenceSlots = inferenceSlots;
        this.slotWait = slotWait;
        this.maxImages = maxImages;
    }

    void register(Router router) {
        router.post("/tasks", this::create)
                .get("/tasks", this::list)
                .get("/tasks/{id}", call -> call.sendJson(200, view(task(call))))
                .post("/tasks/{id}/predictions", this::predict);
    }

    private void create(HttpCall call) throws IOException {
        TaskRequest request = TaskRequest.parse(call.jsonBody());
        TaskResult result = request.method() == TaskRequest.Method.CHCO ? chco.select(request)
                : selection.select(request);
        TaskStore.TaskRecord record = tasks.add(request, result);
        call.header("Location", "/tasks/" + record.id());
        call.sendJson(201, view(record));
    }

    private void list(HttpCall call) throws IOException {
        call.sendJson(200, tasks.list().stream().map(t -> Map.of("id", t.id(), "name", t.request().task().name(),
                "method", TaskRequest.kebab(t.request().method()), "classes", t.request().task().classes(),
                "createdAt", t.createdAt().toString())).toList());
    }

    private void predict(HttpCall call) throws IOException {
        TaskStore.TaskRecord task = task(call);
        Optional<Prompt> prompt = call.query("prompt").map(v -> TaskRequest.parseChoice(v, "prompt", Prompt.class));
        if (prompt.isPresent() && task.result() instanceof ChcoService.ChcoSelection) {
            throw ApiException.badRequest("prompt", "Query parameter 'prompt' applies to mll tasks; a chco task's "
                    + "VLM heads use the prompt it was selected with");
        }
        List<ImageSource> images = ImageUploads.read(call, maxImages);
        List<HubEntry> entries = task.result().models().stream().map(hub::get).toList();
        Object report;
        List<String> errors;
        acquireSlot();
        try (ModelPool.Lease ignored = pool.lease(entries)) {
            if (task.result() instanceof ChcoService.ChcoSelection c) {
                FusionReport fused = CombinationReuser.builder().setHub(hub).setOpener(pool).optBatchSize(maxImages)
                        .build().predictSources(c.report().combination(), images);
                report = fused;
                errors = fused.failures().stream().map(FusionReport.FusedImage::error).toList();
            } else {
                PredictionReport voted = Reuser.builder().setHub(hub).setOpener(pool)
                        .optPrompt(prompt.orElse(task.request().prompt())).optBatchSize(maxImages).build()
                        .predictSources(((SelectionService.Selection) task.result()).report().selected(), images);
                report = voted;
                errors = voted.failures().stream().map(ImagePrediction::error).toList();
            }
        } finally {
            inferenceSlots.release();
        }
        if (errors.size() == images.size()) {
            throw ApiException.unprocessable("images", "No image could be read: " + String.join("; ", errors));
        }
        ObjectNode out = Json.mapper().createObjectNode();
        out.put("task", task.id());
        out.put("method", TaskRequest.kebab(task.request().method()));
        out.put("predicted", images.size() - errors.size());
        out.put("failed", errors.size());
        out.setAll((ObjectNode) Json.mapper().valueToTree(report));
        call.sendJson(200, out);
    }

    private void acquireSlot() {
        try {
            if (!inferenceSlots.tryAcquire(slotWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ApiException(503, null, "The server is busy: every inference slot stayed taken for "
                        + slotWait.toSeconds() + " s; retry later");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, null, "Interrupted while waiting for an inference slot");
        }
    }

    private TaskStore.TaskRecord task(HttpCall call) {
        String id = call.pathParam("id");
        return tasks.get(id).orElseThrow(() -> ApiException.notFound("id", "No task '" + id + "' (tasks live in "
                + "memory: create it again with POST /tasks)"));
    }

    /** A task as the API returns it: its method, settings, the report and what the page draws from it. */
    private static Map<String, Object> view(TaskStore.TaskRecord t) {
        TaskRequest r = t.request();
        SelectionConfig c = r.config();
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("variant", TaskRequest.kebab(r.variant()));
        if (r.chco() == null) {
            settings.put("k", c.k());
        }
        settings.put("alpha", c.alpha());
        settings.put("n", c.topNodes());
        settings.put("prompt", TaskRequest.kebab(r.prompt()));
        settings.put("textEncoder", r.textEncoder());
        settings.put("classText", TaskRequest.kebab(r.classText()));
        settings.put("allowUncovered", r.allowUncovered());
        settings.put("models", r.models());
        if (r.chco() != null) {
            settings.putAll(r.chco().view());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", t.id());
        out.put("method", TaskRequest.kebab(r.method()));
        out.put("createdAt", t.createdAt().toString());
        out.put("settings", settings);
        out.put("unlabeled", t.result().unlabeled());
        switch (t.result()) {
            case SelectionService.Selection s -> {
                out.put("selected", s.report().selected());
                out.put("scores", Map.of("models", s.report().candidates(), "classes", s.report().task().classes(),
                        "reuse", s.scores()));
                out.put("report", s.report());
            }
            case ChcoService.ChcoSelection s -> {
                out.put("summary", ChcoSummary.of(s.report()));
                out.put("report", s.report());
            }
        }
        out.put("links", Map.of("self", "/tasks/" + t.id(), "predictions", "/tasks/" + t.id() + "/predictions"));
        return out;
    }
}
