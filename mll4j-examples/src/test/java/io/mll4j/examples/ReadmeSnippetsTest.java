package io.mll4j.examples;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * README's Java snippets are the {@code README:begin}…{@code README:end} regions of the example programs, verbatim
 * (dedented): the programs are compiled by this module and run by {@link ExamplesTest}, so the snippets run as
 * written. (The CLI and server snippets are run by scripts/readme-test.sh.)
 */
class ReadmeSnippetsTest {
    private static final Pattern REGION = Pattern.compile("// README:begin (\\S+)\\R(.*?)\\R\\s*// README:end",
            Pattern.DOTALL);

    private static Path root() {
        return Path.of(System.getProperty("mll4j.repo.root", ".."));
    }

    @Test
    void readme_javaSnippets_areTheExampleRegionsVerbatim() throws IOException {
        String readme = Files.readString(root().resolve("README.md"));
        List<String> regions = new ArrayList<>();
        try (var files = Files.list(root().resolve("mll4j-examples/src/main/java/io/mll4j/examples"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                Matcher m = REGION.matcher(Files.readString(f));
                while (m.find()) {
                    regions.add(m.group(1));
                    String snippet = "```java\n" + dedent(m.group(2)) + "\n```";
                    assertThat(readme).as("README holds the '%s' region of %s verbatim", m.group(1), f.getFileName())
                            .contains(snippet);
                }
            }
        }
        assertThat(regions).contains("select", "predict", "combine", "register", "label", "server");
    }

    static String dedent(String block) {
        List<String> lines = block.lines().toList();
        int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
                .min().orElse(0);
        return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).collect(Collectors.joining("\n"));
    }
}
