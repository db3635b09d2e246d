package io.mll4j.interop;

import com.fasterxml.jackson.databind.JsonNode;
import io.mll4j.util.Json;
import io.mll4j.util.PythonJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.mll4j.interop.OfficialLabelsTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;

/** Golden output of Python's json.dump and float repr (make_fixtures.py). */
class OfficialSelectionTest {
    @TempDir
    Path dir;

    @Test
    void write_trickyClassNames_byteForByteAsPythonJsonDump() throws IOException {
        Map<String, List<String>> selection = new LinkedHashMap<>();
        for (JsonNode pair : Json.mapper().readTree(fixture("selection_input.json").toFile())) {
            List<String> models = new ArrayList<>();
            pair.get(1).forEach(m -> models.add(m.asText()));
            selection.put(pair.get(0).asText(), models);
        }
        Path file = OfficialSelection.write(dir, 0.7, 3, selection);
        assertThat(file.getFileName().toString()).isEqualTo("selected_0.7_3.json");
        assertThat(Files.readAllBytes(file)).isEqualTo(Files.readAllBytes(fixture("selected_0.7_3.json")));
    }

    @Test
    void repr_doubles_asPythonPrintsThem() throws IOException {
        for (String line : Files.readAllLines(fixture("python_float_repr.txt"))) {
            String[] parts = line.split(" ");
            double x = Double.parseDouble(parts[2].replace("0x", "0x").replace("p", "p"));
            assertThat(PythonJson.repr(x)).as(line).isEqualTo(parts[0]);
        }
        assertThat(OfficialSelection.fileName(0.5, 6)).isEqualTo("selected_0.5_6.json");
    }
}
