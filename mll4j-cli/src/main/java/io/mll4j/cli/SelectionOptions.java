package io.mll4j.cli;

import io.mll4j.graph.NodeText;
import io.mll4j.match.ClassText;
import io.mll4j.select.FalsePositivePool;
import io.mll4j.select.GlobalMean;
import io.mll4j.select.MethodVariant;
import io.mll4j.select.ScoreRule;
import io.mll4j.select.SelectionConfig;
import picocli.CommandLine.Option;

import java.util.List;

/** The switches of paper-B selection (method.md §4, §9): a variant's defaults, then individual overrides. */
final class SelectionOptions {
    @Option(names = "--variant", defaultValue = "paper", paramLabel = "paper|code",
            description = "Defaults of every switch: the paper's text, or the official code (default: ${DEFAULT-VALUE}).")
    String variant;

    @Option(names = "--k", paramLabel = "K", description = "Models kept per class (default 1).")
    Integer k;

    @Option(names = "--alpha", paramLabel = "A", description = "Weight of a class's own score in the reuse score (default 0.7).")
    Double alpha;

    @Option(names = "--n", paramLabel = "N", description = "Graph nodes matched per class (default 5).")
    Integer n;

    @Option(names = "--score-rule", paramLabel = "RULE", description = "precision (paper), f1, f1-as-coded (code).")
    String scoreRule;

    @Option(names = "--global-mean", paramLabel = "OVER", description = "all-classes (paper) or other-classes (code).")
    String globalMean;

    @Option(names = "--fp-pool", paramLabel = "POOL", description = "selected-nodes (paper) or all-nodes (code).")
    String fpPool;

    @Option(names = "--normalize-z", negatable = true, description = "Rescale each class's Z row to sum 1 (default: no).")
    Boolean normalizeZ;

    @Option(names = "--text-variant", paramLabel = "TEXT",
            description = "Node text of the labels and of matching: name-which-is-gloss (paper), gloss (code), name.")
    String textVariant;

    @Option(names = "--class-text", paramLabel = "TEXT", defaultValue = "wordnet",
            description = "Text of classes without captions: wordnet (the best WordNet sense written like the node "
                    + "texts) or prompt (\"a photo of a …\"). Default: ${DEFAULT-VALUE}.")
    String classText;

    @Option(names = "--min-similarity", paramLabel = "S",
            description = "Best-match similarity (100·cos) below which a class is uncovered (default: measured per "
                    + "text encoder and class text, e.g. 50/40 for MiniLM).")
    Double minSimilarity;

    @Option(names = "--allow-uncovered", description = "Select for uncovered classes too (flagged) instead of failing.")
    boolean allowUncovered;

    @Option(names = "--text-encoder", defaultValue = "all-minilm-l6-v2-q", paramLabel = "ID",
            description = "Embedder matching classes to nodes: all-minilm-l6-v2-q, bge-small-en-v1.5-q, e5-small-v2-q.")
    String textEncoder;

    @Option(names = "--models", split = ",", paramLabel = "ID", description = "Candidate models (default: every VLM).")
    List<String> models;

    MethodVariant variant() {
        return Choices.parse(MethodVariant.class, variant, "--variant");
    }

    SelectionConfig config() {
        SelectionConfig c = variant().config();
        return new SelectionConfig(alpha != null ? alpha : c.alpha(), k != null ? k : c.k(),
                n != null ? n : c.topNodes(),
                scoreRule != null ? Choices.parse(ScoreRule.class, scoreRule, "--score-rule") : c.scoreRule(),
                globalMean != null ? Choices.parse(GlobalMean.class, globalMean, "--global-mean") : c.globalMean(),
                fpPool != null ? Choices.parse(FalsePositivePool.class, fpPool, "--fp-pool") : c.pool(),
                normalizeZ != null ? normalizeZ : c.normalizeZ());
    }

    NodeText nodeText() {
        return textVariant != null ? Choices.parse(NodeText.class, textVariant, "--text-variant")
                : variant().nodeText();
    }

    ClassText classText() {
        return Choices.parse(ClassText.class, classText, "--class-text");
    }

    List<String> models() {
        return models == null ? List.of() : models;
    }
}
