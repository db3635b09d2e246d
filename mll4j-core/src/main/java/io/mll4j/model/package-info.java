/** Model runtime roles: image classifier (expert), vision-language model, text embedder. Engines implement them. */
package io.mll4j.model;
