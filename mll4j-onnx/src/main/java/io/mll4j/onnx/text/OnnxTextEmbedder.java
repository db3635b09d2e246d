package io.mll4j.onnx.text;

import io.mll4j.exception.InferenceException;
import io.mll4j.exception.ModelLoadException;
import io.mll4j.model.TextEmbedder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * A BERT-style sentence encoder on ONNX Runtime: pure-Java WordPiece tokenization, batched inference, pooling
 * ({@link Pooling}) and L2 normalisation. Texts are sorted by token count and padded per batch, so a batch of
 * short class names does not pay for one long gloss; results come back in input order. Batches run concurrently
 * on {@code threads} workers, each ORT run single-threaded (small BERT matrices parallelise poorly inside one run).
 *
 * <p>Batching is exact only for models whose activations are not quantized per run: the int8 exports of
 * {@link TextEncoders} quantize each run's whole input tensor with one scale ({@code DynamicQuantizeLinear}), so a
 * text's vector depends on its batch-mates. Their presets therefore use batch size 1. Thread-safe.
 */
public final class OnnxTextEmbedder implements TextEmbedder {
    private final String id;
    private final TextSession session;
    private final WordPieceTokenizer tokenizer;
    private final Pooling pooling;
    private final String prefix;
    private final boolean normalize;
    private final int batchSize;
    private final ExecutorService workers; // null when single-threaded: batches then run on the caller's thread
    private final AtomicBoolean closed = new AtomicBoolean();

    private OnnxTextEmbedder(Builder b, TextSession session) {
        this.id = b.id;
        this.session = session;
        this.tokenizer = b.tokenizer;
        this.pooling = b.pooling;
        this.prefix = b.prefix;
        this.normalize = b.normalize;
        this.batchSize = b.batchSize;
        this.workers = b.threads == 1 ? null : Executors.newFixedThreadPool(b.threads, daemonThreads(b.id));
    }

    private static ThreadFactory daemonThreads(String id) {
        AtomicInteger n = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, "mll4j-text-" + id + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int dimension() {
        return session.dimension();
    }

    /** The tokenizer in use (with the truncation length this embedder applies). */
    public WordPieceTokenizer tokenizer() {
        return tokenizer;
    }

    /** The text prepended to every input before tokenization, {@code ""} if none. */
    public String prefix() {
        return prefix;
    }

    @Override
    public float[][] embed(List<String> texts) {
        if (closed.get()) {
            throw new IllegalStateException("Text embedder " + id + " is closed");
        }
        Encoding[] encodings = new Encoding[texts.size()];
        for (int i = 0; i < encodings.length; i++) {
            String text = texts.get(i);
            if (text == null) {
                throw new IllegalArgumentException("Text " + i + " of " + texts.size() + " is null");
            }
            encodings[i] = tokenizer.encode(prefix + text);
        }
        int[] order = IntStream.range(0, encodings.length).boxed()
                .sorted(Comparator.comparingInt(i -> encodings[i].length())).mapToInt(Integer::intValue).toArray();
        float[][] result = new float[encodings.length][];
        List<int[]> batches = new ArrayList<>();
        for (int from = 0; from < order.length; from += batchSize) {
            batches.add(Arrays.copyOfRange(order, from, Math.min(order.length, from + batchSize)));
        }
        if (workers == null || batches.size() == 1) {
            batches.forEach(rows -> embedBatch(encodings, rows, result));
        } else {
            runConcurrently(encodings, batches, result);
        }
        return result;
    }

    private void runConcurrently(Encoding[] encodings, List<int[]> batches, float[][] result) {
        List<Future<?>> futures = new ArrayList<>(batches.size());
        try {
            for (int[] rows : batches) {
                futures.add(workers.submit(() -> embedBatch(encodings, rows, result)));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InferenceException("Interrupted while embedding with " + id, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r
                    : new InferenceException("Embedding with " + id + " failed", e.getCause());
        } finally {
            futures.forEach(f -> f.cancel(true));
        }
    }

    private void embedBatch(Encoding[] encodings, int[] rows, float[][] result) {
        PaddedBatch batch = PaddedBatch.of(encodings, rows, tokenizer.padId());
        float[] hidden = session.run(batch.ids(), batch.mask(), batch.types(), batch.size(), batch.seqLen());
        int dim = session.dimension();
        for (int r = 0; r < rows.length; r++) {
            float[] v = new float[dim];
            pooling.pool(hidden, batch.mask(), r, batch.seqLen(), dim, v);
            if (normalize) {
                l2Normalize(v);
            }
            result[rows[r]] = v;
        }
    }

    private static void l2Normalize(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += (double) x * x;
        }
        if (sum == 0) {
            return;
        }
        float inv = (float) (1 / Math.sqrt(sum));
        for (int i = 0; i < v.length; i++) {
            v[i] *= inv;
        }
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            if (workers != null) {
                workers.shutdownNow();
            }
            session.close();
        }
    }

    @Override
    public String toString() {
        return "OnnxTextEmbedder[" + id + ", " + pooling + ", dim=" + dimension() + "]";
    }

    /** {@code set*} are required, {@code opt*} optional. */
    public static final class Builder {
        private String id;
        private String modelName;
        private ModelBytes modelBytes;
        private WordPieceTokenizer tokenizer;
        private Pooling pooling;
        private String prefix = "";
        private boolean normalize = true;
        private int batchSize = 32;
        private int threads = Runtime.getRuntime().availableProcessors();

        private Builder() {
        }

        /** Required: stable id, part of every cache key (change it when prefix, pooling or model change). */
        public Builder setId(String id) {
            this.id = id;
            return this;
        }

        /** Required (or {@link #setModelPath}): the ONNX file as a classpath resource. */
        public Builder setModelResource(String resource) {
            this.modelName = resource;
            this.modelBytes = () -> {
                try (InputStream in = OnnxTextEmbedder.class.getClassLoader().getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new ModelLoadException("ONNX model resource not found on the classpath: " + resource);
                    }
                    return in.readAllBytes();
                }
            };
            return this;
        }

        /** Required (or {@link #setModelResource}): the ONNX file on disk. */
        public Builder setModelPath(Path path) {
            this.modelName = path.toString();
            this.modelBytes = () -> {
                if (!Files.isRegularFile(path)) {
                    throw new ModelLoadException("ONNX model file not found: " + path);
                }
                return Files.readAllBytes(path);
            };
            return this;
        }

        /** Required: the tokenizer matching the model's vocabulary. */
        public Builder setTokenizer(WordPieceTokenizer tokenizer) {
            this.tokenizer = tokenizer;
            return this;
        }

        /** Required: how token vectors become one vector; follow the model card. */
        public Builder setPooling(Pooling pooling) {
            this.pooling = pooling;
            return this;
        }

        /** Optional: text prepended to every input (E5 wants {@code "query: "}); default none. */
        public Builder optPrefix(String prefix) {
            this.prefix = Objects.requireNonNull(prefix, "prefix");
            return this;
        }

        /**
         * Optional: L2-normalise outputs; default true. The {@link TextEmbedder} contract promises normalised
         * vectors, so turn this off only to inspect raw pooled vectors.
         */
        public Builder optNormalize(boolean normalize) {
            this.normalize = normalize;
            return this;
        }

        /** Optional: texts per ORT run, default 32; use 1 for models with per-run activation quantization. */
        public Builder optBatchSize(int batchSize) {
            this.batchSize = batchSize;
            return this;
        }

        /** Optional: concurrent single-threaded ORT runs, default all processors. */
        public Builder optThreads(int threads) {
            this.threads = threads;
            return this;
        }

        public OnnxTextEmbedder build() {
            require(id != null && !id.isBlank(), "id is required");
            require(modelBytes != null, "model is required (setModelResource or setModelPath)");
            require(tokenizer != null, "tokenizer is required");
            require(pooling != null, "pooling is required");
            require(batchSize > 0, "batchSize must be positive, got " + batchSize);
            require(threads > 0, "threads must be positive, got " + threads);
            byte[] bytes;
            try {
                bytes = modelBytes.read();
            } catch (IOException e) {
                throw new ModelLoadException("Cannot read ONNX model " + modelName + ": " + e.getMessage(), e);
            }
            return new OnnxTextEmbedder(this, new TextSession(bytes, modelName, 1));
        }

        private static void require(boolean ok, String message) {
            if (!ok) {
                throw new IllegalArgumentException("OnnxTextEmbedder: " + message);
            }
        }
    }

    @FunctionalInterface
    private interface ModelBytes {
        byte[] read() throws IOException;
    }
}
