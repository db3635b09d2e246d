package io.mll4j.server;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tasks created since the server started, in memory, the least recently used dropped beyond a cap (a task is
 * cheap to create again: POST the same body). Ids are random, so one client cannot guess another's.
 */
final class TaskStore {
    private final SecureRandom random = new SecureRandom();
    private final Map<String, TaskRecord> tasks;

    /**
     * One task.
     *
     * @param id        its id
     * @param request   what was asked
     * @param result    what was selected
     * @param createdAt when
     */
    record TaskRecord(String id, TaskRequest request, TaskResult result, Instant createdAt) {
    }

    TaskStore(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1, got " + capacity);
        }
        this.tasks = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, TaskRecord> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized TaskRecord add(TaskRequest request, TaskResult result) {
        byte[] bytes = new byte[8];
        random.nextBytes(bytes);
        TaskRecord r = new TaskRecord("t-" + HexFormat.of().formatHex(bytes), request, result, Instant.now());
        tasks.put(r.id(), r);
        return r;
    }

    synchronized Optional<TaskRecord> get(String id) {
        return Optional.ofNullable(tasks.get(id));
    }

    /** The tasks, most recently used first. */
    synchronized List<TaskRecord> list() {
        return tasks.values().stream().toList().reversed();
    }

    synchronized int size() {
        return tasks.size();
    }
}
