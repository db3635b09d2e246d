/**
 * A downstream task as selection sees it: ordered class names, optional captions and synset pins per class,
 * optional domain and task strings; loaders for the usual inputs and validation against a lexicon.
 */
package io.mll4j.task;
