package io.mll4j.cli;

import java.nio.file.Path;

/** Where the demo hub lives: {@code hub-demo/} of the repository ({@code mll4j.repo.root}, set by {@code ./mll}). */
final class DemoHubPaths {
    static final String RECIPES = "recipes.json";

    private DemoHubPaths() {
    }

    static Path repoRoot() {
        return Path.of(System.getProperty("mll4j.repo.root", ".")).toAbsolutePath().normalize();
    }

    static Path defaultHub() {
        return repoRoot().resolve("hub-demo");
    }
}
