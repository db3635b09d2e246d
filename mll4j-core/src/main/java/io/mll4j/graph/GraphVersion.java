package io.mll4j.graph;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.IntUnaryOperator;

/**
 * The content hash of a graph: SHA-256 over provenance, distinct images, nodes, their children and image references,
 * in one canonical order (everything sorted, every field tagged or length-prefixed).
 */
final class GraphVersion {
    private static final byte FIELD = 0x1f;
    private static final byte RECORD = 0x1e;

    private GraphVersion() {
    }

    static String of(List<Synset> nodes, int[][] children, List<List<NodeImage>> images, GraphProvenance provenance) {
        MessageDigest md = sha256();
        put(md, "G", "mll4j-graph/1", provenance.lexicon(), Integer.toString(provenance.cap()),
                Long.toString(provenance.seed()), provenance.sampling().name());
        // each distinct image once, then nodes refer to positions in that sorted list: same content, less hashing
        TreeSet<NodeImage> distinct = new TreeSet<>();
        images.forEach(distinct::addAll);
        Map<NodeImage, Integer> position = new HashMap<>(distinct.size() * 2);
        for (NodeImage image : distinct) {
            position.put(image, position.size());
            put(md, "I", image.path(), image.sha256(), image.origin());
        }
        ByteBuffer ints = ByteBuffer.allocate(4 * 1024);
        for (int i = 0; i < nodes.size(); i++) {
            Synset s = nodes.get(i);
            put(md, "N", s.id(), String.join("|", s.lemmas()), s.gloss());
            int[] kids = children[i];
            putInts(md, ints, 'C', kids.length, j -> kids[j]);
            List<NodeImage> own = images.get(i);
            putInts(md, ints, 'R', own.size(), j -> position.get(own.get(j)));
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** A tagged, length-prefixed run of ints. */
    private static void putInts(MessageDigest md, ByteBuffer buffer, char tag, int count, IntUnaryOperator value) {
        buffer.clear();
        buffer.putChar(tag).putInt(count);
        for (int j = 0; j < count; j++) {
            if (buffer.remaining() < 4) {
                md.update(buffer.flip());
                buffer.clear();
            }
            buffer.putInt(value.applyAsInt(j));
        }
        md.update(buffer.flip());
    }

    private static void put(MessageDigest md, String... fields) {
        for (String f : fields) {
            md.update(f.getBytes(StandardCharsets.UTF_8));
            md.update(FIELD);
        }
        md.update(RECORD);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
