package io.mll4j.graph;

import io.mll4j.exception.DataException;
import io.mll4j.progress.Progress;
import io.mll4j.util.Hashes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the images a graph is built from under the data home and hashes them:
 * <ul>
 *   <li>{@code imagenet-sample/<wnid>_<label>.JPEG}: one image per ImageNet-1k class, the wnid is the synset;</li>
 *   <li>{@code node-split/<dataset>/<classId>/*.{jpg,png}}: a dataset's images set aside for graph nodes, the
 *       class's synset comes from {@link DatasetSynsets}.</li>
 * </ul>
 * Images of a dataset class whose synset is also an ImageNet class are merged under that synset.
 */
public final class NodeImageScanner {
    /** Folder of the ImageNet sample under the data home. */
    public static final String IMAGENET_SAMPLE = "imagenet-sample";
    /** Folder of the dataset node splits under the data home. */
    public static final String NODE_SPLIT = "node-split";

    private static final Pattern IMAGE = Pattern.compile("(?i).+\\.(jpe?g|png)");
    private static final Pattern IMAGENET_NAME = Pattern.compile("(n\\d{8})_.+");

    private final Path dataHome;
    private final DatasetSynsets classes;

    public NodeImageScanner(Path dataHome, DatasetSynsets classes) {
        this.dataHome = dataHome;
        this.classes = classes;
    }

    /**
     * Synset id → images (ordered by path), with SHA-256 of each file.
     *
     * @throws DataException if neither source exists, or a file or folder cannot be mapped to a synset
     */
    public Map<String, List<NodeImage>> scan(Progress progress) {
        Path imagenet = dataHome.resolve(IMAGENET_SAMPLE);
        Path nodeSplit = dataHome.resolve(NODE_SPLIT);
        if (!Files.isDirectory(imagenet) && !Files.isDirectory(nodeSplit)) {
            throw new DataException("No graph images under " + dataHome + " (expected " + IMAGENET_SAMPLE + "/ or "
                    + NODE_SPLIT + "/): run `mll data setup`");
        }
        List<Found> found = new ArrayList<>();
        if (Files.isDirectory(imagenet)) {
            for (Path file : images(imagenet)) {
                Matcher m = IMAGENET_NAME.matcher(file.getFileName().toString());
                if (!m.matches()) {
                    throw new DataException("ImageNet sample file " + file + " does not start with a wnid (nXXXXXXXX_)");
                }
                found.add(new Found(m.group(1), file, NodeImage.IMAGENET_SAMPLE));
            }
        }
        if (Files.isDirectory(nodeSplit)) {
            for (Path datasetDir : folders(nodeSplit)) {
                String dataset = datasetDir.getFileName().toString();
                for (Path classDir : folders(datasetDir)) {
                    String classId = classDir.getFileName().toString();
                    String synset = classes.synset(dataset, classId);
                    for (Path file : images(classDir)) {
                        found.add(new Found(synset, file, NodeImage.nodeSplitOrigin(dataset, classId)));
                    }
                }
            }
        }
        return hash(found, progress);
    }

    private record Found(String synset, Path file, String origin) {
    }

    private Map<String, List<NodeImage>> hash(List<Found> found, Progress progress) {
        progress.start("graph: hash images", found.size());
        Map<String, List<NodeImage>> bySynset = new TreeMap<>();
        for (Found f : found) {
            String relative = dataHome.relativize(f.file()).toString().replace(f.file().getFileSystem()
                    .getSeparator(), "/");
            bySynset.computeIfAbsent(f.synset(), k -> new ArrayList<>())
                    .add(new NodeImage(relative, Hashes.sha256(f.file()), f.origin()));
            progress.advance(1);
        }
        progress.finish();
        bySynset.replaceAll((id, list) -> list.stream().sorted().toList());
        return bySynset;
    }

    private static List<Path> images(Path dir) {
        return list(dir, p -> Files.isRegularFile(p) && IMAGE.matcher(p.getFileName().toString()).matches());
    }

    private static List<Path> folders(Path dir) {
        return list(dir, Files::isDirectory);
    }

    /** Sorted entries of a folder, hidden ones (temporary files of atomic writes) left out. */
    private static List<Path> list(Path dir, java.util.function.Predicate<Path> keep) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith(".")).filter(keep).sorted().toList();
        } catch (IOException e) {
            throw new DataException("Cannot list " + dir + ": " + e.getMessage(), e);
        }
    }
}
