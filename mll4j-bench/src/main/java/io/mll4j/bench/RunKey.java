package io.mll4j.bench;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Locale;

/**
 * What identifies a run: (task, method, k, α), with k and α present only when the method uses them. Its file name is
 * the template {@code {task}.{method}[.k{k}][.a{alpha:0.00}].json}, e.g. {@code cifar10.mll-paper.k3.a0.70.json},
 * {@code cifar10.all-models.json}.
 *
 * @param task   task name
 * @param method method name
 * @param k      k, or {@code null}
 * @param alpha  α, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunKey(String task, String method, Integer k, Double alpha) {

    /** The key of a method's run with these parameters (dropping what the method ignores). */
    public static RunKey of(String task, BenchMethod method, RunParams params) {
        return new RunKey(task, method.name(), method.usesK() ? params.k() : null,
                method.usesAlpha() ? params.alpha() : null);
    }

    @JsonIgnore
    public String fileName() {
        StringBuilder b = new StringBuilder(task).append('.').append(method);
        if (k != null) {
            b.append(".k").append(k);
        }
        if (alpha != null) {
            b.append(String.format(Locale.ROOT, ".a%.2f", alpha));
        }
        return b.append(".json").toString();
    }

    @Override
    public String toString() {
        return fileName().substring(0, fileName().length() - ".json".length());
    }
}
