package io.mll4j.hub;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What running a model costs, as measured when it was admitted.
 *
 * @param params      parameters counted from the model's initializers ({@code null}: not measured)
 * @param fileBytes   total size of the entry's files
 * @param msPerImage  median milliseconds per image on the admitting machine, batch 1, after warm-up
 *                    ({@code null}: not measured)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CostProfile(Long params, long fileBytes, Double msPerImage) {
    public CostProfile {
        if (fileBytes < 0 || (params != null && params < 0) || (msPerImage != null && !(msPerImage >= 0))) {
            throw new IllegalArgumentException("cost profile values must be >= 0: params=" + params
                    + ", fileBytes=" + fileBytes + ", msPerImage=" + msPerImage);
        }
    }
}
