package io.mll4j.graph;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.mll4j.exception.GraphException;
import io.mll4j.util.Json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The stored form of a graph: gzip-compressed JSON {@code {format, version, provenance, images, nodes, edges}}.
 * Each distinct image is listed once ({@code path}, {@code sha256}, {@code origin}, ordered by path); nodes (ordered
 * by id) and edges ({@code [parent, child]}) refer to images and nodes by position, which keeps the file small and
 * fast to load. The bytes depend only on the graph (the gzip header carries no time stamp).
 */
public final class GraphArtifact {
    /** Format tag of this layout; a reader refuses other tags. */
    public static final String FORMAT = "mll4j-graph/1";

    private static final ObjectWriter WRITER = Json.mapper().writerFor(Document.class)
            .without(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectReader READER = Json.mapper().readerFor(Document.class);

    private GraphArtifact() {
    }

    /** The serialised document. */
    record Document(String format, String version, GraphProvenance provenance, List<NodeImage> images,
                    List<Node> nodes, List<int[]> edges) {
    }

    /** A node of the document; {@code images} are positions in the document's image list. */
    record Node(String id, List<String> lemmas, String gloss, int[] images) {
    }

    /** Writes the graph; does not close {@code out}. */
    public static void write(SemanticGraph graph, OutputStream out) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
        WRITER.writeValue(new NonClosing(gzip), toDocument(graph));
        gzip.finish();
    }

    /** The artifact bytes of a graph. */
    public static byte[] toBytes(SemanticGraph graph) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            write(graph, bytes);
        } catch (IOException e) {
            throw new GraphException("Cannot serialise graph " + graph.version() + ": " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    /**
     * Reads a graph and checks its content hash against the recorded version.
     *
     * @param source names the input in error messages (usually the file)
     * @throws GraphException if the input is not a graph artifact of this format or its content was altered
     */
    public static SemanticGraph read(InputStream in, String source) {
        Document doc;
        try {
            doc = READER.readValue(new GZIPInputStream(in, 1 << 16));
        } catch (IOException e) {
            throw new GraphException("Cannot read graph artifact " + source + ": " + e.getMessage(), e);
        }
        if (!FORMAT.equals(doc.format())) {
            throw new GraphException("Graph artifact " + source + " has format '" + doc.format() + "', expected "
                    + FORMAT);
        }
        SemanticGraph graph = fromDocument(doc, source);
        if (!graph.version().equals(doc.version())) {
            throw new GraphException("Graph artifact " + source + " is corrupt: its content hashes to "
                    + graph.version() + " but it records version " + doc.version());
        }
        return graph;
    }

    private static Document toDocument(SemanticGraph graph) {
        List<NodeImage> images = graph.allImages();
        Map<NodeImage, Integer> imageIndex = new HashMap<>(images.size() * 2);
        for (int i = 0; i < images.size(); i++) {
            imageIndex.put(images.get(i), i);
        }
        List<Node> nodes = new ArrayList<>(graph.size());
        for (Synset s : graph.nodes()) {
            int[] refs = graph.images(s.id()).stream().mapToInt(imageIndex::get).toArray();
            nodes.add(new Node(s.id(), s.lemmas(), s.gloss(), refs));
        }
        List<int[]> edges = graph.edges().stream()
                .map(e -> new int[]{graph.indexOf(e.parent()), graph.indexOf(e.child())}).toList();
        return new Document(FORMAT, graph.version(), graph.provenance(), images, nodes, edges);
    }

    private static SemanticGraph fromDocument(Document doc, String source) {
        try {
            List<Synset> synsets = new ArrayList<>(doc.nodes().size());
            Map<String, List<NodeImage>> images = new HashMap<>(doc.nodes().size() * 2);
            for (Node n : doc.nodes()) {
                synsets.add(new Synset(n.id(), n.lemmas(), n.gloss()));
                List<NodeImage> list = new ArrayList<>(n.images().length);
                for (int ref : n.images()) {
                    list.add(doc.images().get(ref));
                }
                images.put(n.id(), list);
            }
            List<Edge> edges = new ArrayList<>(doc.edges().size());
            for (int[] e : doc.edges()) {
                edges.add(new Edge(synsets.get(e[0]).id(), synsets.get(e[1]).id()));
            }
            return SemanticGraph.of(synsets, edges, images, doc.provenance());
        } catch (RuntimeException e) {
            // a hand-edited or truncated document: name the file rather than an index or a null
            throw e instanceof GraphException ge ? ge
                    : new GraphException("Graph artifact " + source + " is malformed: " + e, e);
        }
    }

    /** Jackson closes the stream it writes to; the gzip stream must only be finished. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
