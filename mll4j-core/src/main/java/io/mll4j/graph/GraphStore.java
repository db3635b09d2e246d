package io.mll4j.graph;

import io.mll4j.exception.GraphException;
import io.mll4j.util.AtomicFiles;
import io.mll4j.util.Mll4jHome;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * Keeps graph artifacts in a directory (default {@code <MLL4J_HOME>/graph}): one immutable file per version,
 * {@code graph-<first 16 hex of version>.bin.gz}, and {@code current.properties} naming the current one. Both are
 * written atomically, so a failed build never disturbs the stored graph, and labels can reload the graph they were
 * made on. The pointer is plain {@code key=value} text so that loading needs no JSON machinery (cold start).
 */
public final class GraphStore {
    /** The pointer file naming the current graph. */
    public static final String CURRENT = "current.properties";

    private final Path dir;

    public GraphStore(Path dir) {
        this.dir = Objects.requireNonNull(dir, "dir");
    }

    /** The store under {@link Mll4jHome#dir()}{@code /graph}. */
    public static GraphStore atDefault() {
        return new GraphStore(Mll4jHome.dir().resolve("graph"));
    }

    /**
     * What {@code current.properties} records.
     *
     * @param version full version (content hash) of the current graph
     * @param file    artifact file name in the store directory
     * @param nodes   node count
     * @param edges   edge count
     * @param images  distinct image count
     */
    public record Current(String version, String file, int nodes, int edges, int images) {
    }

    public Path dir() {
        return dir;
    }

    /** The artifact file of a version. */
    public Path file(String version) {
        if (version == null || version.length() < 16) {
            throw new IllegalArgumentException("Graph version needs at least 16 hex digits: '" + version + "'");
        }
        return dir.resolve("graph-" + version.substring(0, 16) + ".bin.gz");
    }

    /** Writes the graph's artifact and makes it current; returns the artifact file. */
    public Path save(SemanticGraph graph) {
        Path file = file(graph.version());
        AtomicFiles.write(file, out -> GraphArtifact.write(graph, out));
        String pointer = "version=" + graph.version() + "\nfile=" + file.getFileName() + "\nnodes=" + graph.size()
                + "\nedges=" + graph.edgeCount() + "\nimages=" + graph.allImages().size() + "\n";
        AtomicFiles.write(dir.resolve(CURRENT), pointer.getBytes(StandardCharsets.UTF_8));
        return file;
    }

    /** The current graph's pointer, if a graph was saved. */
    public Optional<Current> current() {
        Path pointer = dir.resolve(CURRENT);
        if (!Files.isRegularFile(pointer)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(pointer, StandardCharsets.UTF_8)) {
            p.load(in);
            return Optional.of(new Current(required(p, "version", pointer), required(p, "file", pointer),
                    Integer.parseInt(required(p, "nodes", pointer)), Integer.parseInt(required(p, "edges", pointer)),
                    Integer.parseInt(required(p, "images", pointer))));
        } catch (IOException | NumberFormatException e) {
            throw new GraphException("Cannot read graph pointer " + pointer + ": " + e.getMessage(), e);
        }
    }

    /** @throws GraphException if no graph was built yet (telling how to build one) or the artifact is unreadable */
    public SemanticGraph load() {
        Current current = current().orElseThrow(() -> new GraphException(
                "No semantic graph in " + dir + ": build it with `mll graph build`"));
        return read(dir.resolve(current.file()), current.version());
    }

    /** Loads a specific version (e.g. the one a model label was computed on). */
    public SemanticGraph load(String version) {
        return read(file(version), version);
    }

    private static String required(Properties p, String key, Path file) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new GraphException("Graph pointer " + file + " lacks '" + key + "'");
        }
        return value.trim();
    }

    private static SemanticGraph read(Path file, String expectedVersion) {
        SemanticGraph graph;
        try (InputStream in = Files.newInputStream(file)) {
            graph = GraphArtifact.read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new GraphException("Graph artifact " + file + " is missing: rebuild with `mll graph build`", e);
        } catch (IOException e) {
            throw new GraphException("Cannot read graph artifact " + file + ": " + e.getMessage(), e);
        }
        if (!graph.version().startsWith(expectedVersion)) {
            throw new GraphException("Graph artifact " + file + " holds version " + graph.version()
                    + ", expected " + expectedVersion);
        }
        return graph;
    }
}
