package io.mll4j.cli;

import io.mll4j.data.DataSetup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DataCommandTest {
    @TempDir
    Path home;

    @Test
    void setup_withoutRepoRoot_exitsBadInputNamingProperty() {
        String savedRoot = System.clearProperty(DataSetup.REPO_ROOT_PROPERTY);
        String savedHome = System.setProperty("mll4j.home", home.toString());
        try {
            StringWriter err = new StringWriter();
            int code = Mll.commandLine().setErr(new PrintWriter(err)).execute("data", "setup");
            assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(err.toString()).contains(DataSetup.REPO_ROOT_PROPERTY);
        } finally {
            restore(DataSetup.REPO_ROOT_PROPERTY, savedRoot);
            restore("mll4j.home", savedHome);
        }
    }

    @Test
    @Tag("data")
    void show_json_listsSplitCountsOfInstalledData() {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertThat(Mll.commandLine().execute("data", "show", "--json")).isEqualTo(ExitCodes.OK);
        } finally {
            System.setOut(saved);
        }
        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"id\" : \"cifar10\"").contains("\"node\" : 1000").contains("\"manifestSha256\"");
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
