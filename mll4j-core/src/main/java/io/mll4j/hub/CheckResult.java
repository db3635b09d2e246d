package io.mll4j.hub;

import java.util.Map;

/**
 * What a {@link ModelChecker} measured while admitting a model.
 *
 * @param params     parameter count ({@code null}: not measured)
 * @param msPerImage median milliseconds per image ({@code null}: not measured)
 * @param ioNames    tensor names the checker resolved, merged under the manifest's own
 */
public record CheckResult(Long params, Double msPerImage, Map<String, String> ioNames) {
    /** Nothing measured. */
    public static final CheckResult UNMEASURED = new CheckResult(null, null, Map.of());

    public CheckResult {
        ioNames = ioNames == null ? Map.of() : Map.copyOf(ioNames);
    }
}
