package io.mll4j.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** The content hash of a graph: SHA-256 over nodes, edges, images and provenance in one canonical order. */
final class GraphVersion {
    private static final byte FIELD = 0x1f;
    private static final byte RECORD = 0x1e;

    private GraphVersion() {
    }

    static String of(List<Synset> nodes, int[][] children, List<List<NodeImage>> images, GraphProvenance provenance) {
        MessageDigest md = sha256();
        put(md, "G", "mll4j-graph/1", provenance.lexicon(), Integer.toString(provenance.cap()),
                Long.toString(provenance.seed()), provenance.sampling().name());
        for (int i = 0; i < nodes.size(); i++) {
            Synset s = nodes.get(i);
            put(md, "N", s.id(), String.join("|", s.lemmas()), s.gloss());
            StringBuilder kids = new StringBuilder();
            for (int c : children[i]) {
                kids.append(nodes.get(c).id()).append(',');
            }
            put(md, "C", kids.toString());
            for (NodeImage image : images.get(i)) {
                put(md, "I", image.path(), image.sha256(), image.origin());
            }
        }
        return HexFormat.of().formatHex(md.digest());
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
