package io.mll4j.graph;

import io.mll4j.exception.GraphException;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The stored form of a graph: a gzip-compressed binary record, chosen over JSON because it loads in tens of
 * milliseconds on a cold JVM. Layout (all integers big-endian, strings as {@link DataOutputStream#writeUTF}):
 * <pre>
 * "MLL4JGRAPH" int format=1  utf version
 * utf lexicon  int cap  long seed  utf sampling
 * int #origins  { utf origin }
 * int #images   { utf path  byte[32] sha256  int origin }        distinct images, ordered by path
 * int #nodes    { utf id  int #lemmas { utf lemma }  utf gloss  int #refs { int image } }   ordered by id
 * int #edges    { int parent  int child }                       node positions, ordered
 * int end-marker
 * </pre>
 * The bytes depend only on the graph (the gzip header carries no time stamp); reading recomputes the content hash
 * and refuses a file whose content does not match its recorded version.
 */
public final class GraphArtifact {
    /** Layout version written and accepted. */
    public static final int FORMAT = 1;

    private static final byte[] MAGIC = "MLL4JGRAPH".getBytes(StandardCharsets.US_ASCII);
    private static final int END = 0x454e4421;

    private GraphArtifact() {
    }

    /** Writes the graph; does not close {@code out}. */
    public static void write(SemanticGraph graph, OutputStream out) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream d = new DataOutputStream(new BufferedOutputStream(gzip, 1 << 16));
        d.write(MAGIC);
        d.writeInt(FORMAT);
        d.writeUTF(graph.version());
        GraphProvenance p = graph.provenance();
        d.writeUTF(p.lexicon());
        d.writeInt(p.cap());
        d.writeLong(p.seed());
        d.writeUTF(p.sampling().name());
        List<NodeImage> images = graph.allImages();
        List<String> origins = List.copyOf(new TreeSet<>(images.stream().map(NodeImage::origin).toList()));
        d.writeInt(origins.size());
        for (String origin : origins) {
            d.writeUTF(origin);
        }
        Map<NodeImage, Integer> imageIndex = new HashMap<>(images.size() * 2);
        d.writeInt(images.size());
        for (NodeImage image : images) {
            imageIndex.put(image, imageIndex.size());
            d.writeUTF(image.path());
            d.write(HexFormat.of().parseHex(image.sha256()));
            d.writeInt(origins.indexOf(image.origin()));
        }
        d.writeInt(graph.size());
        for (Synset s : graph.nodes()) {
            d.writeUTF(s.id());
            d.writeInt(s.lemmas().size());
            for (String lemma : s.lemmas()) {
                d.writeUTF(lemma);
            }
            d.writeUTF(s.gloss());
            List<NodeImage> own = graph.images(s.id());
            d.writeInt(own.size());
            for (NodeImage image : own) {
                d.writeInt(imageIndex.get(image));
            }
        }
        List<Edge> edges = graph.edges();
        d.writeInt(edges.size());
        for (Edge e : edges) {
            d.writeInt(graph.indexOf(e.parent()));
            d.writeInt(graph.indexOf(e.child()));
        }
        d.writeInt(END);
        d.flush();
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
     * @throws GraphException if the input is not a graph artifact of this format, is truncated, or was altered
     */
    public static SemanticGraph read(InputStream in, String source) {
        SemanticGraph graph;
        String recorded;
        try {
            DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
            byte[] magic = d.readNBytes(MAGIC.length);
            int format = d.readInt();
            if (!Arrays.equals(magic, MAGIC) || format != FORMAT) {
                throw new GraphException("Graph artifact " + source + " is not a mll4j graph of format " + FORMAT);
            }
            recorded = d.readUTF();
            graph = readBody(d);
        } catch (IOException e) {
            throw new GraphException("Cannot read graph artifact " + source + " (truncated or not gzip?): " + e, e);
        } catch (GraphException e) {
            throw e.getMessage().contains(source) ? e
                    : new GraphException("Graph artifact " + source + " is malformed: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // out-of-range positions or invalid ids in a damaged file: name the file rather than an index
            throw new GraphException("Graph artifact " + source + " is malformed: " + e, e);
        }
        if (!graph.version().equals(recorded)) {
            throw new GraphException("Graph artifact " + source + " is corrupt: its content hashes to "
                    + graph.version() + " but it records version " + recorded);
        }
        return graph;
    }

    private static SemanticGraph readBody(DataInputStream d) throws IOException {
        GraphProvenance provenance = new GraphProvenance(d.readUTF(), d.readInt(), d.readLong(),
                Sampling.valueOf(d.readUTF()));
        List<String> origins = new ArrayList<>();
        for (int i = count(d); i > 0; i--) {
            origins.add(d.readUTF());
        }
        int imageCount = count(d);
        List<NodeImage> images = new ArrayList<>(capacity(imageCount));
        for (int i = 0; i < imageCount; i++) {
            String path = d.readUTF();
            String sha = HexFormat.of().formatHex(d.readNBytes(32));
            images.add(new NodeImage(path, sha, origins.get(d.readInt())));
        }
        int nodeCount = count(d);
        List<Synset> synsets = new ArrayList<>(capacity(nodeCount));
        Map<String, List<NodeImage>> nodeImages = new HashMap<>(capacity(nodeCount) * 2);
        for (int i = 0; i < nodeCount; i++) {
            String id = d.readUTF();
            List<String> lemmas = new ArrayList<>();
            for (int n = count(d); n > 0; n--) {
                lemmas.add(d.readUTF());
            }
            synsets.add(new Synset(id, lemmas, d.readUTF()));
            int refs = count(d);
            List<NodeImage> own = new ArrayList<>(capacity(refs));
            for (int r = 0; r < refs; r++) {
                own.add(images.get(d.readInt()));
            }
            nodeImages.put(id, own);
        }
        int edgeCount = count(d);
        List<Edge> edges = new ArrayList<>(capacity(edgeCount));
        for (int i = 0; i < edgeCount; i++) {
            edges.add(new Edge(synsets.get(d.readInt()).id(), synsets.get(d.readInt()).id()));
        }
        if (d.readInt() != END) {
            throw new GraphException("missing end marker");
        }
        return SemanticGraph.of(synsets, edges, nodeImages, provenance);
    }

    /** A damaged count must fail on reading past the end, not by allocating gigabytes up front. */
    private static int capacity(int count) {
        return Math.min(count, 1 << 16);
    }

    private static int count(DataInputStream d) throws IOException {
        int n = d.readInt();
        if (n < 0) {
            throw new GraphException("negative count " + n);
        }
        return n;
    }
}
