package io.mll4j.server;

import java.util.List;

/** What a task's selection produced: paper B's per-class VLMs or paper A's head combination. */
sealed interface TaskResult permits SelectionService.Selection, ChcoService.ChcoSelection {
    /** Models of the hub left out because they have no label on this graph (and node text). */
    List<String> unlabeled();

    /** Hub ids of the models a prediction runs. */
    List<String> models();
}
