/**
 * Model runtime roles: image classifier (expert), vision-language model, text embedder. Engines implement them.
 * {@link io.mll4j.model.CachedTextEmbedder} memoises any text embedder in memory and on disk;
 * {@link io.mll4j.model.ConseModel} turns a classifier and a text embedder into a VLM.
 */
package io.mll4j.model;
