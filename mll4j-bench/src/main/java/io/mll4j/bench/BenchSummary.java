package io.mll4j.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * What a benchmark call did.
 *
 * @param planned runs asked for (after removing duplicates)
 * @param skipped runs already stored with the same fingerprint
 * @param written run files written
 * @param growth  hub-growth files written
 * @param files   the files written
 * @param seconds wall time
 */
public record BenchSummary(int planned, int skipped, int written, int growth, List<Path> files, double seconds) {
    public BenchSummary {
        files = List.copyOf(files);
    }
}
