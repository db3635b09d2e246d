package io.mll4j.data;

import java.nio.file.Path;
import java.util.List;

/**
 * What a {@link DataSetup} run did.
 *
 * @param noOp     {@code true} when the stamp showed everything already installed and nothing was touched
 * @param dataHome the data home
 * @param millis   wall time of the run
 * @param actions  one line per step that changed something, in order
 */
public record SetupReport(boolean noOp, Path dataHome, long millis, List<String> actions) {
    public SetupReport {
        actions = List.copyOf(actions);
    }
}
