/**
 * Model runtime roles: image classifier (expert), vision-language model, text embedder. Engines implement them.
 * {@link io.mll4j.model.CachedTextEmbedder} memoises any text embedder in memory and on disk.
 */
package io.mll4j.model;
