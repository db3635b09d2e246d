package io.mll4j.onnx.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.mll4j.exception.ModelLoadException;
import io.mll4j.util.Json;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Reads the parts of a HF {@code tokenizer.json} a BERT WordPiece tokenizer uses, and rejects, naming the field,
 * any component it would silently get wrong.
 */
final class TokenizerJson {
    private TokenizerJson() {
    }

    static WordPieceTokenizer parse(InputStream in, String source) throws IOException {
        JsonNode root;
        try {
            root = Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new ModelLoadException("Tokenizer " + source + " is not valid JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new ModelLoadException("Tokenizer " + source + " is not a JSON object");
        }
        WordPiece wordPiece = wordPiece(root.path("model"), source);
        String preTokenizer = root.path("pre_tokenizer").path("type").asText();
        require("BertPreTokenizer".equals(preTokenizer), source, "pre_tokenizer.type",
                "only BertPreTokenizer is supported, got '" + preTokenizer + "'");
        Map<String, Integer> specials = addedTokens(root.path("added_tokens"), source);
        int maxLength = root.path("truncation").path("max_length").asInt(WordPieceTokenizer.DEFAULT_MAX_LENGTH);
        Integer padId = root.path("padding").hasNonNull("pad_id") ? root.path("padding").get("pad_id").asInt()
                : wordPiece.id("[PAD]");
        return new WordPieceTokenizer(source, normalizer(root.path("normalizer"), source), wordPiece, specials,
                postProcessor(root.path("post_processor"), source), maxLength, padId == null ? 0 : padId);
    }

    private static WordPiece wordPiece(JsonNode model, String source) {
        require("WordPiece".equals(model.path("type").asText()), source, "model.type",
                "only WordPiece is supported, got '" + model.path("type").asText() + "'");
        JsonNode vocabNode = model.path("vocab");
        require(vocabNode.isObject() && !vocabNode.isEmpty(), source, "model.vocab", "missing or empty");
        Map<String, Integer> vocab = new HashMap<>(vocabNode.size() * 2);
        for (Iterator<Map.Entry<String, JsonNode>> it = vocabNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            vocab.put(e.getKey(), e.getValue().asInt());
        }
        String unk = model.path("unk_token").asText("[UNK]");
        require(vocab.containsKey(unk), source, "model.unk_token", "'" + unk + "' is not in the vocabulary");
        return new WordPiece(vocab, vocab.get(unk), model.path("continuing_subword_prefix").asText("##"),
                model.path("max_input_chars_per_word").asInt(100));
    }

    private static BertNormalizer normalizer(JsonNode node, String source) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        require("BertNormalizer".equals(node.path("type").asText()), source, "normalizer.type",
                "only BertNormalizer is supported, got '" + node.path("type").asText() + "'");
        boolean lowercase = node.path("lowercase").asBoolean(true);
        // HF: strip_accents null means "follow lowercase"
        boolean stripAccents = node.path("strip_accents").isBoolean() ? node.get("strip_accents").asBoolean() : lowercase;
        return new BertNormalizer(node.path("clean_text").asBoolean(true),
                node.path("handle_chinese_chars").asBoolean(true), stripAccents, lowercase);
    }

    private static Map<String, Integer> addedTokens(JsonNode tokens, String source) {
        Map<String, Integer> specials = new HashMap<>();
        for (JsonNode t : tokens) {
            boolean plain = !t.path("normalized").asBoolean(false) && !t.path("lstrip").asBoolean(false)
                    && !t.path("rstrip").asBoolean(false) && !t.path("single_word").asBoolean(false);
            require(plain, source, "added_tokens", "token '" + t.path("content").asText()
                    + "' uses normalized/lstrip/rstrip/single_word matching, which is not supported");
            specials.put(t.path("content").asText(), t.path("id").asInt());
        }
        return specials;
    }

    private static PostProcessor postProcessor(JsonNode node, String source) {
        if (node.isMissingNode() || node.isNull()) {
            return PostProcessor.NONE;
        }
        String type = node.path("type").asText();
        if ("BertProcessing".equals(type)) {
            int cls = node.path("cls").path(1).asInt();
            int sep = node.path("sep").path(1).asInt();
            return new PostProcessor(new int[]{cls}, new int[]{0}, 0, new int[]{sep}, new int[]{0});
        }
        require("TemplateProcessing".equals(type), source, "post_processor.type",
                "only TemplateProcessing or BertProcessing are supported, got '" + type + "'");
        JsonNode single = node.path("single");
        require(single.isArray(), source, "post_processor.single", "missing");
        int[] before = new int[single.size()];
        int[] beforeTypes = new int[single.size()];
        int[] after = new int[single.size()];
        int[] afterTypes = new int[single.size()];
        int nBefore = 0;
        int nAfter = 0;
        int sequenceType = -1;
        for (JsonNode piece : single) {
            if (piece.has("Sequence")) {
                require(sequenceType < 0, source, "post_processor.single", "more than one sequence");
                sequenceType = piece.get("Sequence").path("type_id").asInt();
                continue;
            }
            String token = piece.path("SpecialToken").path("id").asText();
            JsonNode ids = node.path("special_tokens").path(token).path("ids");
            require(ids.size() == 1, source, "post_processor.special_tokens." + token, "expected exactly one id");
            int typeId = piece.path("SpecialToken").path("type_id").asInt();
            if (sequenceType < 0) {
                before[nBefore] = ids.get(0).asInt();
                beforeTypes[nBefore++] = typeId;
            } else {
                after[nAfter] = ids.get(0).asInt();
                afterTypes[nAfter++] = typeId;
            }
        }
        require(sequenceType >= 0, source, "post_processor.single", "no sequence");
        return new PostProcessor(Arrays.copyOf(before, nBefore), Arrays.copyOf(beforeTypes, nBefore),
                sequenceType, Arrays.copyOf(after, nAfter), Arrays.copyOf(afterTypes, nAfter));
    }

    private static void require(boolean ok, String source, String field, String problem) {
        if (!ok) {
            throw new ModelLoadException("Tokenizer " + source + ": " + field + ": " + problem);
        }
    }
}
