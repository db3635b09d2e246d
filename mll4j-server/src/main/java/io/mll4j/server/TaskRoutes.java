package io.mll4j.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * {@code POST /tasks} (select), {@code GET /tasks}, {@code GET /tasks/{id}} and
 * {@code POST /tasks/{id}/predictions} (reuse on uploaded images).
 */
final class TaskRoutes {
    private final ModelHub hub;
    private final ModelPool pool;
    private final SelectionService selection;
    private final TaskStore tasks;
    private final Semaphore inferenceSlots;
    private final Duration slotWait;
    private final int maxImages;

    TaskRoutes(ModelHub hub, ModelPool pool, SelectionService selection, TaskStore tasks, Semaphore inferenceSlots,
               Duration slotWait, int maxImages) {
        this.hub = hub;
        this.pool = pool;
        this.selection = selection;
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
        SelectionService.Selection s = selection.select(request);
        TaskStore.TaskRecord record = tasks.add(request, s);
        call.header("Location", "/tasks/" + record.id());
        call.sendJson(201, view(record));
    }

    private void list(HttpCall call) throws IOException {
        call.sendJson(200, tasks.list().stream().map(t -> Map.of("id", t.id(), "name", t.request().task().name(),
                "classes", t.request().task().classes(), "createdAt", t.createdAt().toString())).toList());
    }

    private void predict(HttpCall call) throws IOException {
        TaskStore.TaskRecord task = task(call);
        Prompt prompt = call.query("prompt").map(v -> TaskRequest.parseChoice(v, "prompt", Prompt.class))
                .orElse(task.request().prompt());
        List<ImageSource> images = ImageUploads.read(call, maxImages);
        List<HubEntry> entries = task.report().selectedModels().stream().map(hub::get).toList();
        PredictionReport report;
        acquireSlot();
        try (ModelPool.Lease ignored = pool.lease(entries)) {
            report = Reuser.builder().setHub(hub).setOpener(pool).optPrompt(prompt).optBatchSize(maxImages).build()
                    .predictSources(task.report().selected(), images);
        } finally {
            inferenceSlots.release();
        }
        if (report.failures().size() == report.images().size()) {
            throw ApiException.unprocessable("images", "No image could be read: " + report.failures().stream()
                    .map(ImagePrediction::error).collect(Collectors.joining("; ")));
        }
        ObjectNode out = Json.mapper().createObjectNode();
        out.put("task", task.id());
        out.put("predicted", report.images().size() - report.failures().size());
        out.put("failed", report.failures().size());
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

    /** A task as the API returns it: the report plus the full score matrix and the settings applied. */
    private static Map<String, Object> view(TaskStore.TaskRecord t) {
        TaskRequest r = t.request();
        SelectionConfig c = r.config();
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("variant", TaskRequest.kebab(r.variant()));
        settings.put("k", c.k());
        settings.put("alpha", c.alpha());
        settings.put("n", c.topNodes());
        settings.put("prompt", TaskRequest.kebab(r.prompt()));
        settings.put("textEncoder", r.textEncoder());
        settings.put("classText", TaskRequest.kebab(r.classText()));
        settings.put("allowUncovered", r.allowUncovered());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", t.id());
        out.put("createdAt", t.createdAt().toString());
        out.put("settings", settings);
        out.put("selected", t.report().selected());
        out.put("unlabeled", t.selection().unlabeled());
        out.put("scores", Map.of("models", t.report().candidates(), "classes", t.report().task().classes(),
                "reuse", t.selection().scores()));
        out.put("report", t.report());
        out.put("links", Map.of("self", "/tasks/" + t.id(), "predictions", "/tasks/" + t.id() + "/predictions"));
        return out;
    }
}
